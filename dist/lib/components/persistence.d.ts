import type { Answers, Rubric } from '../rubric/types.js';
/**
 * What is stored for this rubric version, as stored (checked by the caller:
 * corrupt text or JSON that is not answers is reported, not dropped in
 * silence), and whether sets stored for other versions were discarded.
 */
export declare function loadStored(rubric: Rubric, instance: string): {
    answers: unknown;
    discarded: boolean;
};
export declare function saveStored(rubric: Rubric, instance: string, answers: Answers): void;
export declare function clearStored(rubric: Rubric, instance: string): void;
