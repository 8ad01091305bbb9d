function listIssues(issues) {
  return issues.map((issue) => `${issue.path ? `${issue.path}: ` : ""}${issue.message}`).join("\n  ");
}
class RubricError extends Error {
  constructor(issues) {
    super(`Invalid rubric:
  ${listIssues(issues)}`);
    this.issues = issues;
  }
  issues;
  name = "RubricError";
}
class AnswerError extends Error {
  constructor(issues) {
    super(`Invalid answers:
  ${listIssues(issues)}`);
    this.issues = issues;
  }
  issues;
  name = "AnswerError";
}

export { AnswerError, RubricError };
