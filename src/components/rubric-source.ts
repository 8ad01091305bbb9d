import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultRubric } from '../rubric/default-rubric.js';
import type { AssessmentIssue, Rubric } from '../rubric/types.js';
import { frozen } from './frozen.js';
import type { Messages } from './messages.js';

/** Why a host's rubric is not in use: what went wrong, for the message, and every problem found. */
export interface RubricFailure {
  stage: 'fetch' | 'status' | 'json' | 'invalid' | 'timeout';
  /** The HTTP status, for `status`. */
  status?: number;
  issues: AssessmentIssue[];
}

export interface RubricSourceHost extends ReactiveControllerHost {
  /** The `rubric-src` attribute. */
  readonly rubricSrc: string | undefined;
  /** A rubric is being loaded or validated: none is in use meanwhile. */
  rubricLoading(): void;
  /** A rubric is now in use (validated and frozen). */
  rubricChanged(rubric: Rubric): void;
  /** The host's rubric could not be used; no rubric is in use until it is fixed. */
  rubricFailed(failure: RubricFailure, src: string | undefined): void;
}

/**
 * Why a host's rubric is not in use, in words. The built-in rubric is
 * deliberately not used instead: the host asked for its own, and scoring with
 * another would be a silent wrong score.
 */
export const failureMessage =
  ({ stage, status }: RubricFailure, src = 'rubric') =>
  (t: Messages): string =>
    stage === 'invalid'
      ? t.rubricInvalid
      : stage === 'json'
        ? t.rubricJson(src)
        : t.rubricFetch(src, stage === 'status' ? `HTTP ${status}` : stage === 'timeout' ? t.timedOut : 'network error');

// The validator (zod and every rule of parseRubric) is a file of its own,
// loaded only when a host gives its own rubric: the built-in one is validated
// by the test suite, not on every page view.
const loadValidator = () => import('../rubric/parse-rubric.js');

// Issues as plain data: the validator file has its own copy of RubricError,
// so `instanceof` cannot tell it apart from any other error.
const issuesOf = (error: unknown, path: string): AssessmentIssue[] =>
  Array.isArray((error as { issues?: unknown }).issues) ? (error as { issues: AssessmentIssue[] }).issues : [{ path, message: (error as Error).message }];

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
  /** Rubric-src loads give up after this many milliseconds. */
  timeout = 15000;

  #host: RubricSourceHost;
  #src: string | undefined;
  /** The host's rubric property as last set (JSON, to see an equal one set again), and its validated form. */
  #setText: string | undefined;
  #set: Rubric | null = null;
  #load: AbortController | null = null;
  #resume = false;
  /** Each load's number: a load that is no longer the latest changes nothing. */
  #generation = 0;

  constructor(host: RubricSourceHost) {
    this.#host = host;
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
    if (value == null) return void (!this.#src && this.#use(defaultRubric));
    this.#cancel();
    this.#validate(value, 'rubric', (rubric) => (this.#set = rubric));
  }

  /** The `rubric-src` attribute: loads it, or goes back to the rubric set (else the built-in one) without it. */
  setSource(src: string | undefined): void {
    if (src === this.#src) return;
    this.#src = src;
    this.#cancel();
    if (src) this.#fetch();
    else this.#use(this.#set ?? defaultRubric);
  }

  /** Loads `rubric-src` again (the "Try again" button). */
  retry(): void {
    if (this.#src) this.#fetch();
  }

  #cancel(): void {
    this.#generation++;
    this.#load?.abort();
    this.#load = null;
  }

  #loading(): void {
    this.rubric = null;
    this.#host.rubricLoading();
    this.#host.requestUpdate();
  }

  #use(rubric: Rubric): void {
    this.rubric = rubric;
    this.#host.rubricChanged(rubric);
    this.#host.requestUpdate();
  }

  #fail(failure: RubricFailure): void {
    this.rubric = null;
    this.#host.rubricFailed(failure, this.#src);
    this.#host.requestUpdate();
  }

  /** Runs one load to its end; `pending` covers it so `updateComplete` can wait. */
  #track(work: Promise<void>): void {
    const pending: Promise<void> = work.finally(() => {
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
  }

  #validate(value: unknown, path: string, keep?: (rubric: Rubric) => void): void {
    const generation = ++this.#generation;
    this.#loading();
    this.#track(
      loadValidator()
        // parseRubric returns a copy: the host editing its object later
        // changes nothing, and a cycle or a function is a RubricError.
        .then(({ parseRubric }) => frozen(parseRubric(value)))
        .then(
          (rubric) => {
            if (generation !== this.#generation) return;
            keep?.(rubric);
            this.#use(rubric);
          },
          (error: unknown) => {
            if (generation === this.#generation) this.#fail({ stage: 'invalid', issues: issuesOf(error, path) });
          },
        ),
    );
  }

  #fetch(): void {
    this.#cancel();
    const generation = this.#generation;
    const src = this.#src as string;
    const load = (this.#load = new AbortController());
    const timer = setTimeout(() => load.abort('timeout'), this.timeout);
    this.#loading();
    let stage: RubricFailure['stage'] = 'fetch';
    let status: number | undefined;
    this.#track(
      (async () => {
        try {
          const response = await fetch(src, { signal: load.signal });
          stage = 'status';
          status = response.status;
          if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
          stage = 'json';
          const json: unknown = await response.json();
          if (generation !== this.#generation) return;
          clearTimeout(timer);
          this.#load = null;
          stage = 'invalid';
          this.#validate(json, src);
        } catch (error) {
          if (generation !== this.#generation) return;
          this.#load = null;
          const timedOut = load.signal.reason === 'timeout';
          this.#fail({
            stage: timedOut ? 'timeout' : stage,
            ...(status === undefined ? {} : { status }),
            issues: [{ path: src, message: timedOut ? `no answer within ${this.timeout} ms` : (error as Error).message }],
          });
        } finally {
          clearTimeout(timer);
        }
      })(),
    );
  }
}
