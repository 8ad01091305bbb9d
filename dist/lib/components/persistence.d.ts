import type { Answers, Rubric } from '../rubric/types.js';
/** The stored answers for this rubric version, and whether sets stored for other versions were discarded. */
export declare function loadStored(rubric: Rubric): {
    answers: Answers | null;
    discarded: boolean;
};
export declare function saveStored(rubric: Rubric, answers: Answers): void;
export declare function clearStored(rubric: Rubric): void;
