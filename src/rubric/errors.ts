import type { AssessmentIssue } from './types.js';

function listIssues(issues: readonly AssessmentIssue[]): string {
  return issues.map((issue) => `${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join('\n  ');
}

/** A rubric that cannot be used. `issues` lists every problem with its path. */
export class RubricError extends Error {
  override name = 'RubricError';
  constructor(readonly issues: AssessmentIssue[]) {
    super(`Invalid rubric:\n  ${listIssues(issues)}`);
  }
}

/** Answers that cannot be scored. Each issue's path is the question id. */
export class AnswerError extends Error {
  override name = 'AnswerError';
  constructor(readonly issues: AssessmentIssue[]) {
    super(`Invalid answers:\n  ${listIssues(issues)}`);
  }
}
