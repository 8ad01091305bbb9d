import type { AnswerValue, AssessmentIssue, Question, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
/**
 * Why a field's text is not an answer ("150" for a salary, a year count over
 * the maximum), in the steps' wording; undefined when it is one or is empty.
 */
export declare const typedError: (question: Question, typed: string, t: Messages, lang: string) => string | undefined;
/** A number field's text as a number: amounts of won in any of the ways people write them. */
export declare const typedNumber: (question: Question, typed: string) => number;
/** A what-if control's value (not empty) as the answer it gives. */
export declare const answerFromText: (question: Question, raw: string) => AnswerValue;
/** Why an answer that was not typed is no answer a person could give, in words of any language. */
type Implausible = (t: Messages, lang: string) => string;
/**
 * Answers given by the page or kept in storage held to the bounds typed ones
 * are: an amount of won that is no yearly salary (15,000; 1e308) is left out
 * and reported with the words a field would show ("Did you mean…"), never
 * scored. Returns the answers that are kept and a problem for each left out.
 */
export declare function plausibleAnswers(rubric: Rubric, answers: Readonly<Record<string, AnswerValue>>): {
    kept: Record<string, AnswerValue>;
    problems: [Implausible, AssessmentIssue][];
};
export {};
