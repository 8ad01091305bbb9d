// `<ktech-pass-assessment>` in Vue templates, checked by vue-tsc (also with
// `strictTemplates`): add `/// <reference types="ktech-pass-assessment/types/vue" />`
// to env.d.ts, and tell the compiler it is a custom element
// (`compilerOptions.isCustomElement`, see the README). Vue's recommended shape
// for elements not built with Vue: `$props` for bindings (`:answers`,
// `employer-size`), `$emit` for listeners (`@score`, `@assessment-error`).
import type { EmitFn, HTMLAttributes } from 'vue';
import type {
  KtechPassAssessment,
  KtechPassAssessmentAttributes,
  KtechPassAssessmentEventMap,
  KtechPassAssessmentProperties,
} from '../dist/lib/index.js';

declare module 'vue' {
  interface GlobalComponents {
    'ktech-pass-assessment': new () => KtechPassAssessment & {
      /** @deprecated For template type checking only: not a property of the element. */
      $props: HTMLAttributes & KtechPassAssessmentProperties & KtechPassAssessmentAttributes;
      /** @deprecated For template type checking only: not a method of the element. */
      $emit: EmitFn<{ [K in keyof KtechPassAssessmentEventMap]: (event: KtechPassAssessmentEventMap[K]) => void }>;
    };
  }
}
