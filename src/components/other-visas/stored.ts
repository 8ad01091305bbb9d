// The answers only the other visas ask, kept with `persist` beside the widget's other answers (persistence.ts), under a key of their own:
// restored when their view loads, checked and reported as the main answers are, followed from the page's other tabs.
import { fitAnswers } from '../../rubric/assess.js';
import type { AnswerValue, Question, Rubric } from '../../rubric/types.js';
import { plausibleAnswers } from '../question-types/answers.js';
import { clearStored, loadStored, readStored, saveStored as save, storage, storedKey } from '../state/persistence.js';
import { hostVisas, hostVisasPending } from './host-visas.js';
import type { OtherVisasState } from './state.js';
import { STORED_AS as KEY, storedInstance as instance } from './stored-key.js';
import { BUILT_IN } from './visas.js';

/** Where a problem was found, as the main answers' stored problems say it (stored-answers.ts); the page's are at their question. */
const inStorage = (path: string) => (path ? `storage.${path}` : 'storage');

/**
 * The valid part of a stored set: the answers some visa asks that fit it.
 * Every problem with the rest (not JSON, not an object, a value no option
 * or bound allows, a key no visa asks) is reported, not dropped in silence.
 * While the host's own visas are still being checked, a key that may be one
 * of their questions is left out without a word.
 */
function checked(
  state: OtherVisasState,
  stored: unknown,
  where: (path: string) => string = inStorage,
): Record<string, AnswerValue> {
  const questions = new Map<string, Question>();
  for (const rubric of [...BUILT_IN, ...hostVisas(state)])
    for (const question of rubric.questions) if (!questions.has(question.id)) questions.set(question.id, question);
  let given = stored;
  if (hostVisasPending(state) && stored && typeof stored === 'object' && !Array.isArray(stored))
    given = Object.fromEntries(Object.entries(stored).filter(([id]) => questions.has(id)));
  // The visas' questions as one rubric, named as their key (other-visas): each question once, as they agree where they share one.
  const rubric = { ...KEY, questions: [...questions.values()] } as Rubric;
  const { valid, issues } = fitAnswers(rubric, given);
  if (issues.length)
    state.report(
      (t) => t.answersInvalid,
      issues.map((issue) => ({ ...issue, path: where(issue.path) })),
    );
  const { kept, problems } = plausibleAnswers(rubric, valid);
  for (const [wording, issue] of problems) state.report(wording, [{ ...issue, path: where(issue.path) }]);
  return kept;
}

/** Answers the page gave (`el.answers`), checked as stored ones are; a problem is at its question's id. */
export const checkedFromPage = (state: OtherVisasState, given: unknown): Record<string, AnswerValue> =>
  checked(state, given, (path) => path);

/** The stored answers, checked; null with `persist` off or nothing stored. */
export function restoreStored(state: OtherVisasState): Record<string, AnswerValue> | null {
  if (!state.host.persist) return null;
  const { answers } = loadStored(KEY, instance(state.host));
  return answers === null ? null : checked(state, answers);
}

export function saveStored(state: OtherVisasState, answers: Record<string, AnswerValue>): void {
  if (state.host.persist) save(KEY, instance(state.host), answers);
}

export function forgetStored(state: OtherVisasState): void {
  clearStored(KEY, instance(state.host));
}

/**
 * While the element is on the page, another tab's change of the stored
 * answers (its `storage` event) is passed to `follow`, checked: each tab
 * saves its whole set, so each follows the other's, and a reload keeps the
 * last answer either gave. Removed there (reset()): no answers.
 */
export function followOtherTabs(state: OtherVisasState, follow: (answers: Record<string, AnswerValue>) => void): void {
  const { host } = state;
  const listener = (event: StorageEvent) => {
    if (
      host.persist &&
      event.key === storedKey(KEY, instance(host)) &&
      event.storageArea === storage() &&
      (event.newValue ?? '{}') !== JSON.stringify(state.answers)
    )
      follow(checked(state, readStored(event.newValue) ?? {}));
  };
  host.addController({
    hostConnected: () => addEventListener('storage', listener),
    hostDisconnected: () => removeEventListener('storage', listener),
  });
}
