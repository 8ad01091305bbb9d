// The condition trees (askedWhen, pointsWhen, a route's when): their forms, and
// what each may read. A recursive zod schema would cost more than these rules.
import { RUBRIC_LIMITS } from '../rubric-limits.js';
import { isObject, type RuleContext } from './context.js';
import type { LooseQuestion } from './loose.js';

const CONDITION_FORMS =
  '{all}, {any}, {question, in}, {question, includes}, {question, atLeast, times?} or {score, atLeast}';
const CONDITION_KEYS = ['all', 'any', 'question', 'in', 'includes', 'atLeast', 'times', 'score', 'changeable'];
/** A condition's form by its sorted keys (`changeable` aside). */
const FORMS: Record<string, string> = {
  all: 'all',
  any: 'any',
  'in,question': 'in',
  'includes,question': 'includes',
  'atLeast,question': 'number',
  'atLeast,question,times': 'number',
  'atLeast,score': 'score',
};

/** Whether a condition reads a score or the given question (what a `pointsWhen` may not). */
export function readsScoreOrItself(condition: unknown, id: string): boolean {
  if (!isObject(condition)) return false;
  if (Array.isArray(condition.all) || Array.isArray(condition.any))
    return ((condition.all ?? condition.any) as unknown[]).some((part) => readsScoreOrItself(part, id));
  return 'score' in condition || condition.question === id;
}

/** Checks one condition tree; `asker`: the question whose askedWhen this is, if it is one. */
export type CheckCondition = (condition: unknown, path: string, asker: LooseQuestion | undefined) => void;

export function conditionChecker(context: RuleContext): CheckCondition {
  const { report, checkChangeable, questions, order, categories, optionIds, parameterIds } = context;
  const check = (condition: unknown, path: string, asker: LooseQuestion | undefined, depth = 1): void => {
    const inQuestion = asker !== undefined;
    context.conditionParts += 1;
    if (depth > RUBRIC_LIMITS.conditionDepth)
      return void report(path, `is nested more than ${RUBRIC_LIMITS.conditionDepth} conditions deep`);
    if (isObject(condition) && 'changeable' in condition) checkChangeable(`${path}.changeable`, condition.changeable);
    const keys = isObject(condition)
      ? Object.keys(condition)
          .filter((key) => key !== 'changeable')
          .sort()
          .join()
      : '';
    const form = Object.hasOwn(FORMS, keys) ? FORMS[keys] : undefined;
    if (!form || !isObject(condition)) {
      const unknown = isObject(condition) ? Object.keys(condition).filter((key) => !CONDITION_KEYS.includes(key)) : [];
      return void report(
        path,
        unknown.length
          ? `unknown field "${unknown.join('", "')}"; a condition is ${CONDITION_FORMS}`
          : `must be one of ${CONDITION_FORMS}`,
      );
    }
    if (form === 'all' || form === 'any') {
      const parts = condition[form];
      if (!Array.isArray(parts) || !parts.length) return void report(`${path}.${form}`, 'needs at least 1 item');
      if (isObject(condition) && 'changeable' in condition)
        report(`${path}.changeable`, 'goes on a condition on one answer');
      return parts.forEach((part, i) => check(part, `${path}.${form}.${i}`, asker, depth + 1));
    }
    if (form === 'score') {
      if (!Number.isFinite(condition.atLeast) && condition.atLeast !== 'passMark')
        report(`${path}.atLeast`, 'must be a number or "passMark"');
      if (isObject(condition) && 'changeable' in condition)
        report(`${path}.changeable`, 'goes on a condition on one answer');
      if (inQuestion) report(path, 'a question cannot depend on a score');
      else if (condition.score !== 'total' && !categories.has(condition.score as string)) {
        report(`${path}.score`, `unknown score "${condition.score}"; expected "total" or a category id`);
      }
      return;
    }
    const question = questions.get(condition.question as string);
    if (!question) return void report(`${path}.question`, `unknown question "${condition.question}"`);
    if (asker && question === asker) report(`${path}.question`, 'a question cannot depend on itself');
    else if (asker && (order.get(question.id) ?? Infinity) > (order.get(asker.id) ?? -1)) {
      report(
        `${path}.question`,
        `"${question.id}" is asked after "${asker.id}" (in a later step or further down); a question may only depend on questions asked before it`,
      );
    }
    if (form === 'in' || form === 'includes') {
      const type = form === 'in' ? 'choice' : 'multi';
      if (question.type !== type)
        return void report(
          path,
          `"${question.id}" is not a ${type === 'choice' ? 'choice' : 'multi-choice'} question${type === 'multi' ? '' : ' (a multi-choice question is read with includes)'}`,
        );
      const options = condition[form];
      if (!Array.isArray(options) || !options.length) return void report(`${path}.${form}`, 'needs at least 1 item');
      context.conditionParts += options.length;
      const ids = optionIds.get(question);
      for (const option of options) {
        if (!ids?.has(option)) report(`${path}.${form}`, `"${question.id}" has no option "${option}"`);
      }
      return;
    }
    if (question.type !== 'number') report(path, `"${question.id}" is not a number question`);
    if (!Number.isFinite(condition.atLeast)) report(`${path}.atLeast`, 'must be a number');
    if (condition.times !== undefined && !parameterIds.has(condition.times as string))
      report(`${path}.times`, `unknown parameter "${condition.times}"`);
  };

  return check;
}
