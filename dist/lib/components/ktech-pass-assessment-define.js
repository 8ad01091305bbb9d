import { KtechPassAssessment } from './ktech-pass-assessment.js';

const TAG_NAME = "ktech-pass-assessment";
const existing = customElements.get(TAG_NAME);
if (!existing) {
  customElements.define(TAG_NAME, KtechPassAssessment);
} else if (existing.version !== KtechPassAssessment.version) {
  console.warn(`<${TAG_NAME}> ${existing.version ?? "(unknown version)"} is already defined; version ${KtechPassAssessment.version} was not registered.`);
}

export { TAG_NAME };
