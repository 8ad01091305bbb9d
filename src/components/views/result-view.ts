// The result view as a module of its own: the summary card, the routes, the
// what-if fields, how to gain points, benefits, assumptions and sources. The
// element loads it on demand (result-view-loader.ts), so a visitor who never
// starts the assessment never downloads it. The CDN build makes it the file
// ktech-pass-assessment.result.js, which imports nothing from the main file:
// it is handed the main file's Lit and number formats instead
// (scripts/rollup/handed.mjs adds `receive` to this module there).
export { renderResult } from './render-result.js';
export { default as resultStyles } from './result.styles.js';
export type { ResultContext } from './result-context.js';
