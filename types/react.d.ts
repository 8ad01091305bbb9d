// `<ktech-pass-assessment>` in React 19 TSX, without the wrapper: add
// `/// <reference types="ktech-pass-assessment/types/react" />` (or this path
// to `compilerOptions.types`). React 19 sets a prop as a property when the
// element has one (answers, rubric, employerSize, ...), else as an attribute,
// and listens to `on` + the exact event name
// (onscore, onanswer, onlanguage-change, onassessment-error: every event in
// KtechPassAssessmentEventMap).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  KtechPassAssessment,
  KtechPassAssessmentAttributes,
  KtechPassAssessmentEventProps,
  KtechPassAssessmentProperties,
} from '../dist/lib/index.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ktech-pass-assessment': DetailedHTMLProps<HTMLAttributes<KtechPassAssessment>, KtechPassAssessment> &
        KtechPassAssessmentProperties &
        KtechPassAssessmentAttributes &
        KtechPassAssessmentEventProps & { class?: string };
    }
  }
}
