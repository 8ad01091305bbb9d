import type { Answers, AnswerValue, Question, Rubric } from '../types.js';
/** The rubric's questions by id, built once per rubric. */
export declare const questionsById: (rubric: Rubric) => Map<string, Question>;
/**
 * Ids of the questions asked with these answers, in step order. A question is
 * asked when it has no `askedWhen` or its `askedWhen` holds on the answers to
 * the questions asked before it (parseRubric checks it reads only those), so
 * a chain (a salary asked with an offer, a bonus asked with a salary) is
 * followed in one pass.
 */
export declare function askedIds(rubric: Rubric, answers: Answers): Set<string>;
/** The answers of the questions asked: what conditions are evaluated against (a kept answer to a question not asked decides nothing). */
export declare function answersAsked(rubric: Rubric, answers: Answers): Record<string, AnswerValue>;
/** Whether a question is asked, given the other answers (its `askedWhen` condition, and theirs). */
export declare const isAsked: (rubric: Rubric, question: Question, answers: Answers) => boolean;
/**
 * The questions of a step (by index) that are asked with these answers, in
 * step order, leaving out those whose id is a key of `skip` (answered by the
 * host page).
 */
export declare function questionsAsked(rubric: Rubric, step: number, answers: Answers, skip?: Readonly<Record<string, unknown>>): Question[];
/**
 * The indices of the steps that ask anything with these answers (a step of
 * questions about a job offer, for someone without one, is passed over),
 * leaving out questions whose id is a key of `skip` (answered by the host).
 */
export declare function stepsAsked(rubric: Rubric, answers: Answers, skip?: Readonly<Record<string, unknown>>): number[];
