import type { AnswerValue, AssessmentIssue } from '../types.js';
import type { Rubric } from '../types.js';
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
