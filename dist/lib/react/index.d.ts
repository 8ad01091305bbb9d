import { type EventName } from '@lit/react';
import type { AnswerDetail, AssessmentErrorDetail, ScoreDetail } from '../components/events.js';
import '../components/ktech-pass-assessment-define.js';
import { KtechPassAssessment as KtechPassAssessmentElement } from '../components/ktech-pass-assessment.js';
export type { AnswerDetail, AssessmentErrorDetail, ScoreDetail } from '../components/events.js';
/**
 * `<KtechPassAssessment onScore={(event) => event.detail.eligible} />`. Properties
 * (`employerSize`, `rubricSrc`, `rubric`, `answers`, `persist`, `name`, `required`, `lang`)
 * are set on the element; `onScore`, `onAnswer` and `onAssessmentError` receive the
 * element's CustomEvents with typed `detail`.
 */
export declare const KtechPassAssessment: import("@lit/react").ReactWebComponent<KtechPassAssessmentElement, {
    onScore: EventName<CustomEvent<ScoreDetail>>;
    onAnswer: EventName<CustomEvent<AnswerDetail>>;
    onAssessmentError: EventName<CustomEvent<AssessmentErrorDetail>>;
}>;
