import { type TemplateResult } from 'lit';
import { type ResultContext } from './result-context.js';
/**
 * Why each what-if field's text is not an answer, in the language shown: read
 * again from the text, so a language switch words it (and its one-click fix)
 * in the new language.
 */
export declare function whatIfErrorsNow(context: ResultContext): Record<string, string>;
/**
 * The status region before the result: said once per what-if change (its
 * verdict and score, why its text is no answer yet, or the result given once
 * the answers are back to it: focus stays on the control). The real result is
 * read from its heading and card, and the score line above the result is only
 * a visual aid (a sticky copy while a what-if field has focus).
 */
export declare function renderWhatIfStatus(context: ResultContext): TemplateResult;
