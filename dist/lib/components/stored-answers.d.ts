import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../rubric/types.js';
import type { Messages } from './messages.js';
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
export declare class StoredAnswers implements ReactiveController {
    #private;
    constructor(host: StoredAnswersHost, sink: StoredAnswersSink);
    hostUpdate(): void;
    /** Adds the answers stored for this rubric version under the answers given. */
    restore(rubric: Rubric): void;
    save(): void;
    clear(): void;
}
