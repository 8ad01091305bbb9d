import { type TemplateResult } from 'lit';
import type { Answers } from '../../rubric/types.js';
import type { ResultContext } from '../views/result-context.js';
import type { OtherVisasDetail } from './detail.js';
import type { OtherVisasState } from './state.js';
/** The `score` detail's fields (see detail.ts). */
declare function detail(state: OtherVisasState, answers: Answers): OtherVisasDetail;
/** The page set answers to these visas' questions (`el.answers`): checked as a prefill is, then kept as given. */
declare function take(state: OtherVisasState, given: Answers): void;
/** Called once the file has loaded, for each widget that wants the section; `focus`: the applicant asked for it. */
declare function attach(state: OtherVisasState, focus: boolean): void;
/** The section: the step while questions are left, then the list. */
declare function renderSection(state: OtherVisasState, context: ResultContext): TemplateResult;
/** What the element and the result view call. */
export declare const api: {
    detail: typeof detail;
    renderSection: typeof renderSection;
    attach: typeof attach;
    take: typeof take;
};
export { attach };
