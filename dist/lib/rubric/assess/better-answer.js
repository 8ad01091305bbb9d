import { threshold } from '../conditions.js';
import { own } from '../own.js';
import { answersAsked } from './asked.js';
import { optionPoints, optionsById, pointsFor, clampCategories } from './points.js';

function totalOf(rubric, answers) {
  const kept = answersAsked(rubric, answers);
  const byCategory = {};
  for (const question of rubric.questions) {
    const answer = own(kept, question.id);
    if (question.category !== void 0 && answer !== void 0)
      byCategory[question.category] = (own(byCategory, question.category) ?? 0) + pointsFor(rubric, question, answer, kept);
  }
  return clampCategories(rubric, byCategory);
}
const deciding = /* @__PURE__ */ new WeakMap();
function decidingIds(rubric) {
  let ids = deciding.get(rubric);
  if (!ids) {
    ids = /* @__PURE__ */ new Set();
    const read = (condition) => {
      if ("all" in condition) condition.all.forEach(read);
      else if ("any" in condition) condition.any.forEach(read);
      else if ("question" in condition) ids?.add(condition.question);
    };
    for (const question of rubric.questions) {
      if (question.askedWhen) read(question.askedWhen);
      if (question.type !== "number")
        for (const option of question.options) for (const entry of option.pointsWhen ?? []) read(entry.when);
    }
    deciding.set(rubric, ids);
  }
  return ids;
}
function nearestBetterAnswer(rubric, question, current, answer, answers) {
  if (question.type !== "number") {
    let best = null;
    let bestPoints = 0;
    for (const option of question.options) {
      const points = optionPoints(rubric, option, answers);
      if (points > current && (!best || points < bestPoints)) [best, bestPoints] = [option, points];
    }
    if (!best || question.type === "choice") return best?.id ?? null;
    const kept = best.exclusive || !Array.isArray(answer) ? [] : answer.filter((id) => !optionsById(question).get(id)?.exclusive);
    return question.options.filter((option) => option === best || kept.includes(option.id)).map((option) => option.id);
  }
  const band = question.bands?.find(
    (candidate) => candidate.points > current && (typeof answer !== "number" || threshold(rubric, candidate.atLeast, question.scale) > answer)
  );
  if (!band) return null;
  const needed = threshold(rubric, band.atLeast, question.scale);
  return question.maximum !== void 0 && needed > question.maximum ? null : needed;
}

export { decidingIds, nearestBetterAnswer, totalOf };
