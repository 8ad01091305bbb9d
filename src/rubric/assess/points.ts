// The points an answer earns, the range a question spans, and the category caps.
import { byId } from '../by-id.js';
import { holds, threshold } from '../conditions.js';
import { own } from '../own.js';
import type {
  Answers,
  AnswerValue,
  Assessment,
  ChoiceOption,
  ChoiceQuestion,
  MultiQuestion,
  Question,
  Rubric,
} from '../types.js';

/** The options of a choice or multi-choice question by id, built once per question. */
const optionIndex = new WeakMap<Question, Map<string, ChoiceOption>>();
export function optionsById(question: ChoiceQuestion | MultiQuestion): Map<string, ChoiceOption> {
  let index = optionIndex.get(question);
  if (!index) {
    index = byId(question.options);
    // An earlier version's option id reads as the option that replaced it.
    for (const option of question.options)
      for (const old of option.replaces ?? []) if (!index.has(old)) index.set(old, option);
    optionIndex.set(question, index);
  }
  return index;
}

/**
 * The points of an option: those of the first `pointsWhen` that holds on the
 * answers (of the questions asked), else its `points`. Without answers, its
 * `points`.
 */
export function optionPoints(rubric: Rubric, option: ChoiceOption, answers: Answers | undefined): number {
  if (answers && option.pointsWhen)
    for (const entry of option.pointsWhen) if (holds(entry.when, { rubric, answers })) return entry.points;
  return option.points ?? 0;
}

/**
 * The points one answer earns on its own. `answers` (of the questions asked)
 * decide the options whose points depend on other answers (`pointsWhen`).
 */
export function pointsFor(rubric: Rubric, question: Question, answer: AnswerValue, answers?: Answers): number {
  // find, not a Map: each answer is looked up once, so this is linear in the options, and faster for short lists.
  if (question.type === 'choice') {
    const option = question.options.find((candidate) => candidate.id === answer);
    return option ? optionPoints(rubric, option, answers) : 0;
  }
  // Several places of work: the best of them counts.
  if (question.type === 'multi') {
    let best = 0;
    for (const option of question.options) {
      if (!(answer as readonly string[]).includes(option.id)) continue;
      const points = optionPoints(rubric, option, answers);
      if (points > best) best = points;
    }
    return best;
  }
  let points = 0;
  for (const band of question.bands ?? []) {
    if ((answer as number) >= threshold(rubric, band.atLeast, question.scale)) points = band.points;
  }
  return points;
}

/**
 * The most (`sign` 1) or fewest (-1) points a question's answers can give,
 * `pointsWhen` included, 0 among them. A loop, not Math.max(...map()): assess
 * calls this per criterion, and the arrays were a fifth of its garbage.
 */
function extremePoints(question: Question, sign: 1 | -1): number {
  let best = 0;
  const take = (points = 0) => {
    if (points * sign > best * sign) best = points;
  };
  if (question.type === 'number') for (const band of question.bands ?? []) take(band.points);
  else {
    for (const option of question.options) {
      take(option.points);
      for (const entry of option.pointsWhen ?? []) take(entry.points);
    }
  }
  return best;
}

/** The most points a question can earn. */
export const maxPoints = (question: Question): number => extremePoints(question, 1);

/** The fewest points a question can earn: 0, or a deduction below it. */
export const minPoints = (question: Question): number => extremePoints(question, -1);

/**
 * Clamps each category to its `min` and, when `capped`, its `max` (a bonus
 * group capped at 40, deductions stopping at -70), in place, and returns the
 * total of all categories.
 */
export function clampCategories(rubric: Rubric, byCategory: Record<string, number>): number {
  let total = 0;
  for (const category of rubric.categories) {
    let points = own(byCategory, category.id) ?? 0;
    if (category.capped && points > category.max) points = category.max;
    if (category.min !== undefined && points < category.min) points = category.min;
    byCategory[category.id] = points;
    total += points;
  }
  return total;
}

/**
 * `total` and the points of every category, once every scored question that
 * is asked has an answer; undefined before (a partial total is not a score a
 * pathway can rest on).
 */
export function scoresOf(
  assessment: Pick<Assessment, 'categories' | 'total' | 'criteria' | 'missing'>,
): Record<string, number> | undefined {
  // A Set, not missing.includes per criterion: that was quadratic in the number of questions.
  const missing = new Set(assessment.missing);
  return assessment.criteria.some((criterion) => criterion.asked && missing.has(criterion.id))
    ? undefined
    : { ...assessment.categories, total: assessment.total };
}
