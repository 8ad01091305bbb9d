import type { Answers, Rubric } from '../rubric/types.js';
/** The stored answers for this rubric version, and whether sets stored for other versions were discarded. */
export declare function loadStored(rubric: Rubric, instance: string): {
    answers: Answers | null;
    discarded: boolean;
};
export declare function saveStored(rubric: Rubric, instance: string, answers: Answers): void;
export declare function clearStored(rubric: Rubric, instance: string): void;
