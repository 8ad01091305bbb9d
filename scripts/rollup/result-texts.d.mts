/** [what the main file keeps, what the result file holds] of the built-in rubric (a JSON object). */
export function splitRubric(rubric: Record<string, unknown>): [Record<string, any>, Record<string, any>];
/** The rollup plugin: which part of the built-in rubric this file gets. */
export default function resultTexts(part: 'first' | 'result'): import('rollup').Plugin;
