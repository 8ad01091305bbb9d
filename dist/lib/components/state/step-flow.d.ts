/** The step shown (its index in the rubric), or the result. */
export type View = number | 'result';
/** Where the applicant is in the assessment. Never edited: every move makes a new one. */
export interface Flow {
    readonly view: View;
    /** Why an answer on the step shown cannot be counted yet, by question id, worded in the language shown. */
    readonly fieldErrors: Readonly<Record<string, string>>;
    /** The step whose Next (or `reportValidity()`) found errors: its error summary shows, not for an error shown on leaving a field. */
    readonly summaryStep: number;
}
/** A move's outcome: the new flow, where focus goes once it is rendered, and whether it reached the result. */
export interface Move {
    flow: Flow;
    focus?: string;
    reachedResult?: boolean;
}
/** The first step, nothing wrong yet. */
export declare const START: Flow;
/**
 * Next on a step: with `errors` (the step's questions that cannot be counted)
 * the step stays and its summary takes focus; else the next step that asks
 * anything (`steps`, in order), or the result after the last.
 */
export declare function next(flow: Flow, steps: readonly number[], errors: Record<string, string>): Move;
/** Back: the previous step that asks anything; on the first one, nothing moves. */
export declare function back(flow: Flow, steps: readonly number[]): Move;
/** "Change answers" on the result: back to the first step, every answer kept. */
export declare const changeAnswers: (flow: Flow) => Move;
/** `reportValidity()`: the step of the first unanswered question, its errors shown as Next shows them. */
export declare const showInvalid: (_flow: Flow, step: number, errors: Record<string, string>) => Flow;
/** An answer given to `questionId`: its error goes. */
export declare function answered(flow: Flow, questionId: string): Flow;
/** A field left with text that is not an answer (`error`): said now, not only on Next. */
export declare const leftField: (flow: Flow, questionId: string, error: string | undefined) => Flow;
/** Errors are worded text: a new language, or answers the page set, clear them (Next brings them back). */
export declare const withoutErrors: (flow: Flow) => Flow;
/** `reset()`: the first step, no errors. */
export declare const restart: (flow: Flow) => Flow;
/** A new rubric with `stepCount` steps: a step past its end is the first. */
export declare const fitSteps: (flow: Flow, stepCount: number) => Flow;
/**
 * History navigation gives back `view`: a step the rubric has (any, while
 * `stepCount` is unknown), or the result when the answers are `complete`
 * (or not known yet). Anything else leaves the flow as it is.
 */
export declare function restoreView(flow: Flow, view: unknown, stepCount?: number, complete?: boolean): Flow;
/** The result view could not be loaded: back to the last step that asks anything, where "See my result" tries again. */
export declare const resultFailed: (flow: Flow, lastStep: number | undefined) => Flow;
