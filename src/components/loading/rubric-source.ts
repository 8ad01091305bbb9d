// Where the rubric comes from (built in, the `rubric` property, `rubric-src`), with loads cancelled and timed out.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultRubric } from '../../rubric/default-rubric.js';
import type { AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
import { retryQuery } from './on-demand.js';

/** Why a host's rubric is not in use: the words, in the language shown, and every problem found. */
export interface RubricFailure {
  wording: (t: Messages) => string;
  issues: AssessmentIssue[];
}

export interface RubricSourceHost extends ReactiveControllerHost {
  /** The `rubric-src` attribute. */
  readonly rubricSrc: string | undefined;
}

/** What the source tells the element, through private callbacks (never public methods a page could call). */
export interface RubricSink {
  /** A rubric is being loaded or validated: none is in use meanwhile. */
  loading(): void;
  /** A rubric is now in use (validated and frozen). */
  changed(rubric: Rubric): void;
  /** The host's rubric could not be used; no rubric is in use until it is fixed. */
  failed(failure: RubricFailure): void;
}

// Everything a host's rubric needs (the validator, the fetch, their words)
// is a file of its own, loaded only when a host gives one (rubric-loader.ts).
// A failed import() stays failed for its address for the life of the page, so a
// load after a failure asks for an address of its own (`?retry=1`, …): one moment
// offline must not break every later widget on the page until a reload.
// The plain import first, so that every build sees the file.
let loaderFailures = 0;
const importLoader = (query: string): Promise<typeof import('./rubric-loader.js')> =>
  query ? import(`./rubric-loader.js${query}`) : import('./rubric-loader.js');
const loadLoader = () =>
  importLoader(retryQuery(loaderFailures)).catch((error: unknown) => {
    loaderFailures++;
    throw error;
  });

const DEFAULT_TIMEOUT = 15_000;
/** setTimeout's longest delay; a longer one fires at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * Where the widget's rubric comes from: built in, set by the host as a
 * property, or fetched from `rubric-src` (in that order of precedence, the
 * last one winning). Host rubrics are copied, validated and frozen before
 * use; a load in flight is cancelled when it is no longer wanted (the source
 * changes or goes, or the element leaves the page) and gives up after
 * `timeout` ms.
 */
export class RubricSource implements ReactiveController {
  /** The rubric in use, or null while one loads or after a failure. */
  rubric: Rubric | null = defaultRubric;
  /** Resolves when the current load has ended, in use or failed; null when none is under way. */
  pending: Promise<void> | null = null;
  #timeout = DEFAULT_TIMEOUT;

  #host: RubricSourceHost;
  #sink: RubricSink;
  #src: string | undefined;
  /** The host's rubric property as last set (JSON, to see an equal one set again), and its validated form. */
  #setText: string | undefined;
  #set: Rubric | null = null;
  /** The host's rubric property as last set, until it is validated (a rubric-src removed meanwhile must not lose it). */
  #setValue: unknown = null;
  /** The last load failed because the validator file itself did not come: "Try again" loads it again. */
  #loaderFailed = false;
  #load: AbortController | null = null;
  #resume = false;
  /** Each load's number: a load that is no longer the latest changes nothing. */
  #generation = 0;

  constructor(host: RubricSourceHost, sink: RubricSink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a detach cancelled the load: load again.
    if (this.#resume) this.#fetch();
    this.#resume = false;
  }

  // Before the host renders (after its willUpdate, which reads no rubric): a
  // new rubric-src starts loading, and the render shows the loading state.
  hostUpdate(): void {
    this.setSource(this.#host.rubricSrc || undefined);
  }

  hostDisconnected(): void {
    // A detached element keeps nothing alive: no request, no timer.
    this.#resume = this.#load !== null;
    if (this.#resume) this.#cancel();
  }

  /** The `rubric` property. Never throws: problems are reported through the host. Null or undefined: the built-in rubric. */
  setRubric(value: unknown): void {
    let text: string | undefined;
    try {
      text = value == null ? undefined : JSON.stringify(value);
    } catch {
      text = '\0unserialisable';
    }
    // The same rubric again (a framework re-rendering): nothing to do.
    if (text === this.#setText && (value != null || this.#set === null)) return;
    this.#setText = text;
    this.#set = null;
    this.#setValue = value;
    if (value != null) return this.#runSet();
    // Null: back to rubric-src, else the built-in rubric; a validation still under way is no longer wanted.
    if (this.#src) this.#fetch();
    else {
      this.#cancel();
      this.#use(defaultRubric);
    }
  }

  /**
   * Milliseconds a rubric-src load may take: a positive number, at most
   * 2^31 − 1 (setTimeout's own limit, past which it fires at once; Infinity
   * is that too). Anything else (NaN, negative, not a number) is the default, 15 s.
   */
  get timeout(): number {
    return this.#timeout;
  }

  set timeout(value: number) {
    const ms = Number(value);
    this.#timeout = ms > 0 ? Math.min(ms, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
  }

  /** Whether "Try again" can do anything: a rubric-src to fetch again, or a validator file to load again. */
  get retryable(): boolean {
    return !!this.#src || this.#loaderFailed;
  }

  /** Validates the rubric property's value; kept as the rubric set once valid. */
  #runSet(): void {
    this.#cancel();
    this.#run({ value: this.#setValue }, (rubric) => (this.#set = rubric));
  }

  /** The `rubric-src` attribute: loads it, or goes back to the rubric set (else the built-in one) without it. */
  setSource(src: string | undefined): void {
    if (src === this.#src) return;
    this.#src = src;
    this.#cancel();
    if (src) this.#fetch();
    else if (this.#set) this.#use(this.#set);
    // Set while rubric-src was in use, and not validated yet: validated now, never silently the built-in one.
    else if (this.#setValue != null) this.#runSet();
    else this.#use(defaultRubric);
  }

  /** Loads `rubric-src`, or the rubric set, again (the "Try again" button). */
  retry(): void {
    if (this.#src) this.#fetch();
    else if (this.#loaderFailed && this.#setValue != null) this.#runSet();
  }

  #cancel(): void {
    this.#generation++;
    this.#load?.abort();
    this.#load = null;
  }

  #loading(): void {
    this.rubric = null;
    this.#sink.loading();
    this.#host.requestUpdate();
  }

  #use(rubric: Rubric): void {
    this.rubric = rubric;
    this.#sink.changed(rubric);
    this.#host.requestUpdate();
  }

  #fail(failure: RubricFailure): void {
    this.rubric = null;
    this.#sink.failed(failure);
    this.#host.requestUpdate();
  }

  /** Runs one load to its end; `pending` covers it so `updateComplete` can wait. */
  #track(work: Promise<void>): void {
    const pending: Promise<void> = work.finally(() => {
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
  }

  #fetch(): void {
    this.#cancel();
    this.#run({ src: this.#src as string }, undefined, (this.#load = new AbortController()));
  }

  /**
   * Loads the loader, then validates a rubric or fetches and validates one.
   * Only the latest run changes anything; a fetch is cancelled through `load`.
   */
  #run(
    source: { value: unknown } | { src: string },
    keep?: (rubric: Rubric) => void,
    load = new AbortController(),
  ): void {
    const generation = ++this.#generation;
    this.#loaderFailed = false;
    const latest = () => {
      if (generation !== this.#generation) return false;
      this.#load = null;
      return true;
    };
    this.#loading();
    this.#track(
      loadLoader()
        .then(({ loadRubric }) => loadRubric(source, load, this.timeout))
        .then(
          (rubric) => {
            if (!latest()) return;
            keep?.(rubric);
            this.#use(rubric);
          },
          (failure: RubricFailure | Error) => {
            if (!latest()) return;
            // The loader itself did not load (offline for a moment, a CDN missing the file): "Try again" loads it again.
            this.#loaderFailed = !('wording' in failure);
            this.#fail(
              'wording' in failure
                ? failure
                : { wording: (t) => t.checkerFailed, issues: [{ path: 'rubric', message: String(failure.message) }] },
            );
          },
        ),
    );
  }
}
