import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
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
export declare class StoredAnswers implements ReactiveController {
    #private;
    constructor(host: StoredAnswersHost, sink: StoredAnswersSink);
    hostConnected(): void;
    hostDisconnected(): void;
    hostUpdate(): void;
    /** Adds the answers stored for this rubric version under the answers given. */
    restore(rubric: Rubric): void;
    save(): void;
    clear(): void;
}
