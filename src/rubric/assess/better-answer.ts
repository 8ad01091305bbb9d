// "How to gain points": the nearest answer worth more, and what it adds to the total.
import { threshold } from '../conditions.js';
import { own } from '../own.js';
import type { Answers, AnswerValue, ChoiceOption, Condition, Question, Rubric } from '../types.js';
import { answersAsked } from './asked.js';
import { clampCategories, optionPoints, optionsById, pointsFor } from './points.js';

/** The total points of a set of answers: what "How to gain points" compares a better answer against. */
export function totalOf(rubric: Rubric, answers: Answers): number {
  const kept = answersAsked(rubric, answers);
  const byCategory: Record<string, number> = {};
  for (const question of rubric.questions) {
    const answer = own(kept, question.id);
    if (question.category !== undefined && answer !== undefined)
      byCategory[question.category] =
        (own(byCategory, question.category) ?? 0) + pointsFor(rubric, question, answer, kept);
  }
  return clampCategories(rubric, byCategory);
}

/** Ids of the questions whose `askedWhen` reads another question: only their answers can change more than their own points. */
const deciding = new WeakMap<Rubric, Set<string>>();
export function decidingIds(rubric: Rubric): Set<string> {
  let ids = deciding.get(rubric);
  if (!ids) {
    ids = new Set();
    const read = (condition: Condition): void => {
      if ('all' in condition) condition.all.forEach(read);
      else if ('any' in condition) condition.any.forEach(read);
      else if ('question' in condition) ids?.add(condition.question);
    };
    for (const question of rubric.questions) {
      if (question.askedWhen) read(question.askedWhen);
      // An answer that changes another option's points (a degree, the worth of a STEM degree).
      if (question.type !== 'number')
        for (const option of question.options) for (const entry of option.pointsWhen ?? []) read(entry.when);
    }
    deciding.set(rubric, ids);
  }
  return ids;
}

/** The nearest answer that earns this question more points than it has now, or null at the top. */
export function nearestBetterAnswer(
  rubric: Rubric,
  question: Question,
  current: number,
  answer: AnswerValue | undefined,
  answers: Answers,
): AnswerValue | null {
  if (question.type !== 'number') {
    let best: ChoiceOption | null = null;
    let bestPoints = 0;
    for (const option of question.options) {
      const points = optionPoints(rubric, option, answers);
      if (points > current && (!best || points < bestPoints)) [best, bestPoints] = [option, points];
    }
    if (!best || question.type === 'choice') return best?.id ?? null;
    // One more place of work, beside those chosen (alone, when it must be).
    const kept =
      best.exclusive || !Array.isArray(answer)
        ? []
        : (answer as readonly string[]).filter((id) => !optionsById(question).get(id)?.exclusive);
    return question.options.filter((option) => option === best || kept.includes(option.id)).map((option) => option.id);
  }
  // Above the answer only: an age's bands fall again at higher ages, and a younger age is no answer to give.
  const band = question.bands?.find(
    (candidate) =>
      candidate.points > current &&
      (typeof answer !== 'number' || threshold(rubric, candidate.atLeast, question.scale) > answer),
  );
  if (!band) return null;
  const needed = threshold(rubric, band.atLeast, question.scale);
  return question.maximum !== undefined && needed > question.maximum ? null : needed;
}
