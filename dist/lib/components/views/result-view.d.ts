export { renderResult } from './render-result.js';
export { default as resultStyles } from './result.styles.js';
export { withResultTexts, withResultTextsCopy } from '../loading/result-texts.js';
export type { ResultContext } from './result-context.js';
