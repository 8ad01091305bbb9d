import { byId } from './by-id.js';
import { holds, threshold } from './conditions.js';
import { AnswerError } from './errors.js';
import { own } from './own.js';
import type {
  Answers,
  Condition,
  AnswerValue,
  Assessment,
  AssessmentIssue,
  CriterionScore,
  NextAnswer,
  Question,
  Rubric,
} from './types.js';

/** The rubric's questions by id, built once per rubric. */
export const questionsById = (rubric: Rubric): Map<string, Question> => byId(rubric.questions);

/** Whether a question is asked, given the other answers (its `when` condition). */
export function isAsked(rubric: Rubric, question: Question, answers: Answers): boolean {
  return question.when === undefined || holds(question.when, { rubric, answers });
}

/** The points one answer earns on its own. */
export function pointsFor(rubric: Rubric, question: Question, answer: AnswerValue): number {
  // find, not a Map: each answer is looked up once, so this is linear in the options, and faster for short lists.
  if (question.type === 'choice') return question.options.find((option) => option.id === answer)?.points ?? 0;
  let points = 0;
  for (const band of question.bands ?? []) {
    if ((answer as number) >= threshold(rubric, band.atLeast, question.scale)) points = band.points;
  }
  return points;
}

/** The most points a question can earn. */
export function maxPoints(question: Question): number {
  // A loop, not Math.max(...map()): assess calls this per criterion, and the
  // arrays were a fifth of its garbage.
  let max = 0;
  for (const { points = 0 } of question.type === 'choice' ? question.options : (question.bands ?? [])) if (points > max) max = points;
  return max;
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
export function fitAnswers(rubric: Rubric, answers: unknown): { valid: Record<string, AnswerValue>; issues: AssessmentIssue[] } {
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
      } else if (question.type === 'choice') {
        if (typeof value !== 'string' || !question.options.some((option) => option.id === value)) {
          report(id, `${shown(value)} is not an option; expected one of ${question.options.map((option) => option.id).join(', ')}`);
        } else valid[id] = value;
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
  if (unknown > MAX_UNKNOWN_LISTED) report('', `and ${unknown - MAX_UNKNOWN_LISTED} more keys that are not questions of rubric ${rubric.id}`);
  return { valid, issues };
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
export function questionsAsked(rubric: Rubric, step: number, answers: Answers, skip: Readonly<Record<string, unknown>> = {}): Question[] {
  const questions = questionsById(rubric);
  const asked: Question[] = [];
  for (const id of rubric.steps[step]?.questions ?? []) {
    const question = questions.get(id);
    if (question && !Object.hasOwn(skip, id) && isAsked(rubric, question, answers)) asked.push(question);
  }
  return asked;
}

/**
 * `total` and the points of every category, once every scored question that
 * is asked has an answer; undefined before (a partial total is not a score a
 * pathway can rest on).
 */
export function scoresOf(assessment: Pick<Assessment, 'categories' | 'total' | 'criteria' | 'missing'>): Record<string, number> | undefined {
  // A Set, not missing.includes per criterion: that was quadratic in the number of questions.
  const missing = new Set(assessment.missing);
  return assessment.criteria.some((criterion) => criterion.asked && missing.has(criterion.id)) ? undefined : { ...assessment.categories, total: assessment.total };
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

/** Ids of the questions a condition reads. */
function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  return 'question' in condition ? [condition.question] : [];
}

const dependentsIndex = new WeakMap<Rubric, Map<string, Question[]>>();

/** For each question, the scored questions whose `when` reads it (whose points its answer can switch on or off). */
function dependentsOf(rubric: Rubric, id: string): Question[] {
  let index = dependentsIndex.get(rubric);
  if (!index) {
    index = new Map();
    for (const question of rubric.questions) {
      if (question.category === undefined || !question.when) continue;
      // Each question read once (a `when` may read it twice), pushed, not
      // copied: copying the list per dependent was quadratic.
      for (const read of new Set(questionsIn(question.when))) {
        const dependents = index.get(read);
        if (dependents) dependents.push(question);
        else index.set(read, [question]);
      }
    }
    dependentsIndex.set(rubric, index);
  }
  return index.get(id) ?? [];
}

/** The points a question earns with these answers: 0 when unanswered or not asked. */
function earned(rubric: Rubric, question: Question, answers: Answers): number {
  const answer = own(answers, question.id);
  return answer !== undefined && isAsked(rubric, question, answers) ? pointsFor(rubric, question, answer) : 0;
}

/** The nearest answer that earns this question more points than it has now, or null at the top. */
function nearestBetterAnswer(rubric: Rubric, question: Question, current: number): AnswerValue | null {
  if (question.type === 'choice') {
    let best: { id: string; points: number } | null = null;
    for (const option of question.options) {
      const points = option.points ?? 0;
      if (points > current && (!best || points < best.points)) best = { id: option.id, points };
    }
    return best?.id ?? null;
  }
  const band = question.bands?.find((candidate) => candidate.points > current);
  if (!band) return null;
  const answer = threshold(rubric, band.atLeast, question.scale);
  return question.maximum !== undefined && answer > question.maximum ? null : answer;
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
  let total = 0;
  const criteria: CriterionScore[] = [];
  const missing: string[] = [];
  for (const question of rubric.questions) {
    const asked = isAsked(rubric, question, answers);
    const answer = own(answers, question.id);
    if (asked && answer === undefined) missing.push(question.id);
    if (question.category === undefined) continue;
    const points = asked && answer !== undefined ? pointsFor(rubric, question, answer) : 0;
    byCategory[question.category] = (own(byCategory, question.category) ?? 0) + points;
    total += points;
    let next: NextAnswer | null = null;
    const better = asked ? nearestBetterAnswer(rubric, question, points) : null;
    if (better !== null) {
      // The gain is this question's own plus what the better answer switches
      // on or off elsewhere (a degree makes the university count). Questions
      // depend only on unconditional answers (parseRubric checks it), so the
      // questions whose `when` reads this one are all that can change: the
      // gain is exact without re-scoring the whole rubric.
      // The answer is swapped in place and back, not copied: a copy per
      // question was quadratic in the number of answers.
      let gain = pointsFor(rubric, question, better) - points;
      const dependents = dependentsOf(rubric, question.id);
      for (const dependent of dependents) gain -= earned(rubric, dependent, answers);
      answers[question.id] = better;
      for (const dependent of dependents) gain += earned(rubric, dependent, answers);
      answers[question.id] = answer;
      next = { answer: better, points: gain };
    }
    criteria.push({ id: question.id, category: question.category, points, max: maxPoints(question), asked, next });
  }

  let bonus = 0;
  for (const category of rubric.categories) if (category.bonus) bonus += byCategory[category.id] ?? 0;
  const scores = scoresOf({ categories: byCategory, total, criteria, missing });
  const pathways: Record<string, boolean> = {};
  const alternatives: string[] = [];
  let eligible = false;
  for (const pathway of rubric.pathways) {
    const met = (pathways[pathway.id] = holds(pathway.when, { rubric, answers, scores }));
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
    ...(reviewDate && { reviewDate }),
    // String order is date order for YYYY-MM-DD.
    outdated: !!reviewDate && dayOf(today) > reviewDate,
  };
}
