// When stored answers are restored, saved, followed from another tab and cleared (the `persist` controller).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitAnswers } from '../../rubric/assess.js';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
import { clearStored, loadStored, readStored, saveStored, storage, storedKey } from './persistence.js';
import { plausibleAnswers } from '../question-types/answers.js';

/** The element, through its public API. */
export interface StoredAnswersHost extends ReactiveControllerHost {
  readonly id: string;
  readonly persist: boolean | undefined;
  readonly persistKey: string | undefined;
  /** The answers given. */
  readonly answers: Answers;
}

/** What the stored answers do to the answers given, and a problem with them to report. */
export interface StoredAnswersSink {
  /**
   * The rubric in use, or null while none is: the object the answers were
   * fitted to. Not the host's `rubric`, which shows the built-in one with the
   * result's texts once their file has come (a new object, the same rubric):
   * the stored answers read for it stay read.
   */
  rubric(): Rubric | null;
  /** Answers stored here before: added under the answers given (those win). */
  add(stored: Record<string, AnswerValue>): void;
  /** Answers another tab of the page saved: they are the answers now (the other tab's change is the latest). */
  replace(stored: Record<string, AnswerValue>): void;
  /** Words in the language shown (`lang`, for the question's label). */
  report(wording: (t: Messages, lang: string) => string, issues: AssessmentIssue[]): void;
}

/** Each issue of a stored set, with where it was found. */
const inStorage = (issues: AssessmentIssue[]) =>
  issues.map((issue) => ({ ...issue, path: issue.path ? `storage.${issue.path}` : 'storage' }));

/**
 * The answers kept in localStorage with `persist` (see persistence.ts):
 * restored before the first render, when `persist` is turned on later (after
 * a consent banner, say), when a rubric arrives and when the key changes
 * (`persist-key` or `id` set after the first render: the answers stored
 * under the new key are restored before anything is written there); stored
 * on every change; followed when another tab of the page stores a change
 * (its `storage` event), so a reload keeps every tab's last answers; cleared
 * by `reset()`. Stored answers never override answers already given, answers
 * given before they are read (a host's prefill) never overwrite them, and
 * invalid ones are reported, not dropped in silence.
 */
export class StoredAnswers implements ReactiveController {
  #host: StoredAnswersHost;
  #sink: StoredAnswersSink;
  /** `persist` as the last update saw it. */
  #on = false;
  /** The rubric and key whose stored answers have been read: nothing is written over them before. */
  #read: Rubric | null = null;
  #readKey = '';

  constructor(host: StoredAnswersHost, sink: StoredAnswersSink) {
    this.#host = host;
    this.#sink = sink;
    host.addController(this);
  }

  /** Which widget on the page the stored answers belong to. */
  get #instance(): string {
    return this.#host.persistKey ?? this.#host.id;
  }

  hostConnected(): void {
    addEventListener('storage', this.#followOtherTab);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.#followOtherTab);
  }

  // Before the render (after willUpdate, which does not read the answers):
  // the first render shows the restored answers, and an error about them is
  // reported as it was before any controller existed.
  hostUpdate(): void {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    // Turned on, or on under a new key: save() reads what is stored first.
    if (persist && rubric && (!this.#on || this.#keyChanged(rubric))) this.save();
    // Turned off: turned on again, the stored answers are read again.
    if (!persist) this.#read = null;
    this.#on = !!persist;
  }

  /** Adds the answers stored for this rubric version under the answers given. */
  restore(rubric: Rubric): void {
    if (!this.#host.persist) return;
    this.#read = rubric;
    this.#readKey = storedKey(rubric, this.#instance);
    const stored = loadStored(rubric, this.#instance);
    if (stored.discarded)
      this.#sink.report(
        (t) => t.storedDiscarded,
        [{ path: 'storage', message: 'answers stored for another rubric version were discarded' }],
      );
    if (stored.answers != null) this.#sink.add(this.#checked(rubric, stored.answers, stored.carried));
  }

  save(): void {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    if (!persist || !rubric) return;
    // The key changed since it was read (an `id` set late changes no property): what is there comes first.
    if (rubric !== this.#read || this.#keyChanged(rubric)) this.restore(rubric);
    saveStored(rubric, this.#instance, this.#host.answers);
  }

  clear(): void {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    if (persist && rubric) clearStored(rubric, this.#instance);
  }

  #keyChanged(rubric: Rubric): boolean {
    return this.#read === rubric && this.#readKey !== storedKey(rubric, this.#instance);
  }

  /** The valid part of a stored set; every problem with the rest reported. */
  #checked(rubric: Rubric, stored: unknown, carried = false): Record<string, AnswerValue> {
    const { valid, issues } = fitAnswers(rubric, stored);
    // Answers of an earlier version: what means the same is kept, the rest is named in the notice.
    if (issues.length) this.#sink.report((t) => (carried ? t.storedCarried : t.answersInvalid), inStorage(issues));
    const { kept, problems } = plausibleAnswers(rubric, valid);
    for (const [wording, issue] of problems) this.#sink.report(wording, inStorage([issue]));
    return kept;
  }

  /** Another tab stored answers under this widget's key: they are the answers here too. */
  #followOtherTab = (event: StorageEvent): void => {
    const { persist } = this.#host;
    const rubric = this.#sink.rubric();
    if (!persist || !rubric || rubric !== this.#read || event.key !== this.#readKey || event.storageArea !== storage())
      return;
    // Removed there (reset): no answers.
    this.#sink.replace(this.#checked(rubric, readStored(event.newValue) ?? {}));
  };
}
