import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { ScoreDetail } from '../events.js';
import type { FormEntry } from '../form/form-associated.js';
import type { Messages } from '../i18n/messages.js';
import { plausibleAnswers } from '../question-types/answers.js';
/** The same answers: the same questions answered with the same values (unanswered and absent alike). */
export declare function sameAnswers(a: Answers, b: Answers | null): boolean;
/** The host's answers read once, into a copy; null when they are not an object, or its getters or proxy traps throw. */
export declare function copyAnswers(given: unknown): Answers | null;
/**
 * The host's answers checked against the rubric, and held to the bounds a
 * typed answer is (`problems`: a salary of 15,000 is "Did you mean…", not a
 * score): an invalid new value does not take away the valid answer it would
 * have replaced.
 */
export declare function fitGiven(rubric: Rubric, given: Answers, current: Record<string, AnswerValue>): {
    valid: Record<string, AnswerValue>;
    issues: AssessmentIssue[];
    problems: ReturnType<typeof plausibleAnswers>['problems'];
};
/** Each host attribute the rubric cannot use, with its words in any language: no question declares it, or its value is not an option. */
export declare const presetProblems: (rubric: Rubric, attributes: Record<string, string | undefined>) => [(t: Messages) => string, AssessmentIssue][];
/**
 * What the enclosing form submits (the result as JSON), keeps for history
 * navigation (`[view, answers]`), and why it may not be submitted yet.
 */
export declare function formEntryOf(rubric: Rubric | null, detail: ScoreDetail | null, view: number | 'result', answers: Answers, required: boolean | undefined, t: Messages, lang: string): FormEntry;
/** The state `formEntryOf` kept, as `[view, answers]`; an earlier release kept the answers alone. */
export declare function readFormState(state: string): [unknown, Answers];
