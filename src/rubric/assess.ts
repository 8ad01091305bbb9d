import { byId } from './by-id.js';
import { holds, threshold } from './conditions.js';
import type { Condition } from './types.js';
import { AnswerError } from './errors.js';
import { own } from './own.js';
import type {
  Answers,
  AnswerValue,
  Assessment,
  AssessmentIssue,
  ChoiceOption,
  ChoiceQuestion,
  CriterionScore,
  MultiQuestion,
  Question,
  Rubric,
} from './types.js';

/** The rubric's questions by id, built once per rubric. */
export const questionsById = (rubric: Rubric): Map<string, Question> => byId(rubric.questions);

/**
 * Ids of the questions asked with these answers, in step order. A question is
 * asked when it has no `askedWhen` or its `askedWhen` holds on the answers to
 * the questions asked before it (parseRubric checks it reads only those), so
 * a chain (a salary asked with an offer, a bonus asked with a salary) is
 * followed in one pass.
 */
export function askedIds(rubric: Rubric, answers: Answers): Set<string> {
  const questions = questionsById(rubric);
  const asked = new Set<string>();
  const before: Record<string, AnswerValue> = {};
  for (const step of rubric.steps) {
    for (const id of step.questions) {
      const question = questions.get(id);
      if (!question || (question.askedWhen && !holds(question.askedWhen, { rubric, answers: before }))) continue;
      asked.add(id);
      const answer = own(answers, id);
      if (answer !== undefined) before[id] = answer;
    }
  }
  return asked;
}

/** The answers of the questions asked: what conditions are evaluated against (a kept answer to a question not asked decides nothing). */
export function answersAsked(rubric: Rubric, answers: Answers): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const id of askedIds(rubric, answers)) {
    const answer = own(answers, id);
    if (answer !== undefined) kept[id] = answer;
  }
  return kept;
}

/** Whether a question is asked, given the other answers (its `askedWhen` condition, and theirs). */
export const isAsked = (rubric: Rubric, question: Question, answers: Answers): boolean =>
  askedIds(rubric, answers).has(question.id);

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
function optionPoints(rubric: Rubric, option: ChoiceOption, answers: Answers | undefined): number {
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
 * A value in a message, without running any code of its own: a toString that
 * throws, a null-prototype object or a 5,000-deep array must not turn an
 * answer problem into another error.
 */
const shown = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.length > 57 ? `${value.slice(0, 57)}…` : value)
    : typeof value === 'function'
      ? 'a function'
      : typeof value === 'object' && value
        ? 'an object'
        : String(value);

/**
 * The answers that fit the rubric, and the issues of the rest (each with its
 * question id as path): what a form keeps from a prefill, a stored copy or a
 * previous rubric. Only own entries count (an inherited `toString` is no
 * answer), each is read once into a plain copy (a getter or a proxy cannot
 * change what was checked), and reading never throws: what cannot be read is
 * an issue.
 */
