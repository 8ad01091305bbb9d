import type { Answers, AnswerValue, Assessment, AssessmentIssue, Question, Rubric } from './types.js';
/** The rubric's questions by id, built once per rubric object. */
export declare function questionsById(rubric: Rubric): Map<string, Question>;
/** Whether a question is asked, given the other answers (its `when` condition). */
export declare function isAsked(rubric: Rubric, question: Question, answers: Answers): boolean;
/** The points one answer earns on its own. */
export declare function pointsFor(rubric: Rubric, question: Question, answer: AnswerValue): number;
/** The most points a question can earn. */
export declare function maxPoints(question: Question): number;
/** Every problem with a set of answers; an empty list means they can be scored. */
export declare function answerIssues(rubric: Rubric, answers: unknown): AssessmentIssue[];
/**
 * Scores a set of answers against a rubric.
 *
 * @throws AnswerError when an answer names an unknown question or option, or a
 *   number is negative, NaN, infinite or above the question's maximum: bad
 *   input is never scored silently.
 */
export declare function assess(rubric: Rubric, answers: Answers): Assessment;
