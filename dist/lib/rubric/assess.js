import { byId } from './by-id.js';
import { holds, threshold } from './conditions.js';
import { AnswerError } from './errors.js';
import { own } from './own.js';

const questionsById = (rubric) => byId(rubric.questions);
function askedIds(rubric, answers) {
  const questions = questionsById(rubric);
  const asked = /* @__PURE__ */ new Set();
  const before = {};
  for (const step of rubric.steps) {
    for (const id of step.questions) {
      const question = questions.get(id);
      if (!question || question.askedWhen && !holds(question.askedWhen, { rubric, answers: before })) continue;
      asked.add(id);
      const answer = own(answers, id);
      if (answer !== void 0) before[id] = answer;
    }
  }
  return asked;
}
function answersAsked(rubric, answers) {
  const kept = {};
  for (const id of askedIds(rubric, answers)) {
    const answer = own(answers, id);
    if (answer !== void 0) kept[id] = answer;
  }
  return kept;
}
const isAsked = (rubric, question, answers) => askedIds(rubric, answers).has(question.id);
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
const shown = (value) => typeof value === "string" ? JSON.stringify(value.length > 57 ? `${value.slice(0, 57)}\u2026` : value) : typeof value === "function" ? "a function" : typeof value === "object" && value ? "an object" : String(value);
function fitAnswers(rubric, answers) {
  const questions = questionsById(rubric);
  const valid = {};
  const issues = [];
  const report = (path, message) => issues.push({ path, message });
  let unknown = 0;
  try {
    if (typeof answers !== "object" || !answers || Array.isArray(answers)) throw 0;
    for (const id in answers) {
      if (!Object.hasOwn(answers, id)) continue;
      let value;
      try {
        value = answers[id];
      } catch {
        report(id, "could not be read");
        continue;
      }
      const question = questions.get(id);
      if (!question) {
        if (++unknown <= MAX_UNKNOWN_LISTED) report(id, `${shown(id)} is not a question of rubric ${rubric.id}`);
      } else if (value === void 0) {
        continue;
      } else if (question.type !== "number") {
        const fitted = fitChoice(question, value);
        if (typeof fitted === "string") report(id, fitted);
        else if (fitted.answer !== null) valid[id] = fitted.answer;
      } else if (typeof value !== "number" || !Number.isFinite(value)) {
        report(id, `${shown(value)} is not a number; expected a finite number`);
      } else if (value < 0) {
        report(id, `${value} is negative; expected 0 or more`);
      } else if (question.maximum !== void 0 && value > question.maximum) {
        report(id, `${value} is more than the largest accepted answer, ${question.maximum}`);
      } else valid[id] = value;
    }
  } catch {
    return { valid: {}, issues: [{ path: "", message: "answers must be an object keyed by question id" }] };
  }
  if (unknown > MAX_UNKNOWN_LISTED)
    report("", `and ${unknown - MAX_UNKNOWN_LISTED} more keys that are not questions of rubric ${rubric.id}`);
  return { valid, issues };
}
function fitChoice(question, value) {
  const options = optionsById(question);
  const expected = `expected ${question.type === "multi" ? "a list of" : "one of"} ${question.options.map((option) => option.id).join(", ")}`;
  if (question.type === "choice") {
    const option = typeof value === "string" ? options.get(value) : void 0;
    return option ? { answer: option.id } : `${shown(value)} is not an option; ${expected}`;
  }
  const list = typeof value === "string" ? [value] : Array.isArray(value) && value.length <= question.options.length * 2 ? value : void 0;
  if (!list) return `${shown(value)} is not a list of options; ${expected}`;
  const chosen = /* @__PURE__ */ new Set();
  for (const item of list) {
    const option = typeof item === "string" ? options.get(item) : void 0;
    if (!option) return `${shown(item)} is not an option; ${expected}`;
    chosen.add(option);
  }
  const exclusive = [...chosen].find((option) => option.exclusive);
  if (exclusive && chosen.size > 1) return `"${exclusive.id}" is chosen alone; it cannot go with other options`;
  return {
    answer: chosen.size ? question.options.filter((option) => chosen.has(option)).map((option) => option.id) : null
  };
}
const MAX_UNKNOWN_LISTED = 20;
const answerIssues = (rubric, answers) => fitAnswers(rubric, answers).issues;
function questionsAsked(rubric, step, answers, skip = {}) {
  const questions = questionsById(rubric);
  const askedNow = askedIds(rubric, answers);
  const asked = [];
  for (const id of rubric.steps[step]?.questions ?? []) {
    const question = questions.get(id);
    if (question && !Object.hasOwn(skip, id) && askedNow.has(id)) asked.push(question);
  }
  return asked;
}
function stepsAsked(rubric, answers, skip = {}) {
  const asked = askedIds(rubric, answers);
  const steps = [];
  rubric.steps.forEach((step, index) => {
    if (step.questions.some((id) => asked.has(id) && !Object.hasOwn(skip, id))) steps.push(index);
  });
  return steps;
}
function scoresOf(assessment) {
  const missing = new Set(assessment.missing);
  return assessment.criteria.some((criterion) => criterion.asked && missing.has(criterion.id)) ? void 0 : { ...assessment.categories, total: assessment.total };
}
const localDate = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
function dayOf(today) {
  if (typeof today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today;
  const date = typeof today === "string" ? new Date(today) : today;
  return localDate(date instanceof Date && !Number.isNaN(date.getTime()) ? date : /* @__PURE__ */ new Date());
}
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

export { answerIssues, answersAsked, askedIds, assess, clampCategories, fitAnswers, isAsked, localDate, maxPoints, minPoints, optionsById, pointsFor, questionsAsked, questionsById, scoresOf, stepsAsked };
