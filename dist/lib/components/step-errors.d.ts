import type { AnswerValue, Answers, AssessmentIssue, Question, Rubric } from '../rubric/types.js';
import type { Messages } from './messages.js';
/** A number field's text as a number: amounts of won in any of the ways people write them. */
export declare const typedNumber: (question: Question, typed: string) => number;
/**
 * Why a number field's text is not an answer ("150" for a salary, a year
 * count over the maximum), in the steps' wording; undefined when it is one or
 * is empty. Each message names the question: error summary links must make
 * sense on their own.
 */
export declare function numberError(question: Question, typed: string, t: Messages, lang: string): string | undefined;
/**
 * Answers given by the page or kept in storage held to the bounds typed ones
 * are: an amount of won that is no yearly salary (15,000; 1e308) is left out
 * and reported with the words a field would show ("Did you mean…"), never
 * scored. Returns the answers that are kept and a problem for each left out.
 */
export declare function plausibleAnswers(rubric: Rubric, answers: Readonly<Record<string, AnswerValue>>): {
    kept: Record<string, AnswerValue>;
    problems: [(t: Messages, lang: string) => string, AssessmentIssue][];
};
/** Why each question a step asks cannot be counted yet: its text is not a number, or it is not answered. */
export declare function stepErrors(asked: readonly Question[], typed: Readonly<Record<string, string>>, answers: Answers, t: Messages, lang: string): Record<string, string>;
