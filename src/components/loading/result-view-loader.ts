// Loads the result view once the applicant starts, and renders it (or a status) on the result.
import {
  css,
  html,
  nothing,
  render,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { formatNumber, pick, TYPED_MAX_LENGTH } from '../i18n/localize.js';
import { ENGLISH, languageOf } from '../../locales/languages.js';
import { typedError } from '../question-types/answers.js';
import type { ResultContext } from '../views/result-context.js';
import { completeBuiltIn } from './built-in-rubric.js';

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

/** The main file's Lit, handed to the result file (one copy on the page). */
const LIT = { css, html, nothing, svg };

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

/** Runs `work` when the browser is next idle (not Safari before 18: a timeout there). */
const whenIdle = (work: () => void): void => {
  if ('requestIdleCallback' in self) requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work);
};

/**
 * How far the result has been made ahead on this page (Lit keeps a template
 * for every widget): 1 once the view has come, 2 once made on a last step.
 */
let warmed = 0;

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
  /** Resolves when a load under way has ended (loaded or failed), then when the result's render after its first paint is asked for; null when neither is under way. */
  get pending(): Promise<void> | null {
    return this.#loading ?? this.#filling;
  }
  #loading: Promise<void> | null = null;
  #filling: Promise<void> | null = null;

  #host: ResultViewHost;
  #sink: ResultViewSink;
  #attempts = 0;
  #failures = 0;
  /** The result shown has had its render after the first paint (its closed disclosures' content is there). */
  #whole = false;
  /** This update rendered the result. */
  #rendered = false;

  constructor(host: ResultViewHost, sink: ResultViewSink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
    for (const type of STARTED) host.addEventListener(type, this.#started, { passive: true });
  }

  hostConnected(): void {}

  hostUpdated(): void {
    // The result left (a step shown): it comes back with its first paint light again.
    if (!this.#rendered) this.#whole = false;
    this.#rendered = false;
  }

  /**
   * After the next paint, a render of the whole result; `pending` covers it,
   * so `updateComplete` waits for it. A hidden page paints no frame: there,
   * a second later.
   */
  #afterPaint(): void {
    if (this.#filling) return;
    const filling: Promise<void> = new Promise((resolve) => {
      const whole = () => {
        if (this.#filling !== filling) return;
        this.#whole = true;
        this.#filling = null;
        this.#host.requestUpdate();
        resolve();
      };
      requestAnimationFrame(() => setTimeout(whole));
      setTimeout(whole, 1000);
    });
    this.#filling = filling;
  }

  #started = () => {
    for (const type of STARTED) this.#host.removeEventListener(type, this.#started);
    this.#load(false);
    // Not Safari before 18: a timeout there.
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
  warm(context: () => ResultContext, last: boolean): void {
    const view = this.view;
    if (!view || warmed > (last ? 1 : 0)) return;
    warmed = last ? 2 : 1;
    whenIdle(() => {
      // An error here would come again on the result itself, where it is shown and reported.
      try {
        const { others: _, ...made } = context();
        const result = view.renderResult({ ...made, later: true });
        whenIdle(() => {
          try {
            render(result, document.createDocumentFragment());
          } catch {}
        });
      } catch {}
    });
  }

  /**
   * The result view for `context`; while it loads, a status worded
   * `loading`, which keeps focus (tabindex -1) until the view replaces it.
   */
  render(context: ResultContext, loading: string): TemplateResult {
    this.#rendered = true;
    if (this.view) {
      // The result's first paint leaves out what its closed disclosures hold:
      // reaching the result costs half as much, and the render after the
      // paint adds them before anyone can open one (or print).
      const later = !this.#whole;
      if (later) this.#afterPaint();
      return this.view.renderResult(later ? { ...context, later } : context);
    }
    this.#load(true);
    return html`<p role="status" class="loading" id="result-loading" tabindex="-1">${loading}</p>`;
  }

  /** One load; `wanted`: the result waits for it, so a failure is retried once and then reported. */
  #load(wanted: boolean): void {
    if (this.view || this.#loading) return;
    const load = importView(this.#attempts++).then(
      (view) => {
        view.receive?.({ ...LIT, formatNumber, pick, TYPED_MAX_LENGTH, ENGLISH, languageOf, typedError });
        completeBuiltIn(view.withResultTexts);
        // After the widget's own styles, as they were one sheet before.
        const root = this.#host.renderRoot as ShadowRoot;
        sheet ??= view.resultStyles().styleSheet as CSSStyleSheet;
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.view = view;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#loading = null;
        this.#failures++;
        if (!wanted) return;
        // The first failure on the way to the result is fetched again at once; a second one is said.
        if (this.#failures === 1) return this.#load(true);
        this.#failures = 0;
        this.#sink.failed(error);
      },
    );
    const loading: Promise<void> = load.finally(() => {
      if (this.#loading === loading) this.#loading = null;
    });
    this.#loading = loading;
  }
}
