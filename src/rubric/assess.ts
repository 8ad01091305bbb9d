import { holds } from './conditions.js';
import { AnswerError } from './errors.js';
import { own } from './own.js';
import type { Answers, AnswerValue, Assessment, CriterionScore, Question, Rubric } from './types.js';
import { askedIds, questionsById } from './assess/asked.js';
import { decidingIds, nearestBetterAnswer, totalOf } from './assess/better-answer.js';
import { fitAnswers } from './assess/fit-answers.js';
import { clampCategories, maxPoints, pointsFor, scoresOf } from './assess/points.js';

// The engine's scoring, by job: assess/asked.ts (which questions are asked),
// assess/points.ts (what an answer earns), assess/fit-answers.ts (checking
// answers from outside), assess/better-answer.ts (how to gain points). Their
// public functions are exported from here, as before.
export { answersAsked, askedIds, isAsked, questionsAsked, questionsById, stepsAsked } from './assess/asked.js';
export { answerIssues, fitAnswers } from './assess/fit-answers.js';
export { clampCategories, maxPoints, minPoints, optionsById, pointsFor, scoresOf } from './assess/points.js';

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
