import { html, svg, nothing, css, render } from 'lit';
import { TYPED_MAX_LENGTH, pick, formatNumber } from '../i18n/localize.js';
import { languageOf, ENGLISH } from '../../locales/languages.js';
import { typedError } from '../question-types/answers.js';
import { completeBuiltIn } from './built-in-rubric.js';

const importView = (attempt) => attempt ? import(
  /* @vite-ignore */
  /* webpackIgnore: true */
  `${new URL("../views/result-view.js", import.meta.url).href}?retry=${attempt}`
) : import('../views/result-view.js');
const LIT = { css, html, nothing, svg };
let sheet;
const whenIdle = (work) => {
  if ("requestIdleCallback" in self) requestIdleCallback(work, { timeout: 1e3 });
  else setTimeout(work);
};
let warmed = 0;
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
    whenIdle(this.#sink.onStart());
  };
  /**
   * Once the view is here, and again on the last step: the result for
   * `context()` is made while the browser is idle, off the page, and dropped.
   * Lit prepares a template (parses its HTML) the first time it renders it,
   * and the engine's advice runs slowly its first time: done ahead, once per
   * page, that work no longer delays the paint after "See my result" (about
   * half of it at 4× CPU slowdown). Early, as the applicant may reach the
   * result soon; on the last step again, whose answers (nearly all given)
   * take the branches the result will. Two idle tasks, the words then the
   * nodes, so that a click never waits for a long one. Without the other
   * visas, whose section would start fetching their file.
   */
  warm(context, last) {
    const view = this.view;
    if (!view || warmed > (last ? 1 : 0)) return;
    warmed = last ? 2 : 1;
    whenIdle(() => {
      try {
        const { others: _, ...made } = context();
        const result = view.renderResult({ ...made, later: true });
        whenIdle(() => {
          try {
            render(result, document.createDocumentFragment());
          } catch {
          }
        });
      } catch {
      }
    });
  }
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
        view.receive?.({ ...LIT, formatNumber, pick, TYPED_MAX_LENGTH, ENGLISH, languageOf, typedError });
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
