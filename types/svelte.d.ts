// `<ktech-pass-assessment>` in Svelte 5 components, checked by svelte-check:
// add `/// <reference types="ktech-pass-assessment/types/svelte" />` to a .d.ts
// of the app. Svelte 5 sets a prop as a property when the element has one, and
// listens to `on` + the exact event name
// (onscore, onanswer, onlanguage-change, onassessment-error: every event in
// KtechPassAssessmentEventMap).
import type { HTMLAttributes } from 'svelte/elements';
import type {
  KtechPassAssessment,
  KtechPassAssessmentAttributes,
  KtechPassAssessmentEventProps,
  KtechPassAssessmentProperties,
} from '../dist/lib/index.js';

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'ktech-pass-assessment': HTMLAttributes<KtechPassAssessment> &
      KtechPassAssessmentProperties &
      KtechPassAssessmentAttributes &
      KtechPassAssessmentEventProps;
  }
}
