// Answers from outside (a host, a stored copy, an earlier rubric) checked against the rubric, never throwing.
import type { AnswerValue, AssessmentIssue, ChoiceOption, ChoiceQuestion, MultiQuestion } from '../types.js';
import type { Rubric } from '../types.js';
import { questionsById } from './asked.js';
import { optionsById } from './points.js';

/**
 * A value in a message, without running any code of its own: a toString that
 * throws, a null-prototype object or a 5,000-deep array must not turn an
 * answer problem into another error.
 */
const shown = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.length > 57 ? `${value.slice(0, 57)}…` : value)
    : typeof value === 'function'
      ? 'a function'
      : typeof value === 'object' && value
        ? 'an object'
        : String(value);

/**
 * The answers that fit the rubric, and the issues of the rest (each with its
 * question id as path): what a form keeps from a prefill, a stored copy or a
 * previous rubric. Only own entries count (an inherited `toString` is no
 * answer), each is read once into a plain copy (a getter or a proxy cannot
 * change what was checked), and reading never throws: what cannot be read is
 * an issue.
 */
export function fitAnswers(
  rubric: Rubric,
  answers: unknown,
): { valid: Record<string, AnswerValue>; issues: AssessmentIssue[] } {
  const questions = questionsById(rubric);
  const valid: Record<string, AnswerValue> = {};
  const issues: AssessmentIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  // Keys that are no question, past the first few, are counted, not listed:
  // 100,000 of them would be 100,000 issues to word, copy and send.
  let unknown = 0;
  try {
    // Not an object (or a revoked proxy): to the catch below.
    if (typeof answers !== 'object' || !answers || Array.isArray(answers)) throw 0;
    // for…in, not Object.entries: this runs on every assessment, and the
    // entry arrays were garbage.
    for (const id in answers) {
      if (!Object.hasOwn(answers, id)) continue;
      let value: unknown;
      try {
        value = (answers as Record<string, unknown>)[id];
      } catch {
        report(id, 'could not be read');
        continue;
      }
      const question = questions.get(id);
      if (!question) {
        if (++unknown <= MAX_UNKNOWN_LISTED) report(id, `${shown(id)} is not a question of rubric ${rubric.id}`);
      } else if (value === undefined) {
        continue;
      } else if (question.type !== 'number') {
        const fitted = fitChoice(question, value);
        if (typeof fitted === 'string') report(id, fitted);
        else if (fitted.answer !== null) valid[id] = fitted.answer;
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        report(id, `${shown(value)} is not a number; expected a finite number`);
      } else if (value < 0) {
        report(id, `${value} is negative; expected 0 or more`);
      } else if (question.maximum !== undefined && value > question.maximum) {
        report(id, `${value} is more than the largest accepted answer, ${question.maximum}`);
      } else valid[id] = value;
    }
  } catch {
    return { valid: {}, issues: [{ path: '', message: 'answers must be an object keyed by question id' }] };
  }
  if (unknown > MAX_UNKNOWN_LISTED)
    report('', `and ${unknown - MAX_UNKNOWN_LISTED} more keys that are not questions of rubric ${rubric.id}`);
  return { valid, issues };
}

/**
 * A choice answer as the rubric now names it (an earlier version's option id
 * reads as the option that `replaces` it), or a multi-choice answer as a list
 * of distinct option ids in the rubric's order (a single id, as an earlier
 * version stored it, is a list of one). `null` for an empty list (no answer);
 * a string for what is wrong.
 */
function fitChoice(question: ChoiceQuestion | MultiQuestion, value: unknown): { answer: AnswerValue | null } | string {
  const options = optionsById(question);
  const expected = `expected ${question.type === 'multi' ? 'a list of' : 'one of'} ${question.options.map((option) => option.id).join(', ')}`;
  if (question.type === 'choice') {
    const option = typeof value === 'string' ? options.get(value) : undefined;
    return option ? { answer: option.id } : `${shown(value)} is not an option; ${expected}`;
  }
  // At most each option once (twice over, for repeats): a list of a million is no answer.
  const list =
    typeof value === 'string'
      ? [value]
      : Array.isArray(value) && value.length <= question.options.length * 2
        ? (value as unknown[])
        : undefined;
  if (!list) return `${shown(value)} is not a list of options; ${expected}`;
  const chosen = new Set<ChoiceOption>();
  for (const item of list) {
    const option = typeof item === 'string' ? options.get(item) : undefined;
    if (!option) return `${shown(item)} is not an option; ${expected}`;
    chosen.add(option);
  }
  const exclusive = [...chosen].find((option) => option.exclusive);
  if (exclusive && chosen.size > 1) return `"${exclusive.id}" is chosen alone; it cannot go with other options`;
  return {
    answer: chosen.size ? question.options.filter((option) => chosen.has(option)).map((option) => option.id) : null,
  };
}
/** Unknown answer keys listed one by one; the rest are counted in one issue. */
const MAX_UNKNOWN_LISTED = 20;

/** Every problem with a set of answers; an empty list means they can be scored. Never throws. */
export const answerIssues = (rubric: Rubric, answers: unknown): AssessmentIssue[] => fitAnswers(rubric, answers).issues;
