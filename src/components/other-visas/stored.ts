// The answers only the other visas ask, kept with `persist` beside the widget's other answers (persistence.ts), under a key of their own.
import { fitAnswers } from '../../rubric/assess.js';
import type { AnswerValue, Rubric } from '../../rubric/types.js';
import { clearStored, loadStored, saveStored as save } from '../state/persistence.js';
import type { OtherVisasHost } from './state.js';

import { STORED_AS as KEY, storedInstance as instance } from './stored-key.js';

/** The stored answers that some visa rubric can read, or null with `persist` off or nothing stored. */
export function restoreStored(host: OtherVisasHost, rubrics: readonly Rubric[]): Record<string, AnswerValue> | null {
  if (!host.persist) return null;
  const { answers } = loadStored(KEY, instance(host));
  if (!answers || typeof answers !== 'object') return null;
  const kept: Record<string, AnswerValue> = {};
  for (const rubric of rubrics) {
    const mine: Record<string, unknown> = {};
    for (const question of rubric.questions)
      if (Object.hasOwn(answers, question.id)) mine[question.id] = (answers as Record<string, unknown>)[question.id];
    Object.assign(kept, fitAnswers(rubric, mine).valid);
  }
  return kept;
}

export function saveStored(host: OtherVisasHost, answers: Record<string, AnswerValue>): void {
  if (host.persist) save(KEY, instance(host), answers);
}

export function forgetStored(host: OtherVisasHost): void {
  clearStored(KEY, instance(host));
}
