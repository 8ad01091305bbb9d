// Registers <ktech-pass-assessment> once per page, and warns when another version got there first.
import { KtechPassAssessment } from '../element.js';
import { showNotStarted, whyNotStarted } from './views/cannot-start.js';
import { MESSAGES_EN } from './i18n/messages.js';

export const TAG_NAME = 'ktech-pass-assessment';

// A page may load the script twice (two script tags, or a copy at another
// URL): a second define would throw. Same version: nothing to do. Another
// version: the first one stays, and we say so once. Where there is no
// registry (a server, an edge or worker runtime) there is nothing to define.
const registry = typeof customElements === 'undefined' ? undefined : customElements;
const existing = registry?.get(TAG_NAME) as (CustomElementConstructor & { version?: string }) | undefined;
if (registry && !existing) {
  try {
    registry.define(TAG_NAME, KtechPassAssessment);
  } catch (error) {
    // A page that locked customElements.define: each box says so, never a blank box and an uncaught error.
    for (const box of document.querySelectorAll<HTMLElement>(TAG_NAME))
      showNotStarted(box, box, MESSAGES_EN, whyNotStarted(error));
  }
} else if (existing && existing.version !== KtechPassAssessment.version) {
  console.warn(
    `<${TAG_NAME}> ${existing.version ?? '(unknown version)'} is already defined; version ${KtechPassAssessment.version} was not registered.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'ktech-pass-assessment': KtechPassAssessment;
  }
}
