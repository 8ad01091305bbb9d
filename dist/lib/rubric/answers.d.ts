import type { AnswerValue, MultiQuestion } from './types.js';
/** The same answer: equal numbers or option ids, or lists of the same option ids in the same order. */
export declare function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean;
/**
 * A multi-choice answer after ticking (or clearing) one option: an exclusive
 * option ("None of these") clears the others, any other clears it. Options
 * stay in the rubric's order; undefined when nothing is left ticked.
 */
export declare function toggleOption(question: MultiQuestion, answer: AnswerValue | undefined, option: string, ticked: boolean): string[] | undefined;
