import type { Answers, Rubric } from '../rubric/types.js';
/**
 * What is stored for this rubric version, as stored (checked by the caller:
 * corrupt text or JSON that is not answers is reported, not dropped in
 * silence). With nothing stored for this version, the newest set stored for
 * another version of the same rubric is returned instead, `carried` (the
 * caller keeps what still fits: rubric 2.1 reads a 2.0 set); every set of
 * another version is then removed, and `discarded` says whether any was.
 */
export declare function loadStored(rubric: Rubric, instance: string): {
    answers: unknown;
    discarded: boolean;
    carried: boolean;
};
export declare function saveStored(rubric: Rubric, instance: string, answers: Answers): void;
export declare function clearStored(rubric: Rubric, instance: string): void;
