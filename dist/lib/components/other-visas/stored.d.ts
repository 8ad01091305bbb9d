import type { AnswerValue } from '../../rubric/types.js';
import type { OtherVisasState } from './state.js';
/** Answers the page gave (`el.answers`), checked as stored ones are; a problem is at its question's id. */
export declare const checkedFromPage: (state: OtherVisasState, given: unknown) => Record<string, AnswerValue>;
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
