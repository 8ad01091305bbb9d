import type { Rubric } from './types.js';
export { RUBRIC_LIMITS } from './rubric-limits.js';
/**
 * Validates a rubric (for example fetched JSON) and returns a frozen-ready
 * plain copy of it, typed: later changes to `json` change nothing.
 *
 * @throws RubricError listing every problem with its path: shape, unknown
 *   references, duplicate ids, bands out of order, maxima that do not add up,
 *   a size past RUBRIC_LIMITS. It never throws anything else, whatever `json`
 *   is (a cycle, a proxy, a getter that throws).
 */
export declare function parseRubric(json: unknown): Rubric;
