import { byId } from './by-id.js';
import { own } from './own.js';

function holds(condition, context) {
  if ("all" in condition) return condition.all.every((part) => holds(part, context));
  if ("any" in condition) return condition.any.some((part) => holds(part, context));
  if ("score" in condition) {
    const score = own(context.scores, condition.score);
    const atLeast = condition.atLeast === "passMark" ? context.rubric.passMark.value : condition.atLeast;
    return score !== void 0 && score >= atLeast;
  }
  const answer = own(context.answers, condition.question);
  if (answer === void 0) return false;
  if ("in" in condition) return typeof answer === "string" && condition.in.includes(answer);
  if ("includes" in condition)
    return Array.isArray(answer) && condition.includes.some((option) => answer.includes(option));
  return typeof answer === "number" && answer >= threshold(context.rubric, condition.atLeast, condition.times);
}
function trace(condition, context) {
  if ("all" in condition || "any" in condition) {
    const parts = ("all" in condition ? condition.all : condition.any).map((part) => trace(part, context));
    const outcome = "all" in condition ? parts.every((part) => part.holds) : parts.some((part) => part.holds);
    return { condition, holds: outcome, parts };
  }
  return { condition, holds: holds(condition, context) };
}
function threshold(rubric, atLeast, scale) {
  return scale === void 0 ? atLeast : atLeast * (parameter(rubric, scale)?.value ?? Number.NaN);
}
const parameter = (rubric, id) => byId(rubric.parameters).get(id);

export { holds, parameter, threshold, trace };
