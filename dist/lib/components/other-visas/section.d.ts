import { nothing, type TemplateResult } from 'lit';
import type { ResultContext } from '../views/result-context.js';
import type { OtherVisasState } from './state.js';
/** Whether the host turned the section off (`other-visas="off"`). */
export declare const sectionOff: (state: OtherVisasState) => boolean;
/**
 * The section after the result: once the visas' file is here, what it
 * renders (view.ts); before, the button that loads and opens it. A result
 * with no route met fetches the file at once (those applicants need it
 * most), and the section shows each visa's status in a line.
 */
export declare function renderOtherVisas(context: ResultContext): TemplateResult | typeof nothing;
