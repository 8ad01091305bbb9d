// `<ktech-pass-assessment>` in Preact TSX: add
// `/// <reference types="ktech-pass-assessment/types/preact" />`. Preact sets a
// prop as a property when the element has one, and listens to `on` + the
// exact event name
// (onscore, onanswer, onlanguage-change, onassessment-error: every event in
// KtechPassAssessmentEventMap).
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
