// Answers in localStorage with `persist`: one key per widget and rubric version.
import type { Answers, Rubric } from '../../rubric/types.js';

// Opt-in only (the `persist` attribute). Answers are stored under a key with
// the instance (its `persist-key`, else its `id`: two widgets on one page keep
// two sets) and the rubric's id and version: a set stored for another version
// of the same rubric is read once, where nothing is stored for this one (what
// still fits is kept), and deleted.
const prefixOf = (instance: string) => (instance ? `ktech-pass-assessment[${instance}]:` : 'ktech-pass-assessment:');
/** The key the answers for this rubric version and widget are stored under. */
export const storedKey = (rubric: Rubric, instance: string): string =>
  `${prefixOf(instance)}${rubric.id}@${rubric.version}`;

/**
 * More characters than any set of answers takes (100 questions with long ids
 * and values are some 20,000): a longer stored value is not answers, and is
 * not parsed on every load.
 */
const MAX_STORED = 100_000;

/** A stored value as answers to check: parsed JSON, the text itself when it is not JSON (reported as not answers), null when absent. */
export function readStored(text: string | null): unknown {
  if (text === null) return null;
  if (text.length > MAX_STORED) return `${MAX_STORED}+ characters`;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** localStorage, or null where the page may not use it (sandboxed frames, some private modes). */
export function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * What is stored for this rubric version, as stored (checked by the caller:
 * corrupt text or JSON that is not answers is reported, not dropped in
 * silence). With nothing stored for this version, the set stored for another
 * version of the same rubric is returned instead, `carried` (the caller keeps
 * what still fits: rubric 2.1 reads a 2.0 set); every set of another version
 * is then removed, and `discarded` says whether any other was.
 */
export function loadStored(
  rubric: Rubric,
  instance: string,
): { answers: unknown; discarded: boolean; carried: boolean } {
  const store = storage();
  let discarded = false;
  let carried = false;
  let answers: unknown = null;
  try {
    if (!store) return { answers, discarded, carried };
    const own = storedKey(rubric, instance);
    let text = store.getItem(own);
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key !== own && key?.startsWith(`${prefixOf(instance)}${rubric.id}@`)) {
        if (text === null) {
          text = store.getItem(key);
          carried = true;
        } else discarded = true;
        store.removeItem(key);
      }
    }
    // Text that is not JSON stays text: fitAnswers reports it as not answers.
    answers = readStored(text);
    // Too long to be answers: reported once, then gone, not read again on every load.
    if (text !== null && typeof answers === 'string' && text.length > MAX_STORED) store.removeItem(own);
  } catch {
    // Unreadable storage: start without stored answers.
  }
  return { answers, discarded, carried };
}

export function saveStored(rubric: Rubric, instance: string, answers: Answers): void {
  try {
    storage()?.setItem(storedKey(rubric, instance), JSON.stringify(answers));
  } catch {
    // Quota exceeded or storage blocked: the widget keeps working without it.
  }
}

export function clearStored(rubric: Rubric, instance: string): void {
  try {
    storage()?.removeItem(storedKey(rubric, instance));
  } catch {
    // As above.
  }
}
