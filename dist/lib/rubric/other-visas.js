import { routeOutlooks, nearestRoute } from './advice.js';
import { assess } from './assess.js';
import { trace, holds } from './conditions.js';
import { own } from './own.js';
import { scoresOf } from './assess/points.js';
import { answersAsked, questionsById } from './assess/asked.js';
import { fitAnswers } from './assess/fit-answers.js';

function answersFor(rubric, answers) {
  const questions = questionsById(rubric);
  const mine = {};
  for (const id in answers) if (Object.hasOwn(answers, id) && questions.has(id)) mine[id] = answers[id];
  const { valid, issues } = fitAnswers(rubric, mine);
  const assumed = [];
  for (const question of rubric.questions) {
    if (question.assumedAnswer === void 0 || valid[question.id] !== void 0) continue;
    valid[question.id] = question.assumedAnswer;
    assumed.push({ question: question.id, answer: question.assumedAnswer });
  }
  return { answers: valid, assumed, issues };
}
function decidingLeaves(node) {
  if (!node.parts) return [node];
  if ("all" in node.condition)
    return node.parts.flatMap((part) => node.holds ? decidingLeaves(part) : part.holds ? [] : decidingLeaves(part));
  const holding = node.parts.find((part) => part.holds);
  return holding ? decidingLeaves(holding) : node.parts.flatMap(decidingLeaves);
}
function assessVisa(rubric, given, today) {
  const { answers, assumed, issues } = answersFor(rubric, given);
  const assessment = assess(rubric, answers, today);
  const assumedIds = new Set(assumed.map((entry) => entry.question));
  const routes = rubric.pathways.filter((pathway) => !pathway.alternative);
  const met = routes.filter((pathway) => assessment.pathways[pathway.id]).map((pathway) => pathway.id);
  const outlooks = routeOutlooks(rubric, answers, assessment);
  const decidingId = met[0] ?? nearestRoute(outlooks)?.id ?? routes[0]?.id;
  const deciding = rubric.pathways.find((pathway) => pathway.id === decidingId);
  const missing = assessment.missing.filter((id) => !assumedIds.has(id));
  const context = { rubric, answers: answersAsked(rubric, answers), scores: scoresOf(assessment) };
  let facts = [];
  if (deciding) {
    const gaps = /* @__PURE__ */ new Map();
    for (const gap of outlooks.find((outlook) => outlook.id === deciding.id)?.gaps ?? [])
      gaps.set(JSON.stringify(gap.condition), gap);
    const leaves = met.length ? decidingLeaves(trace(deciding.when, context)) : [...gaps.values()].map((gap) => ({ condition: gap.condition, holds: false }));
    facts = leaves.map((leaf) => {
      const condition = leaf.condition;
      const fact = { condition, holds: leaf.holds };
      if ("question" in condition) {
        const answer = own(context.answers, condition.question);
        if (answer !== void 0) fact.answer = answer;
        if (assumedIds.has(condition.question)) fact.assumed = true;
      }
      const short = gaps.get(JSON.stringify(condition))?.short;
      if (!leaf.holds && short !== void 0) fact.short = short;
      return fact;
    });
  }
  const status = met.length ? "met" : missing.length && couldStillHold(rubric, routes, context, new Set(missing)) ? "needs-answers" : "not-met";
  const sourceIds = new Set(deciding?.sources ?? rubric.sources.map((source) => source.id));
  const result = {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    title: rubric.title,
    status,
    met,
    facts,
    assumed,
    missing,
    sources: rubric.sources.filter((source) => sourceIds.has(source.id)),
    next: deciding?.next ?? [],
    outdated: assessment.outdated,
    issues
  };
  if (decidingId) result.route = decidingId;
  if (rubric.total > 0) {
    let bonusMax = 0;
    for (const category of rubric.categories) if (category.bonus) bonusMax += category.max;
    result.points = {
      total: assessment.total,
      passMark: assessment.passMark,
      max: assessment.max,
      bonusMax,
      categories: assessment.categories,
      complete: !assessment.criteria.some((criterion) => criterion.asked && missing.includes(criterion.id))
    };
  }
  if (assessment.reviewDate) result.reviewDate = assessment.reviewDate;
  return result;
}
function couldStillHold(rubric, routes, context, missing) {
  const questions = questionsById(rubric);
  const possible = (condition) => {
    if ("all" in condition) return condition.all.every(possible);
    if ("any" in condition) return condition.any.some(possible);
    if (holds(condition, context)) return true;
    if ("score" in condition) return context.scores === void 0;
    if (missing.has(condition.question)) return true;
    const askedWhen = questions.get(condition.question)?.askedWhen;
    return askedWhen !== void 0 && !holds(askedWhen, context) && possible(askedWhen);
  };
  return routes.some((pathway) => possible(pathway.when));
}
function assessOtherVisas(rubrics, answers, today) {
  return rubrics.map((rubric) => assessVisa(rubric, answers, today));
}
function questionsToAsk(rubrics, answers) {
  const seen = /* @__PURE__ */ new Set();
  const toAsk = [];
  for (const rubric of rubrics) {
    const { answers: usable } = answersFor(rubric, answers);
    const { missing } = assess(rubric, usable);
    const questions = questionsById(rubric);
    for (const id of missing) {
      const question = questions.get(id);
      if (!question || seen.has(id) || question.assumedAnswer !== void 0) continue;
      seen.add(id);
      toAsk.push(question);
    }
  }
  return toAsk;
}
function sharedQuestionIssues(rubrics) {
  const first = /* @__PURE__ */ new Map();
  const issues = [];
  const shape = (question) => question.type === "number" ? `number in ${question.unit}` : `${question.type} of ${question.options.map((option) => option.id).join(", ")}`;
  for (const rubric of rubrics) {
    for (const question of rubric.questions) {
      const earlier = first.get(question.id);
      if (!earlier) first.set(question.id, { rubric, question });
      else if (shape(earlier.question) !== shape(question)) {
        issues.push({
          path: `${rubric.id}.${question.id}`,
          message: `is a ${shape(question)}, but in ${earlier.rubric.id} a ${shape(earlier.question)}`
        });
      }
    }
  }
  return issues;
}

export { assessOtherVisas, assessVisa, questionsToAsk, sharedQuestionIssues };
