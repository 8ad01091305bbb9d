import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitAnswers } from '../rubric/assess.js';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../rubric/types.js';
import type { Messages } from './messages.js';
import { clearStored, loadStored, saveStored } from './persistence.js';

/** The element, through its public API. */
export interface StoredAnswersHost extends ReactiveControllerHost {
  readonly id: string;
  readonly persist: boolean | undefined;
  readonly persistKey: string | undefined;
  /** The rubric in use, or null while none is. */
  readonly rubric: Rubric | null;
  /** The answers given. */
  readonly answers: Answers;
}

/** Stored answers to add under the answers given (those win), and a problem with them to report. */
export interface StoredAnswersSink {
  add(stored: Record<string, AnswerValue>): void;
  report(wording: (t: Messages) => string, issues: AssessmentIssue[]): void;
}

/**
 * The answers kept in localStorage with `persist` (see persistence.ts):
 * restored before the first render, when `persist` is turned on later (after
 * a consent banner, say) and when a rubric arrives; stored on every change;
 * cleared by `reset()`. Stored answers never override answers already given,
 * answers given before they are read (a host's prefill) never overwrite
 * them, and invalid ones are reported, not dropped in silence.
 */
export class StoredAnswers implements ReactiveController {
  #host: StoredAnswersHost;
  #sink: StoredAnswersSink;
  /** `persist` as the last update saw it. */
  #on = false;
  /** The rubric whose stored answers have been read: nothing is written over them before. */
  #read: Rubric | null = null;

  constructor(host: StoredAnswersHost, sink: StoredAnswersSink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
  }

  /** Which widget on the page the stored answers belong to. */
  get #instance(): string {
    return this.#host.persistKey ?? this.#host.id;
  }

  // Before the render (after willUpdate, which does not read the answers):
  // the first render shows the restored answers, and an error about them is
  // reported as it was before any controller existed.
  hostUpdate(): void {
    const { persist, rubric } = this.#host;
    if (persist && !this.#on && rubric) {
      this.restore(rubric);
      this.save();
    }
    this.#on = !!persist;
  }

  /** Adds the answers stored for this rubric version under the answers given. */
  restore(rubric: Rubric): void {
    if (!this.#host.persist) return;
    this.#read = rubric;
    const stored = loadStored(rubric, this.#instance);
    if (stored.discarded) this.#sink.report((t) => t.storedDiscarded, [{ path: 'storage', message: 'answers stored for another rubric version were discarded' }]);
    if (stored.answers != null) {
      const { valid, issues } = fitAnswers(rubric, stored.answers);
      const where = issues.map((issue) => ({ ...issue, path: issue.path ? `storage.${issue.path}` : 'storage' }));
      // Answers of an earlier version: what means the same is kept, the rest is named in the notice.
      if (stored.carried && issues.length) this.#sink.report((t) => t.storedCarried, where);
      else if (issues.length) this.#sink.report((t) => t.answersInvalid, where);
      this.#sink.add(valid);
    }
  }

  save(): void {
    const { persist, rubric, answers } = this.#host;
    if (persist && rubric && rubric === this.#read) saveStored(rubric, this.#instance, answers);
  }

  clear(): void {
    const { persist, rubric } = this.#host;
    if (persist && rubric) clearStored(rubric, this.#instance);
  }
}
