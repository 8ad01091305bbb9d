import { KtechPassAssessment } from './ktech-pass-assessment.js';

export const TAG_NAME = 'ktech-pass-assessment';

// A page may load the script twice (two script tags, or a copy at another
// URL): a second define would throw. Same version: nothing to do. Another
// version: the first one stays, and we say so once.
const existing = customElements.get(TAG_NAME) as (CustomElementConstructor & { version?: string }) | undefined;
if (!existing) {
  customElements.define(TAG_NAME, KtechPassAssessment);
} else if (existing.version !== KtechPassAssessment.version) {
  console.warn(`<${TAG_NAME}> ${existing.version ?? '(unknown version)'} is already defined; version ${KtechPassAssessment.version} was not registered.`);
}

declare global {
  interface HTMLElementTagNameMap {
    'ktech-pass-assessment': KtechPassAssessment;
  }
}
