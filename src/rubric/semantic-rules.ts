// Every rule of the rubric format that the zod schema does not express:
// formats, ranges, which fields go together, conditions, cross-references,
// arithmetic. parseRubric runs them on what the schema accepted.
import { CHANGEABILITY } from './advice.js';
import { maxPoints, minPoints } from './assess.js';
import type * as z from 'zod/mini';
import { count, RUBRIC_LIMITS } from './rubric-limits.js';
import type { rubricSchemas } from './schema.js';
import type { AssessmentIssue, Changeability, Question } from './types.js';

/** The rubric as the schema sees it: one loose object per concept, checked by the rules here. */
export type LooseRubric = z.infer<ReturnType<typeof rubricSchemas>['rubricSchema']>;
type LooseQuestion = LooseRubric['questions'][number];

const ID = /^[a-z][a-zA-Z0-9-]*$/;
const ID_FORMAT = 'must be an id: a lowercase letter, then letters, digits or hyphens';
const DATE_FORMAT = 'must be a real date written YYYY-MM-DD';
const CONDITION_FORMS =
  '{all}, {any}, {question, in}, {question, includes}, {question, atLeast, times?} or {score, atLeast}';
const CONDITION_KEYS = ['all', 'any', 'question', 'in', 'includes', 'atLeast', 'times', 'score', 'changeable'];
/** A condition's form by its sorted keys (`changeable` aside). */
const FORMS: Record<string, string> = {
  all: 'all',
  any: 'any',
  'in,question': 'in',
  'includes,question': 'includes',
  'atLeast,question': 'number',
  'atLeast,question,times': 'number',
  'atLeast,score': 'score',
};
const isText = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a condition reads a score or the given question (what a `pointsWhen` may not). */
function readsScoreOrItself(condition: unknown, id: string): boolean {
  if (!isObject(condition)) return false;
  if (Array.isArray(condition.all) || Array.isArray(condition.any))
    return ((condition.all ?? condition.any) as unknown[]).some((part) => readsScoreOrItself(part, id));
  return 'score' in condition || condition.question === id;
}

