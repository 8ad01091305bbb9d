import type { AnswerValue } from '../../rubric/types.js';
import type { OtherVisasState } from './state.js';
/**
 * The valid part of a stored set: the answers some visa asks that fit it.
 * Every problem with the rest (not JSON, not an object, a value no option
 * or bound allows, a key no visa asks) is reported, not dropped in silence.
 * While the host's own visas are still being checked, a key that may be one
 * of their questions is left out without a word.
 */
export declare function checked(state: OtherVisasState, stored: unknown, where?: (path: string) => string): Record<string, AnswerValue>;
/** The stored answers, checked; null with `persist` off or nothing stored. */
export declare function restoreStored(state: OtherVisasState): Record<string, AnswerValue> | null;
export declare function saveStored(state: OtherVisasState, answers: Record<string, AnswerValue>): void;
export declare function forgetStored(state: OtherVisasState): void;
/**
 * While the element is on the page, another tab's change of the stored
 * answers (its `storage` event) is passed to `follow`, checked: each tab
 * saves its whole set, so each follows the other's, and a reload keeps the
 * last answer either gave. Removed there (reset()): no answers.
 */
export declare function followOtherTabs(state: OtherVisasState, follow: (answers: Record<string, AnswerValue>) => void): void;
