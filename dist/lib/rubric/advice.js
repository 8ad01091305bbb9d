import { holds, threshold } from './conditions.js';
import { own } from './own.js';
import { answersAsked, questionsById } from './assess/asked.js';

const CHANGEABILITY = ["no", "time", "offer", "action"];
const changeabilityOf = (question) => question?.changeable ?? (question?.fact ? "no" : "action");
function effortOf(changeable, short, unit, needed = 0) {
  if (changeable === "no") return Infinity;
  if (unit === "points") return Math.max(1, Math.ceil(short ?? 1));
  if (unit === "years") return Math.max(1, Math.ceil((short ?? 1) * 10));
  if (unit === "KRW") return needed > 0 ? Math.max(1, Math.ceil((short ?? needed) / needed * 100)) : 100;
  return changeable === "offer" ? 20 : 10;
}
function lowestThresholds(rubric) {
  const lowest = /* @__PURE__ */ new Map();
  const walk = (condition) => {
    if ("all" in condition) condition.all.forEach(walk);
    else if ("any" in condition) condition.any.forEach(walk);
    else if ("question" in condition && "atLeast" in condition) {
      const needed = threshold(rubric, condition.atLeast, condition.times);
      if (needed > 0 && !(needed >= (lowest.get(condition.question) ?? Infinity)))
        lowest.set(condition.question, needed);
    }
  };
  for (const pathway of rubric.pathways) walk(pathway.when);
  return lowest;
}
function gapsOf(condition, context, seen) {
  const { rubric } = context;
  if (holds(condition, { rubric, answers: context.asked, scores: context.scores })) return [];
  if ("all" in condition) return largestPerQuestion(condition.all.flatMap((part) => gapsOf(part, context, seen)));
  if ("any" in condition) {
    let best;
    for (const part of condition.any) {
      const gaps = gapsOf(part, context, new Set(seen));
      if (!best || sum(gaps) < sum(best)) best = gaps;
    }
    for (const gap2 of best ?? []) if ("question" in gap2.condition) seen.add(gap2.condition.question);
    return best ?? [];
  }
  if ("score" in condition) {
    const needed = condition.atLeast === "passMark" ? rubric.passMark.value : condition.atLeast;
    const score = condition.score === "total" ? context.assessment.total : context.assessment.categories[condition.score] ?? 0;
    const short = needed - score;
    if (short <= 0) return unanswered(context);
    return [{ condition, changeable: "action", short, effort: effortOf("action", short, "points") }];
  }
  const question = questionsById(rubric).get(condition.question);
  const before = question && !context.askedIds.has(question.id) && question.askedWhen ? gapsOf(question.askedWhen, context, seen) : [];
  const numeric = "atLeast" in condition && question?.type === "number";
  if (seen.has(condition.question) && !numeric) return before;
  seen.add(condition.question);
  const changeable = condition.changeable ?? changeabilityOf(question);
  const unasked = question !== void 0 && !context.askedIds.has(question.id);
  let gap = { condition, changeable, effort: effortOf(changeable, void 0, "choice") };
  if ("atLeast" in condition && question?.type === "number") {
    const needed = threshold(rubric, condition.atLeast, condition.times);
    const answer = own(context.asked, question.id);
    const given = typeof answer === "number";
    const short = needed - (given ? answer : 0);
    const from = question.unit === "KRW" && !given ? context.lowest.get(question.id) ?? needed : needed;
    gap = {
      condition,
      changeable,
      short,
      effort: effortOf(changeable, short / from * needed, question.unit === "age" ? "years" : question.unit, needed)
    };
  }
  return [...before, unasked ? { ...gap, unasked } : gap];
}
function unanswered({ rubric, assessment, askedIds }) {
  const questions = questionsById(rubric);
  return assessment.missing.filter((id) => askedIds.has(id)).map((id) => {
    const question = questions.get(id);
    const condition = question.type === "number" ? { question: id, atLeast: 0 } : question.type === "multi" ? { question: id, includes: [] } : { question: id, in: question.options.map((option) => option.id) };
    return { condition, changeable: "action", effort: 1 };
  });
}
function largestPerQuestion(gaps) {
  const kept = [];
  const at = /* @__PURE__ */ new Map();
  for (const gap of gaps) {
    const id = "question" in gap.condition && gap.short !== void 0 ? gap.condition.question : void 0;
    const index = id === void 0 ? void 0 : at.get(id);
    if (index === void 0) {
      if (id !== void 0) at.set(id, kept.length);
      kept.push(gap);
    } else {
      const was = kept[index];
      if (gap.effort > was.effort || gap.effort === was.effort && (gap.short ?? 0) > (was.short ?? 0))
        kept[index] = gap;
    }
  }
  return kept;
}
const sum = (gaps) => gaps.reduce((total, gap) => total + gap.effort, 0);
function routeOutlooks(rubric, answers, assessment) {
  const asked = answersAsked(rubric, answers);
  const missing = new Set(assessment.missing);
  const scores = assessment.criteria.some((criterion) => criterion.asked && missing.has(criterion.id)) ? void 0 : { ...assessment.categories, total: assessment.total };
  const context = {
    rubric,
    asked,
    askedIds: new Set(assessment.asked),
    scores,
    assessment,
    lowest: lowestThresholds(rubric)
  };
  return rubric.pathways.map((pathway) => {
    const met = !!assessment.pathways[pathway.id];
    const gaps = met ? [] : gapsOf(pathway.when, context, /* @__PURE__ */ new Set());
    const effort = sum(gaps);
    return {
      id: pathway.id,
      alternative: !!pathway.alternative,
      standing: met ? "met" : effort === Infinity ? "closed" : "open",
      effort,
      gaps
    };
  });
}
function nearestRoute(outlooks) {
  let nearest;
  for (const outlook of outlooks) {
    if (outlook.alternative || outlook.standing !== "open") continue;
    if (!nearest || outlook.effort < nearest.effort) nearest = outlook;
  }
  return nearest;
}

export { CHANGEABILITY, changeabilityOf, effortOf, nearestRoute, routeOutlooks };
