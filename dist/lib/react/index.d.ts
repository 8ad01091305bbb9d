import * as React from 'react';
import type { KtechPassAssessmentProperties } from '../components/host-types.js';
import '../components/ktech-pass-assessment-define.js';
import { KtechPassAssessment as KtechPassAssessmentElement } from '../element.js';
export type { AnswerDetail, AssessmentErrorDetail, LanguageChangeDetail, ScoreDetail } from '../components/events.js';
export type { KtechPassAssessmentProperties } from '../components/host-types.js';
declare const Component: import("@lit/react").ReactWebComponent<KtechPassAssessmentElement, {
    onScore: import("@lit/react").EventName<import("../index.js").KtechPassAssessmentEventMap['score']>;
    onAnswer: import("@lit/react").EventName<import("../index.js").KtechPassAssessmentEventMap['answer']>;
    onLanguageChange: import("@lit/react").EventName<import("../index.js").KtechPassAssessmentEventMap['language-change']>;
    onAssessmentError: import("@lit/react").EventName<import("../index.js").KtechPassAssessmentEventMap['assessment-error']>;
}>;
/**
 * The wrapper's props: @lit/react types a prop from each element member, so
 * `rubric` would take only what its getter returns (an imported JSON file
 * would not type-check) and read-only members and methods would look settable.
 * Here every prop is what the element's setters take, and every event is a
 * camelCase `on` prop.
 */
export type KtechPassAssessmentProps = Omit<React.ComponentProps<typeof Component>, Exclude<keyof KtechPassAssessmentElement, keyof HTMLElement>> & KtechPassAssessmentProperties & React.RefAttributes<KtechPassAssessmentElement>;
/**
 * `<KtechPassAssessment answers={prefill} onScore={(event) => event.detail.eligible} />`.
 * Every property of the element (see `KtechPassAssessmentProperties`) is a
 * prop set on the element; every event is `on` + its name in camelCase
 * (`onScore`, `onAnswer`, `onLanguageChange`, `onAssessmentError`), handed the
 * element's CustomEvent with a typed `detail`.
 */
export declare const KtechPassAssessment: React.ForwardRefExoticComponent<KtechPassAssessmentProps>;