export function fitAnswers(
  rubric: Rubric,
  answers: unknown,
): { valid: Record<string, AnswerValue>; issues: AssessmentIssue[] } {
  const questions = questionsById(rubric);
  const valid: Record<string, AnswerValue> = {};
  const issues: AssessmentIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  // Keys that are no question, past the first few, are counted, not listed:
  // 100,000 of them would be 100,000 issues to word, copy and send.
  let unknown = 0;
  try {
    // Not an object (or a revoked proxy): to the catch below.
    if (typeof answers !== 'object' || !answers || Array.isArray(answers)) throw 0;
    // for…in, not Object.entries: this runs on every assessment, and the
    // entry arrays were garbage.
    for (const id in answers) {
      if (!Object.hasOwn(answers, id)) continue;
      let value: unknown;
      try {
        value = (answers as Record<string, unknown>)[id];
      } catch {
        report(id, 'could not be read');
        continue;
      }
      const question = questions.get(id);
      if (!question) {
        if (++unknown <= MAX_UNKNOWN_LISTED) report(id, `${shown(id)} is not a question of rubric ${rubric.id}`);
      } else if (value === undefined) {
        continue;
      } else if (question.type !== 'number') {
        const fitted = fitChoice(question, value);
        if (typeof fitted === 'string') report(id, fitted);
        else if (fitted.answer !== null) valid[id] = fitted.answer;
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        report(id, `${shown(value)} is not a number; expected a finite number`);
      } else if (value < 0) {
        report(id, `${value} is negative; expected 0 or more`);
      } else if (question.maximum !== undefined && value > question.maximum) {
        report(id, `${value} is more than the largest accepted answer, ${question.maximum}`);
      } else valid[id] = value;
    }
  } catch {
    return { valid: {}, issues: [{ path: '', message: 'answers must be an object keyed by question id' }] };
  }
  if (unknown > MAX_UNKNOWN_LISTED)
    report('', `and ${unknown - MAX_UNKNOWN_LISTED} more keys that are not questions of rubric ${rubric.id}`);
  return { valid, issues };
}

/**
 * A choice answer as the rubric now names it (an earlier version's option id
 * reads as the option that `replaces` it), or a multi-choice answer as a list
 * of distinct option ids in the rubric's order (a single id, as an earlier
 * version stored it, is a list of one). `null` for an empty list (no answer);
 * a string for what is wrong.
 */
function fitChoice(question: ChoiceQuestion | MultiQuestion, value: unknown): { answer: AnswerValue | null } | string {
  const options = optionsById(question);
  const expected = `expected ${question.type === 'multi' ? 'a list of' : 'one of'} ${question.options.map((option) => option.id).join(', ')}`;
  if (question.type === 'choice') {
    const option = typeof value === 'string' ? options.get(value) : undefined;
    return option ? { answer: option.id } : `${shown(value)} is not an option; ${expected}`;
  }
  // At most each option once (twice over, for repeats): a list of a million is no answer.
  const list =
    typeof value === 'string'
      ? [value]
      : Array.isArray(value) && value.length <= question.options.length * 2
        ? (value as unknown[])
        : undefined;
  if (!list) return `${shown(value)} is not a list of options; ${expected}`;
  const chosen = new Set<ChoiceOption>();
  for (const item of list) {
    const option = typeof item === 'string' ? options.get(item) : undefined;
    if (!option) return `${shown(item)} is not an option; ${expected}`;
    chosen.add(option);
  }
  const exclusive = [...chosen].find((option) => option.exclusive);
  if (exclusive && chosen.size > 1) return `"${exclusive.id}" is chosen alone; it cannot go with other options`;
  return {
    answer: chosen.size ? question.options.filter((option) => chosen.has(option)).map((option) => option.id) : null,
  };
}
/** Unknown answer keys listed one by one; the rest are counted in one issue. */
const MAX_UNKNOWN_LISTED = 20;

/** Every problem with a set of answers; an empty list means they can be scored. Never throws. */
export const answerIssues = (rubric: Rubric, answers: unknown): AssessmentIssue[] => fitAnswers(rubric, answers).issues;

/**
 * The questions of a step (by index) that are asked with these answers, in
 * step order, leaving out those whose id is a key of `skip` (answered by the
 * host page).
 */
export function questionsAsked(
  rubric: Rubric,
  step: number,
  answers: Answers,
  skip: Readonly<Record<string, unknown>> = {},
): Question[] {
  const questions = questionsById(rubric);
  const askedNow = askedIds(rubric, answers);
  const asked: Question[] = [];
  for (const id of rubric.steps[step]?.questions ?? []) {
    const question = questions.get(id);
    if (question && !Object.hasOwn(skip, id) && askedNow.has(id)) asked.push(question);
  }
  return asked;
}

/**
 * The indices of the steps that ask anything with these answers (a step of
 * questions about a job offer, for someone without one, is passed over),
 * leaving out questions whose id is a key of `skip` (answered by the host).
 */
