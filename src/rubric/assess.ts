import { holds, threshold } from './conditions.js';
import { AnswerError } from './errors.js';
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

const questionIndex = new WeakMap<Rubric, Map<string, Question>>();

/** The rubric's questions by id, built once per rubric object. */
export function questionsById(rubric: Rubric): Map<string, Question> {
  let index = questionIndex.get(rubric);
  if (!index) {
    index = new Map(rubric.questions.map((question) => [question.id, question]));
    questionIndex.set(rubric, index);
  }
  return index;
}

/** Whether a question is asked, given the other answers (its `when` condition). */
export function isAsked(rubric: Rubric, question: Question, answers: Answers): boolean {
  return question.when === undefined || holds(question.when, { rubric, answers });
}

/** The points one answer earns on its own. */
export function pointsFor(rubric: Rubric, question: Question, answer: AnswerValue): number {
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

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Every problem with a set of answers; an empty list means they can be scored. */
export function answerIssues(rubric: Rubric, answers: unknown): AssessmentIssue[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [{ path: '', message: 'answers must be an object keyed by question id' }];
  }
  const questions = questionsById(rubric);
  const issues: AssessmentIssue[] = [];
  // for…in, not Object.entries: this runs on every assessment, and the
  // entry arrays were garbage (answers are plain objects, checked above).
  for (const id in answers) {
    const value = (answers as Record<string, unknown>)[id];
    const question = questions.get(id);
    if (!question) {
      issues.push({ path: id, message: `${shown(id)} is not a question of rubric ${rubric.id}` });
    } else if (value === undefined) {
      continue;
    } else if (question.type === 'choice') {
      if (typeof value !== 'string' || !question.options.some((option) => option.id === value)) {
        const allowed = question.options.map((option) => option.id).join(', ');
        issues.push({ path: id, message: `${shown(value)} is not an option; expected one of ${allowed}` });
      }
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ path: id, message: `${shown(value)} is not a number; expected a finite number` });
    } else if (value < 0) {
      issues.push({ path: id, message: `${value} is negative; expected 0 or more` });
    } else if (question.maximum !== undefined && value > question.maximum) {
      issues.push({ path: id, message: `${value} is more than the largest accepted answer, ${question.maximum}` });
    }
  }
  return issues;
}

/**
 * The answers that fit the rubric, and the issues of the rest (each with its
 * question id as path): what a form keeps from a prefill, a stored copy or a
 * previous rubric.
 */
export function fitAnswers(rubric: Rubric, answers: Answers): { valid: Record<string, AnswerValue>; issues: AssessmentIssue[] } {
  const issues = answerIssues(rubric, answers);
  const bad = new Set(issues.map((issue) => issue.path));
  const valid: Record<string, AnswerValue> = {};
  if (issues[0]?.path !== '') {
    for (const id in answers) {
      const value = answers[id];
      if (value !== undefined && !bad.has(id)) valid[id] = value;
    }
  }
  return { valid, issues };
}

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
    if (question && !(id in skip) && isAsked(rubric, question, answers)) asked.push(question);
  }
  return asked;
}

/**
 * `total` and the points of every category, once every scored question that
 * is asked has an answer; undefined before (a partial total is not a score a
 * pathway can rest on).
 */
export function scoresOf(assessment: Pick<Assessment, 'categories' | 'total' | 'criteria' | 'missing'>): Record<string, number> | undefined {
  for (const criterion of assessment.criteria) if (criterion.asked && assessment.missing.includes(criterion.id)) return undefined;
  return { ...assessment.categories, total: assessment.total };
}

/** A date as YYYY-MM-DD on the local clock: the applicant's own calendar day. */
export const localDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

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
      for (const read of questionsIn(question.when)) index.set(read, [...(index.get(read) ?? []), question]);
    }
    dependentsIndex.set(rubric, index);
  }
  return index.get(id) ?? [];
}

/** The points a question earns with these answers: 0 when unanswered or not asked. */
function earned(rubric: Rubric, question: Question, answers: Answers): number {
  const answer = answers[question.id];
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
 *   passed); the local clock's today by default.
 * @throws AnswerError when an answer names an unknown question or option, or a
 *   number is negative, NaN, infinite or above the question's maximum: bad
 *   input is never scored silently.
 */
export function assess(rubric: Rubric, answers: Answers, today?: Date): Assessment {
  const issues = answerIssues(rubric, answers);
  if (issues.length) throw new AnswerError(issues);

  const byCategory: Record<string, number> = {};
  for (const category of rubric.categories) byCategory[category.id] = 0;
  let total = 0;
  const criteria: CriterionScore[] = [];
  const missing: string[] = [];
  for (const question of rubric.questions) {
    const asked = isAsked(rubric, question, answers);
    const answer = answers[question.id];
    if (asked && answer === undefined) missing.push(question.id);
    if (question.category === undefined) continue;
    const points = asked && answer !== undefined ? pointsFor(rubric, question, answer) : 0;
    byCategory[question.category] = (byCategory[question.category] ?? 0) + points;
    total += points;
    let next: NextAnswer | null = null;
    const better = asked ? nearestBetterAnswer(rubric, question, points) : null;
    if (better !== null) {
      // The gain is this question's own plus what the better answer switches
      // on or off elsewhere (a degree makes the university count). Questions
      // depend only on unconditional answers (parseRubric checks it), so the
      // questions whose `when` reads this one are all that can change: the
      // gain is exact without re-scoring the whole rubric.
      let gain = pointsFor(rubric, question, better) - points;
      const dependents = dependentsOf(rubric, question.id);
      if (dependents.length) {
        const changed = { ...answers, [question.id]: better };
        for (const dependent of dependents) gain += earned(rubric, dependent, changed) - earned(rubric, dependent, answers);
      }
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
    outdated: !!reviewDate && localDate(today ?? new Date()) > reviewDate,
  };
}
