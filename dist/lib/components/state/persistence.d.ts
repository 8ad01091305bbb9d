import type { Answers, Rubric } from '../../rubric/types.js';
/** The key the answers for this rubric version and widget are stored under. */
export declare const storedKey: (rubric: Rubric, instance: string) => string;
/** A stored value as answers to check: parsed JSON, the text itself when it is not JSON (reported as not answers), null when absent. */
export declare function readStored(text: string | null): unknown;
/** localStorage, or null where the page may not use it (sandboxed frames, some private modes). */
export declare function storage(): Storage | null;
/**
 * What is stored for this rubric version, as stored (checked by the caller:
 * corrupt text or JSON that is not answers is reported, not dropped in
 * silence). With nothing stored for this version, the set stored for another
 * version of the same rubric is returned instead, `carried` (the caller keeps
 * what still fits: rubric 2.1 reads a 2.0 set); every set of another version
 * is then removed, and `discarded` says whether any other was.
 */
export declare function loadStored(rubric: Rubric, instance: string): {
    answers: unknown;
    discarded: boolean;
    carried: boolean;
};
export declare function saveStored(rubric: Rubric, instance: string, answers: Answers): void;
export declare function clearStored(rubric: Rubric, instance: string): void;
