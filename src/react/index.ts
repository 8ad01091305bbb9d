// A React component for <ktech-pass-assessment> (`ktech-pass-assessment/react`).
// @lit/react maps the element's DOM events to React props, which React 18
// cannot do by itself and React 19 does only by name (`onscore`), untyped.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { AnswerDetail, AssessmentErrorDetail, ScoreDetail } from '../components/events.js';
import type { KtechPassAssessmentProperties } from '../components/host-types.js';
import '../components/ktech-pass-assessment-define.js';
import { KtechPassAssessment as KtechPassAssessmentElement } from '../element.js';

export type { AnswerDetail, AssessmentErrorDetail, ScoreDetail } from '../components/events.js';

const Component = createComponent({
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

/**
 * The wrapper's props: @lit/react types a prop from each element member, so
 * `rubric` would take only what its getter returns (an imported JSON file
 * would not type-check) and read-only members and methods would look settable.
 * Here every prop is what the element's setters take.
 */
export type KtechPassAssessmentProps = Omit<React.ComponentProps<typeof Component>, Exclude<keyof KtechPassAssessmentElement, keyof HTMLElement>> &
  KtechPassAssessmentProperties &
  React.RefAttributes<KtechPassAssessmentElement>;

/**
 * `<KtechPassAssessment onScore={(event) => event.detail.eligible} />`. Properties
 * (`employerSize`, `rubricSrc`, `rubric`, `answers`, `persist`, `name`, `required`,
 * `disabled`, `lang`) are set on the element; `onScore`, `onAnswer` and
 * `onAssessmentError` receive the element's CustomEvents with typed `detail`.
 */
export const KtechPassAssessment = Component as React.ForwardRefExoticComponent<KtechPassAssessmentProps>;
