import { type TemplateResult } from 'lit';
import type { Rubric } from '../../rubric/types.js';
import type { ScoreDetail } from '../events.js';
import type { LanguageController } from '../i18n/language-controller.js';
import type { ResultViewLoader } from '../loading/result-view-loader.js';
import type { RubricSource } from '../loading/rubric-source.js';
import type { AnswersStore } from '../state/answers-store.js';
import type { ApplicantActions } from '../state/applicant-actions.js';
import type { Assessments } from '../state/assessments.js';
import type { Notices } from '../state/notices.js';
import type { Flow } from '../state/step-flow.js';
import type { WhatIf } from '../state/what-if.js';
import type { OtherVisasState } from '../other-visas/state.js';
/** What the frame is drawn from: the element's state (../state/assessment-state.ts) at this render. */
export interface Frame {
    readonly languages: Pick<LanguageController, 'shown' | 'lang' | 'messages' | 'localized'>;
    /** The rubric in use; null while one loads or after it failed. */
    readonly rubric: Rubric | null;
    readonly notices: Pick<Notices, 'shown'>;
    readonly source: Pick<RubricSource, 'retryable'>;
    readonly flow: Flow;
    readonly whatIf: WhatIf;
    readonly store: Pick<AnswersStore, 'given' | 'typed'>;
    readonly assessments: Assessments;
    readonly resultView: Pick<ResultViewLoader, 'render' | 'warm'>;
    readonly actions: ApplicantActions;
    /** The other visas, for the section after the result. */
    readonly others: OtherVisasState;
    steps(rubric: Rubric): number[];
}
/** The whole widget for `frame`: waiting for a language, loading or failed, a step, or the result. */
export declare function renderFrame(frame: Frame, 
/** The assessment of the answers given. */
real: ScoreDetail | null, 
/** The widget's top heading level. */
level: number, languagePicker: boolean): TemplateResult;
