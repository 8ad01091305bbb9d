import { maxPoints } from './assess.js';
import { RubricError } from './errors.js';
import { rubricSchema } from './schema.js';
import type { AssessmentIssue, Condition, Question, Rubric } from './types.js';

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  keys?: string[];
  values?: unknown[];
}

// zod/mini carries no message text ("Invalid input" for everything), so we
// word the issues ourselves rather than ship zod's locale tables.
function describe(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'an array' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'must be an id: a lowercase letter, then letters, digits or hyphens'
        : `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys?.length === 1 ? 'field' : 'fields'} ${issue.keys?.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values?.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return 'is not valid';
  }
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Every cross-reference and arithmetic rule the schema cannot express. */
function semanticIssues(rubric: Rubric): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  const questions = new Map<string, Question>(rubric.questions.map((question) => [question.id, question]));
  const categories = new Map(rubric.categories.map((category) => [category.id, category]));
  const sourceIds = new Set(rubric.sources.map((source) => source.id));

  const unique = (path: string, ids: string[]) => {
    for (const id of new Set(duplicates(ids))) report(path, `duplicate id "${id}"`);
  };
  unique('questions', rubric.questions.map((question) => question.id));
  unique('categories', rubric.categories.map((category) => category.id));
  unique('steps', rubric.steps.map((step) => step.id));
  unique('pathways', rubric.pathways.map((pathway) => pathway.id));
  unique('sources', rubric.sources.map((source) => source.id));

  if (!rubric.languages.includes('en')) report('languages', 'must include "en", the fallback language');
  for (const [id, parameter] of Object.entries(rubric.parameters)) {
    if (!sourceIds.has(parameter.source)) report(`parameters.${id}.source`, `unknown source "${parameter.source}"`);
  }

  const checkCondition = (condition: Condition, path: string, allowScores: boolean): void => {
    if ('all' in condition) return condition.all.forEach((part, i) => checkCondition(part, `${path}.all.${i}`, allowScores));
    if ('any' in condition) return condition.any.forEach((part, i) => checkCondition(part, `${path}.any.${i}`, allowScores));
    if ('score' in condition) {
      if (!allowScores) report(path, 'a question cannot depend on a score');
      else if (condition.score !== 'total' && !categories.has(condition.score)) {
        report(`${path}.score`, `unknown score "${condition.score}"; expected "total" or a category id`);
      }
      return;
    }
    const question = questions.get(condition.question);
    if (!question) return void report(`${path}.question`, `unknown question "${condition.question}"`);
    if (!allowScores && question.when) report(`${path}.question`, `"${question.id}" is itself conditional; a condition may only name unconditional questions`);
    if ('in' in condition) {
      if (question.type !== 'choice') return void report(path, `"${question.id}" is not a choice question`);
      for (const option of condition.in) {
        if (!question.options.some((candidate) => candidate.id === option)) report(`${path}.in`, `"${question.id}" has no option "${option}"`);
      }
    } else {
      if (question.type !== 'number') report(path, `"${question.id}" is not a number question`);
      if (condition.times !== undefined && !rubric.parameters[condition.times]) report(`${path}.times`, `unknown parameter "${condition.times}"`);
    }
  };

  const categoryTotals = new Map<string, number>();
  rubric.questions.forEach((question, index) => {
    const path = `questions.${index}`;
    const max = maxPoints(question);
    if (question.category === undefined) {
      if (max > 0) report(path, `"${question.id}" gives points but has no category`);
    } else if (!categories.has(question.category)) {
      report(`${path}.category`, `unknown category "${question.category}"`);
    } else {
      categoryTotals.set(question.category, (categoryTotals.get(question.category) ?? 0) + max);
    }
    if (question.max !== undefined && question.max !== max) {
      report(`${path}.max`, `states ${question.max} but its best answer gives ${max}`);
    }
    if (question.when) checkCondition(question.when, `${path}.when`, false);
    if (question.type === 'choice') {
      unique(`${path}.options`, question.options.map((option) => option.id));
    } else {
      if (question.scale !== undefined && !rubric.parameters[question.scale]) report(`${path}.scale`, `unknown parameter "${question.scale}"`);
      question.bands.forEach((band, i) => {
        const previous = question.bands[i - 1];
        if (!previous) return;
        if (band.atLeast <= previous.atLeast) report(`${path}.bands.${i}`, 'bands must be in ascending order of atLeast, without overlap');
        if (band.points < previous.points) report(`${path}.bands.${i}`, 'a higher band must not give fewer points');
      });
    }
  });

  let baseMax = 0;
  let bonusMax = 0;
  rubric.categories.forEach((category, index) => {
    const sum = categoryTotals.get(category.id) ?? 0;
    if (sum !== category.max) report(`categories.${index}.max`, `states ${category.max} but its questions add up to ${sum}`);
    if (category.bonus) bonusMax += category.max;
    else baseMax += category.max;
  });
  if (baseMax !== rubric.total) report('total', `states ${rubric.total} but the non-bonus categories add up to ${baseMax}`);
  if (rubric.passMark.value > rubric.total + bonusMax) report('passMark.value', `${rubric.passMark.value} can never be reached (maximum ${rubric.total + bonusMax})`);

  const placed = rubric.steps.flatMap((step) => step.questions);
  rubric.steps.forEach((step, index) => {
    for (const id of step.questions) if (!questions.has(id)) report(`steps.${index}.questions`, `unknown question "${id}"`);
  });
  for (const id of new Set(duplicates(placed))) report('steps', `question "${id}" is in more than one step`);
  for (const question of rubric.questions) if (!placed.includes(question.id)) report('steps', `question "${question.id}" is in no step`);

  rubric.pathways.forEach((pathway, index) => checkCondition(pathway.when, `pathways.${index}.when`, true));

  // Every text must be complete in every language the rubric claims to speak.
  const checkTexts = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (!Array.isArray(value) && typeof (value as { en?: unknown }).en === 'string') {
      for (const language of rubric.languages) {
        if (!(value as Record<string, unknown>)[language]) report(path, `has no "${language}" text`);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) checkTexts(child, path ? `${path}.${key}` : key);
  };
  checkTexts(rubric, '');
  return issues;
}

/**
 * Validates a rubric (for example fetched JSON) and returns it typed.
 *
 * @throws RubricError listing every problem with its path: shape, unknown
 *   references, duplicate ids, bands out of order, maxima that do not add up.
 */
export function parseRubric(json: unknown): Rubric {
  const result = rubricSchema.safeParse(json);
  if (!result.success) {
    throw new RubricError(
      (result.error.issues as unknown as ZodIssueLike[]).map((issue) => ({ path: pathOf(issue.path), message: describe(issue) })),
    );
  }
  const issues = semanticIssues(result.data);
  if (issues.length) throw new RubricError(issues);
  return result.data;
}
