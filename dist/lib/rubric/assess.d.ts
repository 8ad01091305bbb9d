import type { Answers, Assessment, Rubric } from './types.js';
export { answersAsked, askedIds, isAsked, questionsAsked, questionsById, stepsAsked } from './assess/asked.js';
export { answerIssues, fitAnswers } from './assess/fit-answers.js';
export { clampCategories, maxPoints, minPoints, optionsById, pointsFor, scoresOf } from './assess/points.js';
/** A date as YYYY-MM-DD on the local clock: the applicant's own calendar day. */
export declare const localDate: (date: Date) => string;
/**
 * Scores a set of answers against a rubric.
 *
 * @param today The applicant's date, for `outdated` (the rubric's review date
 *   passed): a Date or its text (`'2026-01-01'`); the local clock's today by
 *   default, and for a value that is no date.
 * @throws AnswerError when an answer names an unknown question or option, or a
 *   number is negative, NaN, infinite or above the question's maximum: bad
 *   input is never scored silently.
 */
export declare function assess(rubric: Rubric, given: Answers, today?: Date | string): Assessment;
