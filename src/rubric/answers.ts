// Answers as values: comparing two, and changing a multi-choice answer the way
// a checkbox does. Pure, for the element and for Node users alike.
import { optionsById } from './assess.js';
import type { AnswerValue, MultiQuestion } from './types.js';

/** The same answer: equal numbers or option ids, or lists of the same option ids in the same order. */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (typeof a === 'object' && typeof b === 'object' && Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((id, index) => id === b[index]);
  return a === b;
}

/**
 * A multi-choice answer after ticking (or clearing) one option: an exclusive
 * option ("None of these") clears the others, any other clears it. Options
 * stay in the rubric's order; undefined when nothing is left ticked.
 */
export function toggleOption(
  question: MultiQuestion,
  answer: AnswerValue | undefined,
  option: string,
  ticked: boolean,
): string[] | undefined {
  const current = Array.isArray(answer) ? (answer as readonly string[]) : [];
  const exclusive = optionsById(question).get(option)?.exclusive;
  const kept = ticked
    ? current.filter((id) => !exclusive && !optionsById(question).get(id)?.exclusive)
    : current.filter((id) => id !== option);
  const next = question.options
    .filter((candidate) => kept.includes(candidate.id) || (ticked && candidate.id === option))
    .map((candidate) => candidate.id);
  return next.length ? next : undefined;
}
