import { holds } from './conditions.js';
import { AnswerError } from './errors.js';
import { own } from './own.js';
import { askedIds, questionsById } from './assess/asked.js';
export { answersAsked, isAsked, questionsAsked, stepsAsked } from './assess/asked.js';
import { decidingIds, nearestBetterAnswer, totalOf } from './assess/better-answer.js';
import { fitAnswers } from './assess/fit-answers.js';
export { answerIssues } from './assess/fit-answers.js';
import { pointsFor, maxPoints, clampCategories, scoresOf } from './assess/points.js';
export { minPoints, optionsById } from './assess/points.js';

const localDate = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
function dayOf(today) {
  if (typeof today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today;
  const date = typeof today === "string" ? new Date(today) : today;
  return localDate(date instanceof Date && !Number.isNaN(date.getTime()) ? date : /* @__PURE__ */ new Date());
}
function assess(rubric, given, today) {
  const { valid, issues } = fitAnswers(rubric, given);
  if (issues.length) throw new AnswerError(issues);
  const answers = valid;
  const byCategory = {};
  for (const category of rubric.categories) byCategory[category.id] = 0;
  const askedNow = askedIds(rubric, answers);
  const deciders = decidingIds(rubric);
  const asked = {};
  for (const id of askedNow) if (own(answers, id) !== void 0) asked[id] = answers[id];
  const criteria = [];
  const missing = [];
  for (const question of rubric.questions) {
    const askedHere = askedNow.has(question.id);
    const answer = own(answers, question.id);
    if (askedHere && answer === void 0) missing.push(question.id);
    if (question.category === void 0) continue;
    const points = askedHere && answer !== void 0 ? pointsFor(rubric, question, answer, asked) : 0;
    byCategory[question.category] = (own(byCategory, question.category) ?? 0) + points;
    criteria.push({
      id: question.id,
      category: question.category,
      points,
      max: maxPoints(question),
      asked: askedHere,
      next: null
    });
  }
  const total = clampCategories(rubric, byCategory);
  const clamped = new Set(
    rubric.categories.filter((category) => category.capped || category.min !== void 0).map((category) => category.id)
  );
  for (const criterion of criteria) {
    const question = questionsById(rubric).get(criterion.id);
    const answer = own(answers, question.id);
    const better = criterion.asked ? nearestBetterAnswer(rubric, question, criterion.points, answer, asked) : null;
    if (better === null) continue;
    let gain = pointsFor(rubric, question, better, asked) - criterion.points;
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
  const pathways = {};
  const alternatives = [];
  let eligible = false;
  for (const pathway of rubric.pathways) {
    const met = pathways[pathway.id] = holds(pathway.when, { rubric, answers: asked, scores });
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
    ...reviewDate && { reviewDate },
    // String order is date order for YYYY-MM-DD.
    outdated: !!reviewDate && dayOf(today) > reviewDate
  };
}

export { askedIds, assess, clampCategories, fitAnswers, localDate, maxPoints, pointsFor, questionsById, scoresOf };
