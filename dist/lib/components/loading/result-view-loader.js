import { html, svg, nothing, css } from 'lit';
import { TYPED_MAX_LENGTH, pick, formatNumber } from '../i18n/localize.js';
import { languageOf, ENGLISH } from '../../locales/languages.js';

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
  /** Resolves when a load under way has ended (loaded or failed); null when none is. */
  pending = null;
  #host;
  #sink;
  #attempts = 0;
  #failures = 0;
  constructor(host, sink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
    for (const type of STARTED) host.addEventListener(type, this.#started, { passive: true });
  }
  hostConnected() {
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
    if (this.view) return this.view.renderResult(context);
    this.#load(true);
    return html`<p role="status" class="loading" id="result-loading" tabindex="-1">${loading}</p>`;
  }
  /** One load; `wanted`: the result waits for it, so a failure is retried once and then reported. */
  #load(wanted) {
    if (this.view || this.pending) return;
    const load = importView(this.#attempts++).then(
      (view) => {
        view.receive?.({ css, html, nothing, svg, formatNumber, pick, TYPED_MAX_LENGTH, ENGLISH, languageOf });
        const root = this.#host.renderRoot;
        sheet ??= view.resultStyles().styleSheet;
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.view = view;
        this.#host.requestUpdate();
      },
      (error) => {
        this.pending = null;
        this.#failures++;
        if (!wanted) return;
        if (this.#failures === 1) return this.#load(true);
        this.#failures = 0;
        this.#sink.failed(error);
      }
    );
    const pending = load.finally(() => {
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
  }
}

export { ResultViewLoader };
