import type { Answers, AnswerValue, Assessment, ChoiceOption, ChoiceQuestion, MultiQuestion, Question, Rubric } from '../types.js';
export declare function optionsById(question: ChoiceQuestion | MultiQuestion): Map<string, ChoiceOption>;
/**
 * The points of an option: those of the first `pointsWhen` that holds on the
 * answers (of the questions asked), else its `points`. Without answers, its
 * `points`.
 */
export declare function optionPoints(rubric: Rubric, option: ChoiceOption, answers: Answers | undefined): number;
/**
 * The points one answer earns on its own. `answers` (of the questions asked)
 * decide the options whose points depend on other answers (`pointsWhen`).
 */
export declare function pointsFor(rubric: Rubric, question: Question, answer: AnswerValue, answers?: Answers): number;
/** The most points a question can earn. */
export declare const maxPoints: (question: Question) => number;
/** The fewest points a question can earn: 0, or a deduction below it. */
export declare const minPoints: (question: Question) => number;
/**
 * Clamps each category to its `min` and, when `capped`, its `max` (a bonus
 * group capped at 40, deductions stopping at -70), in place, and returns the
 * total of all categories.
 */
export declare function clampCategories(rubric: Rubric, byCategory: Record<string, number>): number;
/**
 * `total` and the points of every category, once every scored question that
 * is asked has an answer; undefined before (a partial total is not a score a
 * pathway can rest on).
 */
export declare function scoresOf(assessment: Pick<Assessment, 'categories' | 'total' | 'criteria' | 'missing'>): Record<string, number> | undefined;
