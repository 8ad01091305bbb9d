import { type TemplateResult } from 'lit';
import { type ResultContext } from './result-context.js';
export { scoreLine, type ResultContext } from './result-context.js';
/** The result: the summary card, the routes as checklists, what-if per criterion, how to gain, benefits, sources. */
export declare function renderResult(given: ResultContext): TemplateResult;
