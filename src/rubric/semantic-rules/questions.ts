// Each question's own rules: its type, options or bands, points, assumed answer,
// host attribute, and what it adds to its category.
import { maxPoints, minPoints } from '../assess.js';
import type { Question } from '../types.js';
import type { CheckCondition } from './conditions.js';
import { readsScoreOrItself } from './conditions.js';
import { ID, ID_FORMAT, type RuleContext } from './context.js';
import type { LooseQuestion, LooseRubric } from './loose.js';

/** The most and fewest points each category's questions add up to, for the category rules. */
export interface CategorySums {
  totals: Map<string, number>;
  minima: Map<string, number>;
}

export function checkQuestions(
  rubric: LooseRubric,
  context: RuleContext,
  checkCondition: CheckCondition,
): CategorySums {
  const { report, atLeast, items, ids, checkChangeable, checkSources, categories, optionIds, parameterIds } = context;
  const totals = new Map<string, number>();
  const minima = new Map<string, number>();
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
      totals.set(question.category, (totals.get(question.category) ?? 0) + max);
      minima.set(question.category, (minima.get(question.category) ?? 0) + minPoints(question as Question));
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

  return { totals, minima };
}
