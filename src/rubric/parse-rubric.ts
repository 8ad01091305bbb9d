import { maxPoints } from './assess.js';
import { parameter } from './conditions.js';
import { RubricError } from './errors.js';
import { rubricSchema } from './schema.js';
import type * as z from 'zod/mini';
import type { AssessmentIssue, Question, Rubric } from './types.js';

/** The rubric as the schema sees it: one loose object per concept, checked further below. */
type LooseRubric = z.infer<typeof rubricSchema>;
type LooseQuestion = LooseRubric['questions'][number];
type LooseCondition = Partial<Record<'all' | 'any', LooseCondition[]>> & {
  question?: string;
  in?: string[];
  score?: string;
  atLeast?: unknown;
  times?: string;
};

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  minimum?: number | bigint;
  inclusive?: boolean;
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
      return `expected ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
    case 'invalid_format':
      return issue.path[0] === 'effectiveDate'
        ? DATE_FORMAT
        : issue.path[0] === 'languages'
          ? 'must be a language code of 2 or 3 lowercase letters, such as "en"'
          : 'must be an id: a lowercase letter, then letters, digits or hyphens';
    case 'unrecognized_keys':
      return `unknown ${issue.keys?.length === 1 ? 'field' : 'fields'} ${issue.keys?.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values?.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return 'is not valid';
  }
}

const DATE_FORMAT = 'must be a real date written YYYY-MM-DD';
const CONDITION_FORMS = '{all}, {any}, {question, in}, {question, atLeast, times?} or {score, atLeast}';

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Every rule the schema does not express: which fields go together, cross-references, arithmetic. */
function semanticIssues(rubric: LooseRubric): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  const questions = new Map<string, LooseQuestion>(rubric.questions.map((question) => [question.id, question]));
  const categories = new Map(rubric.categories.map((category) => [category.id, category]));
  const sourceIds = new Set(rubric.sources.map((source) => source.id));
  const typed = rubric as Rubric;

  const unique = (path: string, ids: string[]) => {
    for (const id of new Set(duplicates(ids))) report(path, `duplicate id "${id}"`);
  };
  unique('questions', rubric.questions.map((question) => question.id));
  unique('categories', rubric.categories.map((category) => category.id));
  unique('steps', rubric.steps.map((step) => step.id));
  unique('pathways', rubric.pathways.map((pathway) => pathway.id));
  unique('sources', rubric.sources.map((source) => source.id));
  unique('parameters', rubric.parameters.map((entry) => entry.id));

  // The schema checks the form; a date such as 2026-02-30 only fails here.
  const date = new Date(`${rubric.effectiveDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(rubric.effectiveDate)) report('effectiveDate', DATE_FORMAT);
  if (!rubric.languages.includes('en')) report('languages', 'must include "en", the fallback language');
  rubric.parameters.forEach((entry, index) => {
    if (!sourceIds.has(entry.source)) report(`parameters.${index}.source`, `unknown source "${entry.source}"`);
    if (!Number.isInteger(entry.year)) report(`parameters.${index}.year`, 'must be a whole year');
  });

  const checkCondition = (condition: LooseCondition, path: string, inQuestion: boolean): void => {
    const keys = Object.keys(condition).sort().join();
    const form = { all: 'all', any: 'any', 'in,question': 'in', 'atLeast,question': 'number', 'atLeast,question,times': 'number', 'atLeast,score': 'score' }[keys];
    if (!form) return void report(path, `must be one of ${CONDITION_FORMS}`);
    if (form === 'all' || form === 'any') {
      return condition[form]?.forEach((part, i) => checkCondition(part, `${path}.${form}.${i}`, inQuestion));
    }
    if (form === 'score') {
      if (!Number.isFinite(condition.atLeast) && condition.atLeast !== 'passMark') report(`${path}.atLeast`, 'must be a number or "passMark"');
      if (inQuestion) report(path, 'a question cannot depend on a score');
      else if (condition.score !== 'total' && !categories.has(condition.score ?? '')) {
        report(`${path}.score`, `unknown score "${condition.score}"; expected "total" or a category id`);
      }
      return;
    }
    const question = questions.get(condition.question ?? '');
    if (!question) return void report(`${path}.question`, `unknown question "${condition.question}"`);
    if (inQuestion && question.when) report(`${path}.question`, `"${question.id}" is itself conditional; a question may only depend on unconditional ones`);
    if (form === 'in') {
      if (question.type !== 'choice') return void report(path, `"${question.id}" is not a choice question`);
      for (const option of condition.in ?? []) {
        if (!question.options?.some((candidate) => candidate.id === option)) report(`${path}.in`, `"${question.id}" has no option "${option}"`);
      }
      return;
    }
    if (question.type !== 'number') report(path, `"${question.id}" is not a number question`);
    if (!Number.isFinite(condition.atLeast)) report(`${path}.atLeast`, 'must be a number');
    if (condition.times !== undefined && !parameter(typed, condition.times)) report(`${path}.times`, `unknown parameter "${condition.times}"`);
  };

  const categoryTotals = new Map<string, number>();
  rubric.questions.forEach((question, index) => {
    const path = `questions.${index}`;
    if (question.type !== 'choice' && question.type !== 'number') return void report(`${path}.type`, 'must be "choice" or "number"');
    const misplaced = (question.type === 'choice' ? ['unit', 'scale', 'maximum', 'bands'] : ['options']).filter(
      (field) => question[field as keyof LooseQuestion] !== undefined,
    );
    if (misplaced.length) report(path, `a ${question.type} question has no ${misplaced.join(', ')}`);
    if (question.type === 'choice') {
      if (!question.options) return void report(`${path}.options`, 'a choice question needs options');
      unique(`${path}.options`, question.options.map((option) => option.id));
    } else {
      if (question.unit !== 'years' && question.unit !== 'KRW') report(`${path}.unit`, 'must be "years" or "KRW"');
      if (!question.bands) return void report(`${path}.bands`, 'a number question needs bands');
      if (question.scale !== undefined && !parameter(typed, question.scale)) report(`${path}.scale`, `unknown parameter "${question.scale}"`);
      question.bands.forEach((band, i) => {
        const previous = question.bands?.[i - 1];
        if (!previous) return;
        if (band.atLeast <= previous.atLeast) report(`${path}.bands.${i}`, 'bands must be in ascending order of atLeast, without overlap');
        if (band.points < previous.points) report(`${path}.bands.${i}`, 'a higher band must not give fewer points');
      });
    }
    const max = maxPoints(question as Question);
    if (question.category === undefined) {
      if (max > 0) report(path, `"${question.id}" gives points but has no category`);
    } else if (!categories.has(question.category)) {
      report(`${path}.category`, `unknown category "${question.category}"`);
    } else {
      categoryTotals.set(question.category, (categoryTotals.get(question.category) ?? 0) + max);
    }
    if (question.max !== undefined && question.max !== max) report(`${path}.max`, `states ${question.max} but its best answer gives ${max}`);
    if (question.when) checkCondition(question.when, `${path}.when`, true);
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

  rubric.pathways.forEach((pathway, index) => checkCondition(pathway.when, `pathways.${index}.when`, false));

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
      (result.error.issues as unknown as ZodIssueLike[]).map((issue) => ({ path: issue.path.map(String).join('.'), message: describe(issue) })),
    );
  }
  const issues = semanticIssues(result.data);
  if (issues.length) throw new RubricError(issues);
  return result.data as Rubric;
}
