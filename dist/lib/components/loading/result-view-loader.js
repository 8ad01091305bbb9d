import { html, svg, nothing, css } from 'lit';
import { TYPED_MAX_LENGTH, pick, formatNumber } from '../i18n/localize.js';
import { languageOf, ENGLISH } from '../../locales/languages.js';
import { completeBuiltIn } from './built-in-rubric.js';

const importView = (attempt) => attempt ? import(
  /* @vite-ignore */
  /* webpackIgnore: true */
  `${new URL("../views/result-view.js", import.meta.url).href}?retry=${attempt}`
) : import('../views/result-view.js');
let sheet;
const STARTED = ["pointerdown", "focusin", "keydown"];
class ResultViewLoader {
  /** The loaded module, or null. */
  view = null;
  /** Resolves when a load under way has ended (loaded or failed), then when the result's render after its first paint is asked for; null when neither is under way. */
  get pending() {
    return this.#loading ?? this.#filling;
  }
  #loading = null;
  #filling = null;
  #host;
  #sink;
  #attempts = 0;
  #failures = 0;
  /** The result shown has had its render after the first paint (its closed disclosures' content is there). */
  #whole = false;
  /** This update rendered the result. */
  #rendered = false;
  constructor(host, sink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
    for (const type of STARTED) host.addEventListener(type, this.#started, { passive: true });
  }
  hostConnected() {
  }
  hostUpdated() {
    if (!this.#rendered) this.#whole = false;
    this.#rendered = false;
  }
  /**
   * After the next paint, a render of the whole result; `pending` covers it,
   * so `updateComplete` waits for it. A hidden page paints no frame: there,
   * a second later.
   */
  #afterPaint() {
    if (this.#filling) return;
    const filling = new Promise((resolve) => {
      const whole = () => {
        if (this.#filling !== filling) return;
        this.#whole = true;
        this.#filling = null;
        this.#host.requestUpdate();
        resolve();
      };
      requestAnimationFrame(() => setTimeout(whole));
      setTimeout(whole, 1e3);
    });
    this.#filling = filling;
  }
  #started = () => {
    for (const type of STARTED) this.#host.removeEventListener(type, this.#started);
    this.#load(false);
    const work = this.#sink.onStart();
    if ("requestIdleCallback" in self) requestIdleCallback(work, { timeout: 1e3 });
    else setTimeout(work);
  };
  /**
   * The result view for `context`; while it loads, a status worded
   * `loading`, which keeps focus (tabindex -1) until the view replaces it.
   */
  render(context, loading) {
    this.#rendered = true;
    if (this.view) {
      const later = !this.#whole;
      if (later) this.#afterPaint();
      return this.view.renderResult(later ? { ...context, later } : context);
    }
    this.#load(true);
    return html`<p role="status" class="loading" id="result-loading" tabindex="-1">${loading}</p>`;
  }
  /** One load; `wanted`: the result waits for it, so a failure is retried once and then reported. */
  #load(wanted) {
    if (this.view || this.#loading) return;
    const load = importView(this.#attempts++).then(
      (view) => {
        view.receive?.({ css, html, nothing, svg, formatNumber, pick, TYPED_MAX_LENGTH, ENGLISH, languageOf });
        completeBuiltIn(view.withResultTexts);
        const root = this.#host.renderRoot;
        sheet ??= view.resultStyles().styleSheet;
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.view = view;
        this.#host.requestUpdate();
      },
      (error) => {
        this.#loading = null;
        this.#failures++;
        if (!wanted) return;
        if (this.#failures === 1) return this.#load(true);
        this.#failures = 0;
        this.#sink.failed(error);
      }
    );
    const loading = load.finally(() => {
      if (this.#loading === loading) this.#loading = null;
    });
    this.#loading = loading;
  }
}

export { ResultViewLoader };
