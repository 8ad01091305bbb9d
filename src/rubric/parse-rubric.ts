import { RubricError } from './errors.js';
import { count, inheritedKeys, plainCopy, shownLimitIssues, withPrototypes } from './rubric-limits.js';
import { rubricSchemas } from './schema.js';
import { semanticIssues, type LooseRubric } from './semantic-rules.js';
import type { AssessmentIssue, Rubric } from './types.js';

export { RUBRIC_LIMITS } from './rubric-limits.js';

let schema: ReturnType<typeof rubricSchemas>['rubricSchema'] | undefined;

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  keys?: string[];
}

// zod/mini carries no message text ("Invalid input" for everything), so we
// word the issues ourselves rather than ship zod's locale tables. The schema
// only checks types and known fields; everything else is checked in
// semantic-rules.ts.
function describe(issue: ZodIssueLike): string {
  return issue.code === 'invalid_type'
    ? `expected ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`
    : issue.code === 'unrecognized_keys'
      ? `unknown field${issue.keys?.length === 1 ? '' : 's'} ${issue.keys?.map((key) => `"${key}"`).join(', ')}`
      : 'is not valid';
}

const MAX_ISSUES = 1_000;

/** A category called `total`: conditions on the score `total` mean the whole score, so it could never be reached. */
const reservedIdIssues = (rubric: LooseRubric): AssessmentIssue[] =>
  rubric.categories.flatMap((category, index) =>
    category.id === 'total'
      ? [
          {
            path: `categories.${index}.id`,
            message: '"total" names the whole score in conditions; a category cannot have it as its id',
          },
        ]
      : [],
  );

/**
 * Validates a rubric (for example fetched JSON) and returns a frozen-ready
 * plain copy of it, typed: later changes to `json` change nothing.
 *
 * @throws RubricError listing every problem with its path: shape, unknown
 *   references, duplicate ids, bands out of order, maxima that do not add up,
 *   a size past RUBRIC_LIMITS. It never throws anything else, whatever `json`
 *   is (a cycle, a proxy, a getter that throws).
 */
export function parseRubric(json: unknown): Rubric {
  let issues: AssessmentIssue[];
  let data: LooseRubric | undefined;
  try {
    const result = (schema ??= rubricSchemas().rubricSchema).safeParse(plainCopy(json));
    if (result.success) {
      data = inheritedKeys() ? withPrototypes(result.data) : result.data;
      issues = [...semanticIssues(data), ...shownLimitIssues(data), ...reservedIdIssues(data)];
    } else {
      issues = (result.error.issues as unknown as ZodIssueLike[]).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: describe(issue),
      }));
    }
  } catch (error) {
    if (error instanceof RubricError) throw error;
    // Unreachable with the reads guarded above; kept so that nothing but a RubricError ever leaves.
    issues = [{ path: '', message: 'could not be read' }];
  }
  // The first thousand problems, not fifty thousand: the widget shows
  // twelve, and no one reads a message listing them all.
  if (issues.length > MAX_ISSUES)
    issues = [
      ...issues.slice(0, MAX_ISSUES),
      { path: '', message: `and ${count(issues.length - MAX_ISSUES)} more problems` },
    ];
  if (issues.length) throw new RubricError(issues);
  // A rubric written before 2.1 names askedWhen `when`.
  for (const question of (data as LooseRubric).questions) {
    if (question.when !== undefined) {
      question.askedWhen = question.when;
      delete question.when;
    }
  }
  return data as Rubric;
}
