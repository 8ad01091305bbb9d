import { showNotStarted, whyNotStarted } from './cannot-start.js';
import { KtechPassAssessment } from './ktech-pass-assessment.js';
import { MESSAGES_EN } from './messages.js';

const TAG_NAME = "ktech-pass-assessment";
const existing = customElements.get(TAG_NAME);
if (!existing) {
  try {
    customElements.define(TAG_NAME, KtechPassAssessment);
  } catch (error) {
    for (const box of document.querySelectorAll(TAG_NAME)) showNotStarted(box, box, MESSAGES_EN, whyNotStarted(error));
  }
} else if (existing.version !== KtechPassAssessment.version) {
  console.warn(`<${TAG_NAME}> ${existing.version ?? "(unknown version)"} is already defined; version ${KtechPassAssessment.version} was not registered.`);
}

export { TAG_NAME };
