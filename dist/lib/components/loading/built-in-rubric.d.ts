import type { Rubric } from '../../rubric/types.js';
/** The result view's file has loaded: `complete` adds the result's texts to the built-in rubric. */
export declare function completeBuiltIn(complete: (builtIn: Rubric) => Rubric): void;
/** `rubric`, or, for the built-in one, it with the result's texts once they have come. */
export declare const shownRubric: <R extends Rubric | null>(rubric: R) => R | Rubric;
/**
 * A rubric a host sets, ready to validate: a copy of the built-in one read
 * from `el.rubric` before the result's texts came (its id changed or not)
 * gets them from the result view's file, as the copy had them before they
 * moved there. Anything else, or when that file does not come, as it is.
 */
export declare function withBuiltInTexts(value: unknown): Promise<unknown>;
