import { byId } from './by-id.js';
import { holds, threshold } from './conditions.js';
import { AnswerError } from './errors.js';
import { own } from './own.js';

const questionsById = (rubric) => byId(rubric.questions);
function isAsked(rubric, question, answers) {
  return question.when === void 0 || holds(question.when, { rubric, answers });
}
function pointsFor(rubric, question, answer) {
  if (question.type === "choice") return question.options.find((option) => option.id === answer)?.points ?? 0;
  let points = 0;
  for (const band of question.bands ?? []) {
    if (answer >= threshold(rubric, band.atLeast, question.scale)) points = band.points;
  }
  return points;
}
function maxPoints(question) {
  let max = 0;
  for (const { points = 0 } of question.type === "choice" ? question.options : question.bands ?? []) if (points > max) max = points;
  return max;
}
const shown = (value) => typeof value === "string" ? JSON.stringify(value.length > 57 ? `${value.slice(0, 57)}\u2026` : value) : typeof value === "function" ? "a function" : typeof value === "object" && value ? "an object" : String(value);
function fitAnswers(rubric, answers) {
  const questions = questionsById(rubric);
  const valid = {};
  const issues = [];
  const report = (path, message) => issues.push({ path, message });
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
        report(id, `${shown(id)} is not a question of rubric ${rubric.id}`);
      } else if (value === void 0) {
        continue;
      } else if (question.type === "choice") {
        if (typeof value !== "string" || !question.options.some((option) => option.id === value)) {
          report(id, `${shown(value)} is not an option; expected one of ${question.options.map((option) => option.id).join(", ")}`);
        } else valid[id] = value;
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
  return { valid, issues };
}
const answerIssues = (rubric, answers) => fitAnswers(rubric, answers).issues;
function questionsAsked(rubric, step, answers, skip = {}) {
  const questions = questionsById(rubric);
  const asked = [];
  for (const id of rubric.steps[step]?.questions ?? []) {
    const question = questions.get(id);
    if (question && !Object.hasOwn(skip, id) && isAsked(rubric, question, answers)) asked.push(question);
  }
  return asked;
}
function scoresOf(assessment) {
  const missing = new Set(assessment.missing);
  return assessment.criteria.some((criterion) => criterion.asked && missing.has(criterion.id)) ? void 0 : { ...assessment.categories, total: assessment.total };
}
const localDate = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
function questionsIn(condition) {
  if ("all" in condition) return condition.all.flatMap(questionsIn);
  if ("any" in condition) return condition.any.flatMap(questionsIn);
  return "question" in condition ? [condition.question] : [];
}
const dependentsIndex = /* @__PURE__ */ new WeakMap();
function dependentsOf(rubric, id) {
  let index = dependentsIndex.get(rubric);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const question of rubric.questions) {
      if (question.category === void 0 || !question.when) continue;
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
function earned(rubric, question, answers) {
  const answer = own(answers, question.id);
  return answer !== void 0 && isAsked(rubric, question, answers) ? pointsFor(rubric, question, answer) : 0;
}
function nearestBetterAnswer(rubric, question, current) {
  if (question.type === "choice") {
    let best = null;
    for (const option of question.options) {
      const points = option.points ?? 0;
      if (points > current && (!best || points < best.points)) best = { id: option.id, points };
    }
    return best?.id ?? null;
  }
  const band = question.bands?.find((candidate) => candidate.points > current);
  if (!band) return null;
  const answer = threshold(rubric, band.atLeast, question.scale);
  return question.maximum !== void 0 && answer > question.maximum ? null : answer;
}
function assess(rubric, given, today) {
  const { valid, issues } = fitAnswers(rubric, given);
  if (issues.length) throw new AnswerError(issues);
  const answers = valid;
  const byCategory = {};
  for (const category of rubric.categories) byCategory[category.id] = 0;
  let total = 0;
  const criteria = [];
  const missing = [];
  for (const question of rubric.questions) {
    const asked = isAsked(rubric, question, answers);
    const answer = own(answers, question.id);
    if (asked && answer === void 0) missing.push(question.id);
    if (question.category === void 0) continue;
    const points = asked && answer !== void 0 ? pointsFor(rubric, question, answer) : 0;
    byCategory[question.category] = (own(byCategory, question.category) ?? 0) + points;
    total += points;
    let next = null;
    const better = asked ? nearestBetterAnswer(rubric, question, points) : null;
    if (better !== null) {
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
  const pathways = {};
  const alternatives = [];
  let eligible = false;
  for (const pathway of rubric.pathways) {
    const met = pathways[pathway.id] = holds(pathway.when, { rubric, answers, scores });
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
    ...reviewDate && { reviewDate },
    // String order is date order for YYYY-MM-DD.
    outdated: !!reviewDate && localDate(today ?? /* @__PURE__ */ new Date()) > reviewDate
  };
}

export { answerIssues, assess, fitAnswers, isAsked, localDate, maxPoints, pointsFor, questionsAsked, questionsById, scoresOf };