export function stepsAsked(rubric: Rubric, answers: Answers, skip: Readonly<Record<string, unknown>> = {}): number[] {
  const asked = askedIds(rubric, answers);
  const steps: number[] = [];
  rubric.steps.forEach((step, index) => {
    if (step.questions.some((id) => asked.has(id) && !Object.hasOwn(skip, id))) steps.push(index);
  });
  return steps;
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

/** A date as YYYY-MM-DD on the local clock: the applicant's own calendar day. */
export const localDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The applicant's day as YYYY-MM-DD: the text itself when it is one, the
 * local day of a date or of a date's text, and today for anything that is no
 * date (an Invalid Date must not make every rubric outdated).
 */
function dayOf(today: Date | string | undefined): string {
  if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today;
  const date = typeof today === 'string' ? new Date(today) : today;
  return localDate(date instanceof Date && !Number.isNaN(date.getTime()) ? date : new Date());
}

/** The total points of a set of answers: what "How to gain points" compares a better answer against. */
function totalOf(rubric: Rubric, answers: Answers): number {
  const kept = answersAsked(rubric, answers);
  const byCategory: Record<string, number> = {};
  for (const question of rubric.questions) {
    const answer = own(kept, question.id);
    if (question.category !== undefined && answer !== undefined)
      byCategory[question.category] =
        (own(byCategory, question.category) ?? 0) + pointsFor(rubric, question, answer, kept);
  }
  return clampCategories(rubric, byCategory);
}

/** Ids of the questions whose `askedWhen` reads another question: only their answers can change more than their own points. */
const deciding = new WeakMap<Rubric, Set<string>>();
function decidingIds(rubric: Rubric): Set<string> {
  let ids = deciding.get(rubric);
  if (!ids) {
    ids = new Set();
    const read = (condition: Condition): void => {
      if ('all' in condition) condition.all.forEach(read);
      else if ('any' in condition) condition.any.forEach(read);
      else if ('question' in condition) ids?.add(condition.question);
    };
    for (const question of rubric.questions) {
      if (question.askedWhen) read(question.askedWhen);
      // An answer that changes another option's points (a degree, the worth of a STEM degree).
      if (question.type !== 'number')
        for (const option of question.options) for (const entry of option.pointsWhen ?? []) read(entry.when);
    }
    deciding.set(rubric, ids);
  }
  return ids;
}

/** The nearest answer that earns this question more points than it has now, or null at the top. */
function nearestBetterAnswer(
  rubric: Rubric,
  question: Question,
  current: number,
  answer: AnswerValue | undefined,
  answers: Answers,
): AnswerValue | null {
  if (question.type !== 'number') {
    let best: ChoiceOption | null = null;
    let bestPoints = 0;
    for (const option of question.options) {
      const points = optionPoints(rubric, option, answers);
      if (points > current && (!best || points < bestPoints)) [best, bestPoints] = [option, points];
    }
    if (!best || question.type === 'choice') return best?.id ?? null;
    // One more place of work, beside those chosen (alone, when it must be).
    const kept =
      best.exclusive || !Array.isArray(answer)
        ? []
        : (answer as readonly string[]).filter((id) => !optionsById(question).get(id)?.exclusive);
    return question.options.filter((option) => option === best || kept.includes(option.id)).map((option) => option.id);
  }
  // Above the answer only: an age's bands fall again at higher ages, and a younger age is no answer to give.
  const band = question.bands?.find(
    (candidate) =>
      candidate.points > current &&
      (typeof answer !== 'number' || threshold(rubric, candidate.atLeast, question.scale) > answer),
  );
  if (!band) return null;
  const needed = threshold(rubric, band.atLeast, question.scale);
  return question.maximum !== undefined && needed > question.maximum ? null : needed;
}

/**
 * Scores a set of answers against a rubric.
 *
 * @param today The applicant's date, for `outdated` (the rubric's review date
 *   passed): a Date or its text (`'2026-01-01'`); the local clock's today by
 *   default, and for a value that is no date.
 * @throws AnswerError when an answer names an unknown question or option, or a
 *   number is negative, NaN, infinite or above the question's maximum: bad
 *   input is never scored silently.
 */
export function assess(rubric: Rubric, given: Answers, today?: Date | string): Assessment {
  // Scored from the checked copy, which is ours to change below.
  const { valid, issues } = fitAnswers(rubric, given);
  if (issues.length) throw new AnswerError(issues);
  const answers: Record<string, AnswerValue | undefined> = valid;

  const byCategory: Record<string, number> = {};
  for (const category of rubric.categories) byCategory[category.id] = 0;
  const askedNow = askedIds(rubric, answers);
  const deciders = decidingIds(rubric);
  // Only the answers to questions asked decide a pathway or another option's
  // points: a salary kept from before the applicant said they have no offer
  // yet meets nothing.
  const asked: Record<string, AnswerValue> = {};
  for (const id of askedNow) if (own(answers, id) !== undefined) asked[id] = answers[id] as AnswerValue;
  const criteria: CriterionScore[] = [];
  const missing: string[] = [];
  for (const question of rubric.questions) {
    const askedHere = askedNow.has(question.id);
    const answer = own(answers, question.id);
    if (askedHere && answer === undefined) missing.push(question.id);
    if (question.category === undefined) continue;
    const points = askedHere && answer !== undefined ? pointsFor(rubric, question, answer, asked) : 0;
    byCategory[question.category] = (own(byCategory, question.category) ?? 0) + points;
    criteria.push({
      id: question.id,
      category: question.category,
      points,
      max: maxPoints(question),
      asked: askedHere,
      next: null,
    });
  }
  // Each category within its caps (criteria keep their own points): the total is theirs.
  const total = clampCategories(rubric, byCategory);
  const clamped = new Set(
    rubric.categories
      .filter((category) => category.capped || category.min !== undefined)
      .map((category) => category.id),
  );
  for (const criterion of criteria) {
    const question = questionsById(rubric).get(criterion.id) as Question;
    const answer = own(answers, question.id);
    const better = criterion.asked ? nearestBetterAnswer(rubric, question, criterion.points, answer, asked) : null;
    if (better === null) continue;
    // The gain is this question's own, plus, for a question others are asked
    // by (a degree makes the university count), what the better answer
    // switches on or off: re-scored in full, since chains of askedWhen can
    // reach far (linear per such question; few questions are one).
    // Swapped in place and back, not copied.
    let gain = pointsFor(rubric, question, better, asked) - criterion.points;
    // In a capped category the gain is what the cap leaves of it.
    if (deciders.has(question.id) || clamped.has(criterion.category)) {
      answers[question.id] = better;
      gain = totalOf(rubric, answers) - total;
      answers[question.id] = answer;
    }
    criterion.next = { answer: better, points: gain };
  }

  let bonus = 0;
  for (const category of rubric.categories) if (category.bonus) bonus += byCategory[category.id] ?? 0;
  const scores = scoresOf({ categories: byCategory, total, criteria, missing });
  const pathways: Record<string, boolean> = {};
  const alternatives: string[] = [];
  let eligible = false;
  for (const pathway of rubric.pathways) {
    const met = (pathways[pathway.id] = holds(pathway.when, { rubric, answers: asked, scores }));
    if (pathway.alternative) alternatives.push(pathway.id);
    else eligible ||= met;
  }
  const { reviewDate } = rubric;

  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    total,
    max: rubric.total,
    passMark: rubric.passMark.value,
    categories: byCategory,
    bonus,
    criteria,
    pathways,
    alternatives,
    eligible,
    complete: missing.length === 0,
    missing,
    asked: [...askedNow],
    ...(reviewDate && { reviewDate }),
    // String order is date order for YYYY-MM-DD.
    outdated: !!reviewDate && dayOf(today) > reviewDate,
  };
}
