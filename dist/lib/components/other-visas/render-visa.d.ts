import { type TemplateResult } from 'lit';
import type { VisaFact, VisaResult } from '../../rubric/other-visas.js';
import type { Answers, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
import type { VisaWords } from './words.js';
/** What rendering a visa needs. */
export interface VisaContext {
    rubric: Rubric;
    lang: string;
    t: Messages;
    words: VisaWords;
    /** The level of the visa's heading. */
    level: number;
    /** The answers this visa was assessed on: a next step may apply to some only (from abroad, in Korea). */
    answers: Answers;
}
/** One deciding fact in words, with the applicant's answer and, when it falls short, by how much. */
export declare function factText(fact: VisaFact, result: VisaResult, context: VisaContext): string;
/** One visa as a card. */
export declare function renderVisa(result: VisaResult, context: VisaContext): TemplateResult;
