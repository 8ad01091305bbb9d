import type { AssessmentIssue, Rubric } from './types.js';
/**
 * The answers a host page gives through element attributes
 * (`{ 'employer-size': value }`), keyed by the question that declares the
 * attribute as its `hostAttribute`, and the issues of the attributes the
 * rubric cannot use: no question declares it, or the value is not one of its
 * options. Each issue's path is the attribute. Empty values are ignored.
 */
export declare function presetAnswers(rubric: Rubric, attributes: Readonly<Record<string, string | null | undefined>>): {
    answers: Record<string, string>;
    issues: AssessmentIssue[];
};
