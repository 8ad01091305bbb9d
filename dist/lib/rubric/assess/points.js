import { byId } from '../by-id.js';
import { threshold, holds } from '../conditions.js';
import { own } from '../own.js';

const optionIndex = /* @__PURE__ */ new WeakMap();
function optionsById(question) {
  let index = optionIndex.get(question);
  if (!index) {
    index = byId(question.options);
    for (const option of question.options)
      for (const old of option.replaces ?? []) if (!index.has(old)) index.set(old, option);
    optionIndex.set(question, index);
  }
  return index;
}
function optionPoints(rubric, option, answers) {
  if (answers && option.pointsWhen) {
    for (const entry of option.pointsWhen) if (holds(entry.when, { rubric, answers })) return entry.points;
  }
  return option.points ?? 0;
}
function pointsFor(rubric, question, answer, answers) {
  if (question.type === "choice") {
    const option = question.options.find((candidate) => candidate.id === answer);
    return option ? optionPoints(rubric, option, answers) : 0;
  }
  if (question.type === "multi") {
    let best = 0;
    for (const option of question.options) {
      if (!answer.includes(option.id)) continue;
      const points2 = optionPoints(rubric, option, answers);
      if (points2 > best) best = points2;
    }
    return best;
  }
  let points = 0;
  for (const band of question.bands ?? []) {
    if (answer >= threshold(rubric, band.atLeast, question.scale)) points = band.points;
  }
  return points;
}
function extremePoints(question, sign) {
  let best = 0;
  const take = (points = 0) => {
    if (points * sign > best * sign) best = points;
  };
  if (question.type === "number") for (const band of question.bands ?? []) take(band.points);
  else {
    for (const option of question.options) {
      take(option.points);
      for (const entry of option.pointsWhen ?? []) take(entry.points);
    }
  }
  return best;
}
const maxPoints = (question) => extremePoints(question, 1);
const minPoints = (question) => extremePoints(question, -1);
function clampCategories(rubric, byCategory) {
  let total = 0;
  for (const category of rubric.categories) {
    let points = own(byCategory, category.id) ?? 0;
    if (category.capped && points > category.max) points = category.max;
    if (category.min !== void 0 && points < category.min) points = category.min;
    byCategory[category.id] = points;
    total += points;
  }
  return total;
}
function scoresOf(assessment) {
  const missing = new Set(assessment.missing);
  return assessment.criteria.some((criterion) => criterion.asked && missing.has(criterion.id)) ? void 0 : { ...assessment.categories, total: assessment.total };
}

export { clampCategories, maxPoints, minPoints, optionPoints, optionsById, pointsFor, scoresOf };
