import type { Rubric } from './types.js';
/**
 * The built-in rubric: the K-Tech Pass tracks and the Top-tier visa routes as
 * the Ministry of Justice's guideline of June 2026 states them, with the GNI
 * standard applied until its review date. Its ids are a public contract; no
 * code depends on them. It is not re-validated at load time, which would cost
 * every page view; the test suite proves `parseRubric(defaultRubric)` accepts it.
 * Frozen here, where it is made: every importer (the element, a server
 * scoring with `ktech-pass-assessment/rubric`) shares this one object, so
 * none may change what another scores.
 */
export declare const defaultRubric: Rubric;
