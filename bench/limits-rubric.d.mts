import type { RUBRIC_LIMITS } from '../src/rubric/parse-rubric.js';

/** The values and characters parseRubric counts in a rubric. */
export function measure(value: unknown): { values: number; characters: number };
/** A valid rubric at every size limit at once, and answers that complete it. */
export function limitsRubric(limits: typeof RUBRIC_LIMITS): { rubric: any; answers: Record<string, string | number> };
