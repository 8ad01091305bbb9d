import '../element.js';
import { showNotStarted, whyNotStarted } from './views/cannot-start.js';
import { MESSAGES_EN } from './i18n/messages.js';
import { KtechPassAssessment } from './ktech-pass-assessment.js';

const TAG_NAME = "ktech-pass-assessment";
const registry = typeof customElements === "undefined" ? void 0 : customElements;
const existing = registry?.get(TAG_NAME);
if (registry && !existing) {
  try {
    registry.define(TAG_NAME, KtechPassAssessment);
  } catch (error) {
    for (const box of document.querySelectorAll(TAG_NAME))
      showNotStarted(box, box, MESSAGES_EN, whyNotStarted(error));
  }
} else if (existing && existing.version !== KtechPassAssessment.version) {
  console.warn(
    `<${TAG_NAME}> ${existing.version ?? "(unknown version)"} is already defined; version ${KtechPassAssessment.version} was not registered.`
  );
}

export { TAG_NAME };
