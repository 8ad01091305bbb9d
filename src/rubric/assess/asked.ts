// Which questions and steps are asked with a set of answers (askedWhen chains).
import { byId } from '../by-id.js';
import { holds } from '../conditions.js';
import { own } from '../own.js';
import type { Answers, AnswerValue, Question, Rubric } from '../types.js';

/** The rubric's questions by id, built once per rubric. */
export const questionsById = (rubric: Rubric): Map<string, Question> => byId(rubric.questions);

/**
 * Ids of the questions asked with these answers, in step order. A question is
 * asked when it has no `askedWhen` or its `askedWhen` holds on the answers to
 * the questions asked before it (parseRubric checks it reads only those), so
 * a chain (a salary asked with an offer, a bonus asked with a salary) is
 * followed in one pass.
 */
export function askedIds(rubric: Rubric, answers: Answers): Set<string> {
  const questions = questionsById(rubric);
  const asked = new Set<string>();
  const before: Record<string, AnswerValue> = {};
  for (const step of rubric.steps) {
    for (const id of step.questions) {
      const question = questions.get(id);
      if (!question || (question.askedWhen && !holds(question.askedWhen, { rubric, answers: before }))) continue;
      asked.add(id);
      const answer = own(answers, id);
      if (answer !== undefined) before[id] = answer;
    }
  }
  return asked;
}

/** The answers of the questions asked: what conditions are evaluated against (a kept answer to a question not asked decides nothing). */
export function answersAsked(rubric: Rubric, answers: Answers): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const id of askedIds(rubric, answers)) {
    const answer = own(answers, id);
    if (answer !== undefined) kept[id] = answer;
  }
  return kept;
}

/** Whether a question is asked, given the other answers (its `askedWhen` condition, and theirs). */
export const isAsked = (rubric: Rubric, question: Question, answers: Answers): boolean =>
  askedIds(rubric, answers).has(question.id);

/**
 * The questions of a step (by index) that are asked with these answers, in
 * step order, leaving out those whose id is a key of `skip` (answered by the
 * host page).
 */
export function questionsAsked(
  rubric: Rubric,
  step: number,
  answers: Answers,
  skip: Readonly<Record<string, unknown>> = {},
): Question[] {
  const questions = questionsById(rubric);
  const askedNow = askedIds(rubric, answers);
  const asked: Question[] = [];
  for (const id of rubric.steps[step]?.questions ?? []) {
    const question = questions.get(id);
    if (question && !Object.hasOwn(skip, id) && askedNow.has(id)) asked.push(question);
  }
  return asked;
}

/**
 * The indices of the steps that ask anything with these answers (a step of
 * questions about a job offer, for someone without one, is passed over),
 * leaving out questions whose id is a key of `skip` (answered by the host).
 */
export function stepsAsked(rubric: Rubric, answers: Answers, skip: Readonly<Record<string, unknown>> = {}): number[] {
  const asked = askedIds(rubric, answers);
  const steps: number[] = [];
  rubric.steps.forEach((step, index) => {
    if (step.questions.some((id) => asked.has(id) && !Object.hasOwn(skip, id))) steps.push(index);
  });
  return steps;
}
