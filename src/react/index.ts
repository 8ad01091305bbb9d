// A React component for <ktech-pass-assessment> (`ktech-pass-assessment/react`).
// @lit/react maps the element's DOM events to React props, which React 18
// cannot do by itself and React 19 does only by name (`onscore`), untyped.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
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
export const KtechPassAssessment = createComponent({
  tagName: 'ktech-pass-assessment',
  elementClass: KtechPassAssessmentElement,
  react: React,
  events: {
    onScore: 'score' as EventName<CustomEvent<ScoreDetail>>,
    onAnswer: 'answer' as EventName<CustomEvent<AnswerDetail>>,
    onAssessmentError: 'assessment-error' as EventName<CustomEvent<AssessmentErrorDetail>>,
  },
  displayName: 'KtechPassAssessment',
});
