export { renderResult } from './render-result.js';
export { default as resultStyles } from './result.styles.js';
import { withResultTextsCopy } from '../loading/result-texts.js';
export { withResultTexts } from '../loading/result-texts.js';



export { withResultTextsCopy };
