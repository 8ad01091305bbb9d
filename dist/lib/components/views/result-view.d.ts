export { renderResult } from './render-result.js';
export { default as resultStyles } from './result.styles.js';
export type { ResultContext } from './result-context.js';