/** Every rule the schema does not express: formats, ranges, which fields go together, conditions, cross-references, arithmetic. */
export function semanticIssues(rubric: LooseRubric): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  // The limits on the whole first: past them nothing else is checked.
  const options = rubric.questions.reduce((sum, question) => sum + (question.options?.length ?? 0), 0);
  if (rubric.questions.length > RUBRIC_LIMITS.questions)
    report(
      'questions',
      `has ${count(rubric.questions.length)} questions; at most ${RUBRIC_LIMITS.questions} are allowed`,
    );
  if (options > RUBRIC_LIMITS.options)
    report('questions', `have ${count(options)} options in all; at most ${count(RUBRIC_LIMITS.options)} are allowed`);
  if (rubric.pathways.length > RUBRIC_LIMITS.pathways)
    report('pathways', `has ${rubric.pathways.length} pathways; at most ${RUBRIC_LIMITS.pathways} are allowed`);
  if (issues.length) return issues;
  const atLeast = (path: string, value: number | undefined, minimum: number, exclusive = false) => {
    if (value !== undefined && (exclusive ? value <= minimum : value < minimum))
      report(path, `must be ${exclusive ? 'more than' : 'at least'} ${minimum}`);
  };
  const items = (path: string, list: readonly unknown[], minimum: number) => {
    if (list.length < minimum) report(path, `needs at least ${minimum} ${minimum === 1 ? 'item' : 'items'}`);
  };
  // Sets and Maps built once: a lookup in a list inside a loop made 50,000
  // options in one condition take seconds and 20,000 questions minutes.
  const questions = new Map<string, LooseQuestion>(rubric.questions.map((question) => [question.id, question]));
  const optionIds = new Map(
    rubric.questions.map((question) => [question, new Set(question.options?.map((option) => option.id))]),
  );
  const parameterIds = new Set(rubric.parameters.map((entry) => entry.id));
  const categories = new Map(rubric.categories.map((category) => [category.id, category]));
  const sourceIds = new Set(rubric.sources.map((source) => source.id));

  /** Ids are well formed and unique within their list. */
  const ids = (path: string, list: readonly { id: string }[]) => {
    const seen = new Set<string>();
    list.forEach(({ id }, index) => {
      if (!ID.test(id)) report(`${path}.${index}.id`, ID_FORMAT);
      else if (seen.has(id)) report(path, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  if (!ID.test(rubric.id)) report('id', ID_FORMAT);
  if (!rubric.version) report('version', 'must not be empty');
  ids('questions', rubric.questions);
  ids('categories', rubric.categories);
  ids('steps', rubric.steps);
  ids('pathways', rubric.pathways);
  ids('sources', rubric.sources);
  ids('parameters', rubric.parameters);
  items('questions', rubric.questions, 1);
  items('categories', rubric.categories, 1);
  items('steps', rubric.steps, 1);
  items('pathways', rubric.pathways, 1);
  items('languages', rubric.languages, 1);

  /** A real date written YYYY-MM-DD (then string order is date order), or absent. */
  const checkDate = (path: string, value: string | undefined) => {
    if (value === undefined) return;
    const date = new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
      report(path, DATE_FORMAT);
  };
  /** Both dates, the second not before the first. */
  const checkPeriod = (fromPath: string, from: string | undefined, untilPath: string, until: string | undefined) => {
    checkDate(fromPath, from);
    checkDate(untilPath, until);
    if (from && until && until < from) report(untilPath, `must not be before ${fromPath} (${from})`);
  };
  /** Every id in a list of source ids names a source. */
  const checkSources = (path: string, list: readonly string[] | undefined) =>
    list?.forEach((source, index) => {
      if (!sourceIds.has(source)) report(`${path}.${index}`, `unknown source "${source}"`);
    });
  checkPeriod('effectiveDate', rubric.effectiveDate, 'reviewDate', rubric.reviewDate);
  checkSources('benefitSources', rubric.benefitSources);
  // BCP 47 language[-Script][-REGION], written as the widget writes it
  // (zh-Hans, pt-BR): texts are looked up by exactly this key, so "zh-hans"
  // would never be shown and is reported instead.
  const LANGUAGE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/;
  rubric.languages.forEach((language, index) => {
    if (!LANGUAGE.test(language))
      report(`languages.${index}`, 'must be a language code such as "en", "ko" or "zh-Hans"');
  });
  if (!rubric.languages.includes('en')) report('languages', 'must include "en", the fallback language');
  rubric.parameters.forEach((entry, index) => {
    items(`parameters.${index}.sources`, entry.sources, 1);
    checkSources(`parameters.${index}.sources`, entry.sources);
    checkPeriod(`parameters.${index}.validFrom`, entry.validFrom, `parameters.${index}.validUntil`, entry.validUntil);
    if (!Number.isInteger(entry.year)) report(`parameters.${index}.year`, 'must be a whole year');
    atLeast(`parameters.${index}.value`, entry.value, 0, true);
  });
  atLeast('total', rubric.total, 0);
  atLeast('passMark.value', rubric.passMark.value, 0);

  // The order questions are asked in: an askedWhen may read only questions asked before its own.
  const order = new Map<string, number>();
  for (const step of rubric.steps) for (const id of step.questions) if (!order.has(id)) order.set(id, order.size);
  const checkChangeable = (path: string, value: unknown) => {
    if (value !== undefined && !CHANGEABILITY.includes(value as Changeability))
      report(path, `must be one of ${CHANGEABILITY.map((word) => `"${word}"`).join(', ')}`);
  };

  let conditionParts = 0;
  /** `asker`: the question whose askedWhen this is, if it is one. */
  const checkCondition = (condition: unknown, path: string, asker: LooseQuestion | undefined, depth = 1): void => {
    const inQuestion = asker !== undefined;
    conditionParts += 1;
    if (depth > RUBRIC_LIMITS.conditionDepth)
      return void report(path, `is nested more than ${RUBRIC_LIMITS.conditionDepth} conditions deep`);
    if (isObject(condition) && 'changeable' in condition) checkChangeable(`${path}.changeable`, condition.changeable);
    const keys = isObject(condition)
      ? Object.keys(condition)
          .filter((key) => key !== 'changeable')
          .sort()
          .join()
      : '';
    const form = Object.hasOwn(FORMS, keys) ? FORMS[keys] : undefined;
    if (!form || !isObject(condition)) {
      const unknown = isObject(condition) ? Object.keys(condition).filter((key) => !CONDITION_KEYS.includes(key)) : [];
      return void report(
        path,
        unknown.length
          ? `unknown field "${unknown.join('", "')}"; a condition is ${CONDITION_FORMS}`
          : `must be one of ${CONDITION_FORMS}`,
      );
    }
    if (form === 'all' || form === 'any') {
      const parts = condition[form];
      if (!Array.isArray(parts) || !parts.length) return void report(`${path}.${form}`, 'needs at least 1 item');
      if (isObject(condition) && 'changeable' in condition)
        report(`${path}.changeable`, 'goes on a condition on one answer');
      return parts.forEach((part, i) => checkCondition(part, `${path}.${form}.${i}`, asker, depth + 1));
    }
    if (form === 'score') {
      if (!Number.isFinite(condition.atLeast) && condition.atLeast !== 'passMark')
        report(`${path}.atLeast`, 'must be a number or "passMark"');
      if (isObject(condition) && 'changeable' in condition)
        report(`${path}.changeable`, 'goes on a condition on one answer');
      if (inQuestion) report(path, 'a question cannot depend on a score');
      else if (condition.score !== 'total' && !categories.has(condition.score as string)) {
        report(`${path}.score`, `unknown score "${condition.score}"; expected "total" or a category id`);
      }
      return;
    }
    const question = questions.get(condition.question as string);
    if (!question) return void report(`${path}.question`, `unknown question "${condition.question}"`);
    if (asker && question === asker) report(`${path}.question`, 'a question cannot depend on itself');
    else if (asker && (order.get(question.id) ?? Infinity) > (order.get(asker.id) ?? -1)) {
      report(
        `${path}.question`,
        `"${question.id}" is asked after "${asker.id}" (in a later step or further down); a question may only depend on questions asked before it`,
      );
    }
    if (form === 'in' || form === 'includes') {
      const type = form === 'in' ? 'choice' : 'multi';
      if (question.type !== type)
        return void report(
          path,
          `"${question.id}" is not a ${type === 'choice' ? 'choice' : 'multi-choice'} question${type === 'multi' ? '' : ' (a multi-choice question is read with includes)'}`,
        );
      const options = condition[form];
      if (!Array.isArray(options) || !options.length) return void report(`${path}.${form}`, 'needs at least 1 item');
      conditionParts += options.length;
      const ids = optionIds.get(question);
      for (const option of options) {
        if (!ids?.has(option)) report(`${path}.${form}`, `"${question.id}" has no option "${option}"`);
      }
      return;
    }
    if (question.type !== 'number') report(path, `"${question.id}" is not a number question`);
    if (!Number.isFinite(condition.atLeast)) report(`${path}.atLeast`, 'must be a number');
    if (condition.times !== undefined && !parameterIds.has(condition.times as string))
      report(`${path}.times`, `unknown parameter "${condition.times}"`);
  };

  const categoryTotals = new Map<string, number>();
  const categoryMinima = new Map<string, number>();
  /** Points below 0 belong only in a category with a `min` below 0 (deductions). */
  const pointsFloor = (question: LooseQuestion) =>
    Math.min(0, (question.category !== undefined && categories.get(question.category)?.min) || 0);
  const attributes = new Map<string, string>();
  rubric.questions.forEach((question, index) => {
    const path = `questions.${index}`;
    if (question.type !== 'choice' && question.type !== 'multi' && question.type !== 'number')
      return void report(`${path}.type`, 'must be "choice", "multi" or "number"');
    if (question.when !== undefined && question.askedWhen !== undefined)
      report(`${path}.when`, 'is the former name of askedWhen; give only askedWhen');
    checkChangeable(`${path}.changeable`, question.changeable);
    if (question.type !== 'number') {
      if (!question.options)
        return void report(
          `${path}.options`,
          `a ${question.type === 'multi' ? 'multi-choice' : 'choice'} question needs options`,
        );
      items(`${path}.options`, question.options, 2);
      ids(`${path}.options`, question.options);
      const named = new Set(question.options.map((option) => option.id));
      question.options.forEach((option, i) => {
        atLeast(`${path}.options.${i}.points`, option.points, pointsFloor(question));
        option.pointsWhen?.forEach((entry, j) => {
          atLeast(`${path}.options.${i}.pointsWhen.${j}.points`, entry.points, pointsFloor(question));
          checkCondition(entry.when, `${path}.options.${i}.pointsWhen.${j}.when`, undefined);
          if (readsScoreOrItself(entry.when, question.id))
            report(
              `${path}.options.${i}.pointsWhen.${j}.when`,
              'may read other answers only (no score, not its own question)',
            );
        });
        if (option.exclusive !== undefined && typeof option.exclusive !== 'boolean')
          report(`${path}.options.${i}.exclusive`, 'expected a boolean');
        else if (option.exclusive && question.type !== 'multi')
          report(`${path}.options.${i}.exclusive`, 'only an option of a multi-choice question can be chosen alone');
        option.replaces?.forEach((old, j) => {
          if (!ID.test(old)) report(`${path}.options.${i}.replaces.${j}`, ID_FORMAT);
          else if (named.has(old))
            report(`${path}.options.${i}.replaces.${j}`, `"${old}" is already an option id of this question`);
          named.add(old);
        });
      });
    } else {
      if (question.unit !== 'years' && question.unit !== 'KRW' && question.unit !== 'age')
        report(`${path}.unit`, 'must be "years", "KRW" or "age"');
      // A number question without a category only decides pathways: it needs no bands.
      if (!question.bands && question.category !== undefined)
        return void report(`${path}.bands`, 'a scored number question needs bands');
      if (question.category !== undefined) items(`${path}.bands`, question.bands ?? [], 1);
      atLeast(`${path}.maximum`, question.maximum, 0, true);
      if (question.scale !== undefined && !parameterIds.has(question.scale))
        report(`${path}.scale`, `unknown parameter "${question.scale}"`);
      question.bands?.forEach((band, i) => {
        atLeast(`${path}.bands.${i}.atLeast`, band.atLeast, 0);
        atLeast(`${path}.bands.${i}.points`, band.points, pointsFloor(question));
        const previous = question.bands?.[i - 1];
        if (!previous) return;
        if (band.atLeast <= previous.atLeast)
          report(`${path}.bands.${i}`, 'bands must be in ascending order of atLeast, without overlap');
        // Official age tables peak (25 points at 25-29, 23 at 30-34): only an age may fall.
        if (band.points < previous.points && question.unit !== 'age')
          report(`${path}.bands.${i}`, 'a higher band must not give fewer points');
      });
    }
    const max = maxPoints(question as Question);
    if (question.category === undefined) {
      if (max > 0) report(path, `"${question.id}" gives points but has no category`);
    } else if (!categories.has(question.category)) {
      report(`${path}.category`, `unknown category "${question.category}"`);
    } else {
      categoryTotals.set(question.category, (categoryTotals.get(question.category) ?? 0) + max);
      categoryMinima.set(
        question.category,
        (categoryMinima.get(question.category) ?? 0) + minPoints(question as Question),
      );
    }
    if (question.assumedAnswer !== undefined) {
      const assumed: unknown = question.assumedAnswer;
      const ids = optionIds.get(question);
      const fits =
        question.type === 'number'
          ? typeof assumed === 'number' &&
            Number.isFinite(assumed) &&
            assumed >= 0 &&
            (question.maximum === undefined || assumed <= question.maximum)
          : question.type === 'multi'
            ? Array.isArray(assumed) && assumed.length > 0 && assumed.every((option) => ids?.has(option as string))
            : typeof assumed === 'string' && !!ids?.has(assumed);
      if (!fits)
        report(
          `${path}.assumedAnswer`,
          question.type === 'number'
            ? 'must be an answer to the question: a number from 0 to its maximum'
            : `must be an answer to the question: ${question.type === 'multi' ? 'a list of its option ids' : 'one of its option ids'}`,
        );
    }
    if (question.max !== undefined && question.max !== max)
      report(`${path}.max`, `states ${question.max} but its best answer gives ${max}`);
    const askedWhen = question.askedWhen ?? question.when;
    if (askedWhen !== undefined)
      checkCondition(askedWhen, `${path}.${question.askedWhen === undefined ? 'when' : 'askedWhen'}`, question);
    checkSources(`${path}.sources`, question.sources);
    const attribute = question.hostAttribute;
    if (attribute !== undefined) {
      if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(attribute))
        report(
          `${path}.hostAttribute`,
          'must be an attribute name: lowercase letters and digits, words joined by hyphens',
        );
      else if (question.type !== 'choice')
        report(`${path}.hostAttribute`, 'only a choice question can be answered by an attribute');
      else if (attributes.has(attribute))
        report(`${path}.hostAttribute`, `"${attribute}" already answers "${attributes.get(attribute)}"`);
      attributes.set(attribute, question.id);
    }
  });

  let baseMax = 0;
  let bonusMax = 0;
  rubric.categories.forEach((category, index) => {
    if (category.bonus !== undefined && typeof category.bonus !== 'boolean')
      report(`categories.${index}.bonus`, 'expected a boolean');
    const sum = categoryTotals.get(category.id) ?? 0;
    const least = categoryMinima.get(category.id) ?? 0;
    if (category.capped !== undefined && typeof category.capped !== 'boolean')
      report(`categories.${index}.capped`, 'expected a boolean');
    atLeast(`categories.${index}.max`, category.max, 0);
    if (category.min !== undefined && category.min > 0)
      report(`categories.${index}.min`, 'must be 0 or less (deductions stop at it)');
    // Capped: points above max (or below min) do not count, so the items may add up past them.
    if (category.capped === true ? sum < category.max : sum !== category.max) {
      report(
        `categories.${index}.max`,
        `states ${category.max} but its questions add up to ${category.capped === true ? 'only ' : ''}${sum}`,
      );
    }
    // Without a min, points below 0 are already reported on the questions.
    if (category.min !== undefined && (category.capped === true ? least > category.min : least !== category.min)) {
      report(
        `categories.${index}.min`,
        `states ${category.min} but its questions deduct ${category.capped === true ? 'only ' : ''}down to ${least}`,
      );
    }
    if (category.bonus) bonusMax += category.max;
    else baseMax += category.max;
  });
  if (baseMax !== rubric.total)
    report('total', `states ${rubric.total} but the non-bonus categories add up to ${baseMax}`);
  if (rubric.passMark.value > rubric.total + bonusMax)
    report('passMark.value', `${rubric.passMark.value} can never be reached (maximum ${rubric.total + bonusMax})`);

  const placed = new Set<string>();
  const repeated = new Set<string>();
  rubric.steps.forEach((step, index) => {
    items(`steps.${index}.questions`, step.questions, 1);
    for (const id of step.questions) {
      if (!questions.has(id)) report(`steps.${index}.questions`, `unknown question "${id}"`);
      if (placed.has(id)) repeated.add(id);
      placed.add(id);
    }
  });
  for (const id of repeated) report('steps', `question "${id}" is in more than one step`);
  for (const question of rubric.questions)
    if (!placed.has(question.id)) report('steps', `question "${question.id}" is in no step`);

  rubric.scope?.links.forEach(
    (step, i) => step.when !== undefined && checkCondition(step.when, `scope.links.${i}.when`, undefined),
  );
  rubric.pathways.forEach((pathway, index) => {
    checkCondition(pathway.when, `pathways.${index}.when`, undefined);
    pathway.next?.forEach(
      (step, i) => step.when !== undefined && checkCondition(step.when, `pathways.${index}.next.${i}.when`, undefined),
    );
    if (pathway.leadsWhen !== undefined) {
      if (!pathway.alternative)
        report(`pathways.${index}.leadsWhen`, 'only an alternative has it (a route met always leads)');
      checkCondition(pathway.leadsWhen, `pathways.${index}.leadsWhen`, undefined);
    }
    checkSources(`pathways.${index}.sources`, pathway.sources);
  });
  if (conditionParts > RUBRIC_LIMITS.conditionParts) {
    report(
      '',
      `has ${count(conditionParts)} condition parts (conditions and option ids in their lists); at most ${count(RUBRIC_LIMITS.conditionParts)} are allowed`,
    );
  }
  if (rubric.pathways.length && rubric.pathways.every((pathway) => pathway.alternative)) {
    report(
      'pathways',
      'needs at least 1 pathway that is not an alternative (alternatives never make an applicant eligible)',
    );
  }

  // Every text must be complete in every language the rubric claims to speak.
  const languages = rubric.languages.filter((code) => LANGUAGE.test(code));
  const checkTexts = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (!Array.isArray(value) && isText((value as { en?: unknown }).en)) {
      // Texts are only held to well-formed language codes (a bad code is reported once above).
      for (const language of languages) {
        if (!(value as Record<string, unknown>)[language]) report(path, `has no "${language}" text`);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) checkTexts(child, path ? `${path}.${key}` : key);
  };
  checkTexts(rubric, '');
  return issues;
}
