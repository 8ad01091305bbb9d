import type { Answers, AnswerValue, Assessment, AssessmentIssue, ChoiceOption, ChoiceQuestion, MultiQuestion, Question, Rubric } from './types.js';
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
export declare function optionsById(question: ChoiceQuestion | MultiQuestion): Map<string, ChoiceOption>;
/** The points one answer earns on its own. */
export declare function pointsFor(rubric: Rubric, question: Question, answer: AnswerValue): number;
/** The most points a question can earn. */
export declare function maxPoints(question: Question): number;
/**
 * The answers that fit the rubric, and the issues of the rest (each with its
 * question id as path): what a form keeps from a prefill, a stored copy or a
 * previous rubric. Only own entries count (an inherited `toString` is no
 * answer), each is read once into a plain copy (a getter or a proxy cannot
 * change what was checked), and reading never throws: what cannot be read is
 * an issue.
 */
export declare function fitAnswers(rubric: Rubric, answers: unknown): {
    valid: Record<string, AnswerValue>;
    issues: AssessmentIssue[];
};
/** Every problem with a set of answers; an empty list means they can be scored. Never throws. */
export declare const answerIssues: (rubric: Rubric, answers: unknown) => AssessmentIssue[];
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
/**
 * `total` and the points of every category, once every scored question that
 * is asked has an answer; undefined before (a partial total is not a score a
 * pathway can rest on).
 */
export declare function scoresOf(assessment: Pick<Assessment, 'categories' | 'total' | 'criteria' | 'missing'>): Record<string, number> | undefined;
/** A date as YYYY-MM-DD on the local clock: the applicant's own calendar day. */
export declare const localDate: (date: Date) => string;
/**
 * Scores a set of answers against a rubric.
 *
 * @param today The applicant's date, for `outdated` (the rubric's review date
 *   passed); the local clock's today by default.
 * @throws AnswerError when an answer names an unknown question or option, or a
 *   number is negative, NaN, infinite or above the question's maximum: bad
 *   input is never scored silently.
 */
export declare function assess(rubric: Rubric, given: Answers, today?: Date): Assessment;
