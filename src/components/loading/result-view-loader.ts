// Loads the result view once the applicant starts, and renders it (or a status) on the result.
import {
  css,
  html,
  nothing,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { formatNumber, pick, TYPED_MAX_LENGTH } from '../i18n/localize.js';
import { ENGLISH, languageOf } from '../../locales/languages.js';
import type { ResultContext } from '../views/result-context.js';

type ResultView = typeof import('../views/result-view.js') & {
  /** The CDN build's result file takes the main file's Lit (one copy of it on the page), number formats (built once) and language registry. */
  receive?: (handed: object) => void;
};

/**
 * The result view's module. A retry asks under a fresh URL: a browser keeps
 * a failed dynamic import's failure for its URL. In the CDN build both
 * specifiers name ktech-pass-assessment.result.js beside the main file
 * (scripts/rollup/on-demand.mjs).
 */
const importView = (attempt: number): Promise<ResultView> =>
  attempt
    ? import(
        /* @vite-ignore */ /* webpackIgnore: true */ `${new URL('../views/result-view.js', import.meta.url).href}?retry=${attempt}`
      )
    : import('../views/result-view.js');

/** The result view's styles, one sheet shared by every widget on the page. */
let sheet: CSSStyleSheet | undefined;

/** What the element gives the loader. */
export interface ResultViewHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the loader tells the element, through private callbacks. */
export interface ResultViewSink {
  /**
   * Once the applicant has started, the work to do when the browser is next
   * idle. That work must not hold on to the element: a busy page may not be
   * idle for a long while.
   */
  onStart(): () => void;
  /** The view could not be had, after a retry: the widget says so. */
  failed(error: unknown): void;
}

// Any of these inside the widget means the applicant has started: the result
// view is fetched then, a minute before it is needed. Never at page load, never
// at idle: most visitors of a careers page never start.
const STARTED = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * Loads the result view when the applicant first interacts with the widget
 * (and runs `onStart` when the browser is next idle),
 * and renders it once it is there. A failed load is fetched again when the
 * result is wanted; only a second failure is reported.
 */
export class ResultViewLoader implements ReactiveController {
  /** The loaded module, or null. */
  view: ResultView | null = null;
  /** Resolves when a load under way has ended (loaded or failed); null when none is. */
  pending: Promise<void> | null = null;

  #host: ResultViewHost;
  #sink: ResultViewSink;
  #attempts = 0;
  #failures = 0;

  constructor(host: ResultViewHost, sink: ResultViewSink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
    for (const type of STARTED) host.addEventListener(type, this.#started, { passive: true });
  }

  hostConnected(): void {}

  #started = () => {
    for (const type of STARTED) this.#host.removeEventListener(type, this.#started);
    this.#load(false);
    // Not Safari before 18: a timeout there.
    const work = this.#sink.onStart();
    if ('requestIdleCallback' in self) requestIdleCallback(work, { timeout: 1000 });
    else setTimeout(work);
  };

  /**
   * The result view for `context`; while it loads, a status worded
   * `loading`, which keeps focus (tabindex -1) until the view replaces it.
   */
  render(context: ResultContext, loading: string): TemplateResult {
    if (this.view) return this.view.renderResult(context);
    this.#load(true);
    return html`<p role="status" class="loading" id="result-loading" tabindex="-1">${loading}</p>`;
  }

  /** One load; `wanted`: the result waits for it, so a failure is retried once and then reported. */
  #load(wanted: boolean): void {
    if (this.view || this.pending) return;
    const load = importView(this.#attempts++).then(
      (view) => {
        view.receive?.({ css, html, nothing, svg, formatNumber, pick, TYPED_MAX_LENGTH, ENGLISH, languageOf });
        // After the widget's own styles, as they were one sheet before.
        const root = this.#host.renderRoot as ShadowRoot;
        sheet ??= view.resultStyles().styleSheet as CSSStyleSheet;
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.view = view;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.pending = null;
        this.#failures++;
        if (!wanted) return;
        // The first failure on the way to the result is fetched again at once; a second one is said.
        if (this.#failures === 1) return this.#load(true);
        this.#failures = 0;
        this.#sink.failed(error);
      },
    );
    const pending: Promise<void> = load.finally(() => {
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
  }
}
