// What every rule check shares: the issues found, the ways to report one, and
// the rubric's lists as Sets and Maps built once (a lookup in a list inside a
// loop made 50,000 options in one condition take seconds and 20,000 questions minutes).
import { CHANGEABILITY } from '../advice.js';
import type { AssessmentIssue, Changeability } from '../types.js';
import type { LooseQuestion, LooseRubric } from './loose.js';

export const ID = /^[a-z][a-zA-Z0-9-]*$/;
export const ID_FORMAT = 'must be an id: a lowercase letter, then letters, digits or hyphens';
const DATE_FORMAT = 'must be a real date written YYYY-MM-DD';
export const isText = (value: unknown): value is string => typeof value === 'string';
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The checks' shared state for one rubric. */
export interface RuleContext {
  issues: AssessmentIssue[];
  report(path: string, message: string): void;
  /** A number at least (or, `exclusive`, more than) `minimum`, or absent. */
  atLeast(path: string, value: number | undefined, minimum: number, exclusive?: boolean): void;
  /** A list of at least `minimum` items. */
  items(path: string, list: readonly unknown[], minimum: number): void;
  /** Ids are well formed and unique within their list. */
  ids(path: string, list: readonly { id: string }[]): void;
  /** A real date written YYYY-MM-DD (then string order is date order), or absent. */
  checkDate(path: string, value: string | undefined): void;
  /** Both dates, the second not before the first. */
  checkPeriod(fromPath: string, from: string | undefined, untilPath: string, until: string | undefined): void;
  /** Every id in a list of source ids names a source. */
  checkSources(path: string, list: readonly string[] | undefined): void;
  checkChangeable(path: string, value: unknown): void;
  questions: Map<string, LooseQuestion>;
  optionIds: Map<LooseQuestion, Set<string>>;
  parameterIds: Set<string>;
  categories: Map<string, LooseRubric['categories'][number]>;
  /** The order questions are asked in: an askedWhen may read only questions asked before its own. */
  order: Map<string, number>;
  /** Condition parts seen so far (conditions and option ids in their lists), held to a limit. */
  conditionParts: number;
}

export function ruleContext(rubric: LooseRubric): RuleContext {
  const issues: AssessmentIssue[] = [];
  const report = (path: string, message: string) => {
    issues.push({ path, message });
  };
  const sourceIds = new Set(rubric.sources.map((source) => source.id));
  const order = new Map<string, number>();
  for (const step of rubric.steps) for (const id of step.questions) if (!order.has(id)) order.set(id, order.size);
  const checkDate = (path: string, value: string | undefined) => {
    if (value === undefined) return;
    const date = new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
      report(path, DATE_FORMAT);
  };
  return {
    issues,
    report,
    atLeast(path, value, minimum, exclusive = false) {
      if (value !== undefined && (exclusive ? value <= minimum : value < minimum))
        report(path, `must be ${exclusive ? 'more than' : 'at least'} ${minimum}`);
    },
    items(path, list, minimum) {
      if (list.length < minimum) report(path, `needs at least ${minimum} ${minimum === 1 ? 'item' : 'items'}`);
    },
    ids(path, list) {
      const seen = new Set<string>();
      list.forEach(({ id }, index) => {
        if (!ID.test(id)) report(`${path}.${index}.id`, ID_FORMAT);
        else if (seen.has(id)) report(path, `duplicate id "${id}"`);
        seen.add(id);
      });
    },
    checkDate,
    checkPeriod(fromPath, from, untilPath, until) {
      checkDate(fromPath, from);
      checkDate(untilPath, until);
      if (from && until && until < from) report(untilPath, `must not be before ${fromPath} (${from})`);
    },
    checkSources(path, list) {
      list?.forEach((source, index) => {
        if (!sourceIds.has(source)) report(`${path}.${index}`, `unknown source "${source}"`);
      });
    },
    checkChangeable(path, value) {
      if (value !== undefined && !CHANGEABILITY.includes(value as Changeability))
        report(path, `must be one of ${CHANGEABILITY.map((word) => `"${word}"`).join(', ')}`);
    },
    questions: new Map<string, LooseQuestion>(rubric.questions.map((question) => [question.id, question])),
    optionIds: new Map(
      rubric.questions.map((question) => [question, new Set(question.options?.map((option) => option.id))]),
    ),
    parameterIds: new Set(rubric.parameters.map((entry) => entry.id)),
    categories: new Map(rubric.categories.map((category) => [category.id, category])),
    order,
    conditionParts: 0,
  };
}
