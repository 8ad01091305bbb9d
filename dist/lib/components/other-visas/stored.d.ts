import type { AnswerValue, Rubric } from '../../rubric/types.js';
import type { OtherVisasHost } from './state.js';
/** The stored answers that some visa rubric can read, or null with `persist` off or nothing stored. */
export declare function restoreStored(host: OtherVisasHost, rubrics: readonly Rubric[]): Record<string, AnswerValue> | null;
export declare function saveStored(host: OtherVisasHost, answers: Record<string, AnswerValue>): void;
export declare function forgetStored(host: OtherVisasHost): void;
