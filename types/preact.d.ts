// `<ktech-pass-assessment>` in Preact TSX (Preact 10 and 11): add
// `/// <reference types="ktech-pass-assessment/types/preact" />`. Preact sets a
// prop as a property when the element has one, and listens to `on` + the
// exact event name
// (onscore, onanswer, onlanguage-change, onassessment-error: every event in
// KtechPassAssessmentEventMap).
//
// Preact's HTML attributes (class, id, aria-*, onClick, ref, ...) are
// `HTMLAttributes`: every Preact 10 has it in its JSX namespace, Preact 11 only
// among the exports of `preact` (where 10.27.2 and later have it too). Inside
// `namespace JSX` below the name is looked up in Preact's JSX namespace first,
// so Preact 10 finds its own; with Preact 11 it falls through to this import,
// which names nothing before Preact 10.27.2 (and is not used there): the
// @ts-ignore keeps that error out of projects checked without skipLibCheck.
// @ts-ignore Preact 10 before 10.27.2 exports no HTMLAttributes (its JSX namespace has it)
import type { HTMLAttributes } from 'preact';
import type {
  KtechPassAssessment,
  KtechPassAssessmentAttributes,
  KtechPassAssessmentEventProps,
  KtechPassAssessmentProperties,
} from '../dist/lib/index.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'ktech-pass-assessment': HTMLAttributes<KtechPassAssessment> &
        KtechPassAssessmentProperties &
        KtechPassAssessmentAttributes &
        KtechPassAssessmentEventProps;
    }
  }
}
