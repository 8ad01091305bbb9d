import { byId } from './by-id.js';
import { own } from './own.js';
import type { Answers, Condition, Parameter, Rubric } from './types.js';

/** What a condition is evaluated against. */
export interface ConditionContext {
  rubric: Rubric;
  answers: Answers;
  /**
   * `total` and every category id, once every scored question that is asked
   * has an answer (`scoresOf` in assess.ts); absent before, when no score
   * condition holds.
   */
  scores?: Readonly<Record<string, number>> | undefined;
}

/** A condition with its outcome, and the outcomes of its parts: the reason a pathway holds or not. */
export interface ConditionTrace {
  condition: Condition;
  holds: boolean;
  parts?: ConditionTrace[];
}

/**
 * Whether a condition holds. An unanswered question never satisfies a
 * condition, so a missing answer can only withhold a pathway, never grant it.
 * Callers pass the answers of the questions asked (`answersAsked`): an answer
 * kept for a question no longer asked decides nothing.
 */
export function holds(condition: Condition, context: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((part) => holds(part, context));
  if ('any' in condition) return condition.any.some((part) => holds(part, context));
  if ('score' in condition) {
    const score = own(context.scores, condition.score);
    const atLeast = condition.atLeast === 'passMark' ? context.rubric.passMark.value : condition.atLeast;
    return score !== undefined && score >= atLeast;
  }
  const answer = own(context.answers, condition.question);
  if (answer === undefined) return false;
  if ('in' in condition) return typeof answer === 'string' && condition.in.includes(answer);
  if ('includes' in condition)
    return Array.isArray(answer) && condition.includes.some((option) => answer.includes(option));
  return typeof answer === 'number' && answer >= threshold(context.rubric, condition.atLeast, condition.times);
}

/** Like `holds`, keeping the outcome of every part, for explaining a pathway to a person. */
export function trace(condition: Condition, context: ConditionContext): ConditionTrace {
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any).map((part) => trace(part, context));
    const outcome = 'all' in condition ? parts.every((part) => part.holds) : parts.some((part) => part.holds);
    return { condition, holds: outcome, parts };
  }
  return { condition, holds: holds(condition, context) };
}

/**
 * `atLeast` in the answer's own unit. Salary bands are multiples of GNI per
 * capita: multiplying here (`k * gni`), rather than dividing the salary, keeps
 * an answer of exactly 3x GNI at exactly the threshold, with no float drift.
 */
export function threshold(rubric: Rubric, atLeast: number, scale: string | undefined): number {
  return scale === undefined ? atLeast : atLeast * (parameter(rubric, scale)?.value ?? Number.NaN);
}

/** A rubric parameter by id. */
export const parameter = (rubric: Rubric, id: string): Parameter | undefined => byId(rubric.parameters).get(id);
