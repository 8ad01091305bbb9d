import type { Answers, AnswerValue, Question, Rubric } from '../types.js';
/** The total points of a set of answers: what "How to gain points" compares a better answer against. */
export declare function totalOf(rubric: Rubric, answers: Answers): number;
export declare function decidingIds(rubric: Rubric): Set<string>;
/** The nearest answer that earns this question more points than it has now, or null at the top. */
export declare function nearestBetterAnswer(rubric: Rubric, question: Question, current: number, answer: AnswerValue | undefined, answers: Answers): AnswerValue | null;
