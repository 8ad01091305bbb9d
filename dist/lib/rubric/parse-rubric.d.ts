import type { Rubric } from './types.js';
/**
 * Validates a rubric (for example fetched JSON) and returns it typed.
 *
 * @throws RubricError listing every problem with its path: shape, unknown
 *   references, duplicate ids, bands out of order, maxima that do not add up.
 */
export declare function parseRubric(json: unknown): Rubric;
