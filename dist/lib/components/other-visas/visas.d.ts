import type { Rubric } from '../../rubric/types.js';
/**
 * The built-in visa rubrics, in the order shown: the job visa first (most
 * applicants of a careers page have an offer), then job seeking, then
 * residence. Validated by the test suite, not on every page view, like the
 * built-in rubric.
 */
export declare const BUILT_IN: readonly Rubric[];
/** A rubric in `lang` (its translation added, once), or as it is when there is none. */
export declare function inLanguage(rubric: Rubric, lang: string): Rubric;
/**
 * The visas to show. `choice` is the `other-visas` attribute: empty or
 * absent for every visa; otherwise rubric ids separated by spaces or commas,
 * each with or without its year (`e-7-1 f-2-7`), in the order given. Returns
 * the visas chosen and the names that are no visa here; when no name is a
 * visa here (a typo), every visa, never an empty section.
 */
export declare function chooseVisas(all: readonly Rubric[], choice: string | undefined): {
    visas: Rubric[];
    unknown: string[];
};
