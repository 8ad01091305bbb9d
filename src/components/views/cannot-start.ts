// A page that refuses the element or its render: the box says why in text, and the page hears it.
import { type AssessmentErrorDetail, AssessmentErrorEvent } from '../events.js';
import { afterPageScripts } from '../loading/page-ready.js';
import type { Messages } from '../i18n/messages.js';

// When the page does not let the widget work at all (a locked
// customElements.define, a Content-Security-Policy that refuses its Trusted
// Types policy), nothing of Lit can draw: what is wrong is written as plain
// text (a text node needs no Trusted Types) into the box the page set aside,
// and the page hears it as an `assessment-error`, not as an uncaught error.

/** Why the page keeps the widget from working, in words a page's developer can act on. */
export function whyNotStarted(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return /trusted|policy/i.test(text)
    ? `the page's Content-Security-Policy does not allow the Trusted Types policy "lit-html" (${text})`
    : `the widget could not start (${text})`;
}

/**
 * Writes `message` into `box` as text (in place of what was there) and fires
 * `assessment-error` on it. `inside` is where the text goes: the element's
 * shadow root when it has one, else the element itself.
 */
export function showNotStarted(
  box: HTMLElement,
  inside: ParentNode,
  t: Pick<Messages, 'errorTitle' | 'colon' | 'notStarted'>,
  why: string,
): void {
  const paragraph = document.createElement('p');
  paragraph.role = 'alert';
  paragraph.textContent = `${t.errorTitle}${t.colon}${t.notStarted}`;
  inside.replaceChildren(paragraph);
  const detail: AssessmentErrorDetail = { message: paragraph.textContent, issues: [{ path: '', message: why }] };
  // After the page's own scripts, as every event of the widget: a listener added after the script hears it.
  afterPageScripts(() => box.dispatchEvent(new AssessmentErrorEvent(detail)));
  console.error(`<ktech-pass-assessment>: ${why}`);
}
