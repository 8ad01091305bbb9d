// A React component for <ktech-pass-assessment> (`ktech-pass-assessment/react`).
// @lit/react maps the element's DOM events to React props, which React 18
// cannot do by itself and React 19 does only by name (`onscore`), untyped.
// A client component: a React Server Component may render it (its built file
// keeps this directive at its head; see scripts/build.mjs), the server then
// renders the element's tag and the browser upgrades it.
'use client';
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { KtechPassAssessmentProperties } from '../components/host-types.js';
import '../components/ktech-pass-assessment-define.js';
import { KtechPassAssessment as KtechPassAssessmentElement } from '../element.js';
import { events } from './events.js';

export type { AnswerDetail, AssessmentErrorDetail, LanguageChangeDetail, ScoreDetail } from '../components/events.js';
export type { KtechPassAssessmentProperties } from '../components/host-types.js';

const Component = createComponent({
  tagName: 'ktech-pass-assessment',
  elementClass: KtechPassAssessmentElement,
  react: React,
  events,
  displayName: 'KtechPassAssessment',
});

/**
 * The wrapper's props: @lit/react types a prop from each element member, so
 * `rubric` would take only what its getter returns (an imported JSON file
 * would not type-check) and read-only members and methods would look settable.
 * Here every prop is what the element's setters take, and every event is a
 * camelCase `on` prop.
 */
export type KtechPassAssessmentProps = Omit<
  React.ComponentProps<typeof Component>,
  Exclude<keyof KtechPassAssessmentElement, keyof HTMLElement>
> &
  KtechPassAssessmentProperties &
  React.RefAttributes<KtechPassAssessmentElement>;

/**
 * `<KtechPassAssessment answers={prefill} onScore={(event) => event.detail.eligible} />`.
 * Every property of the element (see `KtechPassAssessmentProperties`) is a
 * prop set on the element; every event is `on` + its name in camelCase
 * (`onScore`, `onAnswer`, `onLanguageChange`, `onAssessmentError`), handed the
 * element's CustomEvent with a typed `detail`.
 */
export const KtechPassAssessment = Component as React.ForwardRefExoticComponent<KtechPassAssessmentProps>;
