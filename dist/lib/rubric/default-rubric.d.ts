import type { Rubric } from './types.js';
/**
 * The built-in K-Tech Pass rubric (qualitative track of 2 July 2026). Its ids
 * are a public contract. It is not re-validated at load time, which would cost
 * every page view; the test suite proves `parseRubric(defaultRubric)` accepts it.
 */
export declare const defaultRubric: Rubric;
