import type { AssessmentIssue, Rubric } from './types.js';

/**
 * The answers a host page gives through element attributes
 * (`{ 'employer-size': value }`), keyed by the question that declares the
 * attribute as its `hostAttribute`, and the issues of the attributes the
 * rubric cannot use: no question declares it, or the value is not one of its
 * options. Each issue's path is the attribute. Empty values are ignored.
 */
export function presetAnswers(
  rubric: Rubric,
  attributes: Readonly<Record<string, string | null | undefined>>,
): { answers: Record<string, string>; issues: AssessmentIssue[] } {
  const answers: Record<string, string> = {};
  const issues: AssessmentIssue[] = [];
  // Own keys only: a page's enumerable Object.prototype property is no attribute.
  for (const attribute of Object.keys(attributes)) {
    const value = attributes[attribute];
    if (!value) continue;
    const question = rubric.questions.find((candidate) => candidate.hostAttribute === attribute);
    if (question?.type !== 'choice') {
      issues.push({ path: attribute, message: `rubric ${rubric.id} has no question that ${attribute} answers` });
    } else if (question.options.some((option) => option.id === value)) {
      answers[question.id] = value;
    } else {
      issues.push({
        path: attribute,
        message: `"${value}" is not one of ${question.options.map((option) => option.id).join(', ')}`,
      });
    }
  }
  return { answers, issues };
}
