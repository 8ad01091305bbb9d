import type { AssessmentIssue } from './types.js';
/** A rubric that cannot be used. `issues` lists every problem with its path. */
export declare class RubricError extends Error {
    readonly issues: AssessmentIssue[];
    name: string;
    constructor(issues: AssessmentIssue[]);
}
/** Answers that cannot be scored. Each issue's path is the question id. */
export declare class AnswerError extends Error {
    readonly issues: AssessmentIssue[];
    name: string;
    constructor(issues: AssessmentIssue[]);
}
