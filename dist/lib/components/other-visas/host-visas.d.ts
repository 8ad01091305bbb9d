import type { Rubric } from '../../rubric/types.js';
import type { OtherVisasState } from './state.js';
/** Whether the host's visa rubrics are still being checked: a name in `other-visas` may be one of them. */
export declare const hostVisasPending: (state: OtherVisasState) => boolean;
/**
 * The host's visa rubrics that are valid and agree with the built-in ones on
 * every question they share (answers are shared by question id); none until
 * they have been checked, when the section renders again. Each one that is
 * not valid is reported (`assessment-error`) and left out.
 */
export declare function hostVisas(state: OtherVisasState): Rubric[];
