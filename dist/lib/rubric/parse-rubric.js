import { RubricError } from './errors.js';
import { plainCopy, inheritedKeys, withPrototypes, shownLimitIssues, count } from './rubric-limits.js';
export { RUBRIC_LIMITS } from './rubric-limits.js';
import { rubricSchemas } from './schema.js';
import { semanticIssues } from './semantic-rules.js';

let schema;
function describe(issue) {
  return issue.code === "invalid_type" ? `expected ${issue.expected === "array" || issue.expected === "object" ? "an" : "a"} ${issue.expected}` : issue.code === "unrecognized_keys" ? `unknown field${issue.keys?.length === 1 ? "" : "s"} ${issue.keys?.map((key) => `"${key}"`).join(", ")}` : "is not valid";
}
const MAX_ISSUES = 1e3;
const reservedIdIssues = (rubric) => rubric.categories.flatMap(
  (category, index) => category.id === "total" ? [
    {
      path: `categories.${index}.id`,
      message: '"total" names the whole score in conditions; a category cannot have it as its id'
    }
  ] : []
);
function parseRubric(json) {
  let issues;
  let data;
  try {
    const result = (schema ??= rubricSchemas().rubricSchema).safeParse(plainCopy(json));
    if (result.success) {
      data = inheritedKeys() ? withPrototypes(result.data) : result.data;
      issues = [...semanticIssues(data), ...shownLimitIssues(data), ...reservedIdIssues(data)];
    } else {
      issues = result.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: describe(issue)
      }));
    }
  } catch (error) {
    if (error instanceof RubricError) throw error;
    issues = [{ path: "", message: "could not be read" }];
  }
  if (issues.length > MAX_ISSUES)
    issues = [
      ...issues.slice(0, MAX_ISSUES),
      { path: "", message: `and ${count(issues.length - MAX_ISSUES)} more problems` }
    ];
  if (issues.length) throw new RubricError(issues);
  for (const question of data.questions) {
    if (question.when !== void 0) {
      question.askedWhen = question.when;
      delete question.when;
    }
  }
  return data;
}

export { parseRubric };
