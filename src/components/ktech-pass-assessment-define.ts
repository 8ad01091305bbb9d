import { KtechPassAssessment } from './ktech-pass-assessment.js';

export const TAG_NAME = 'ktech-pass-assessment';

// A page may load the script twice; a second define would throw.
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, KtechPassAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'ktech-pass-assessment': KtechPassAssessment;
  }
}
