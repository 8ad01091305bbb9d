import { AssessmentErrorEvent } from '../events.js';
import { afterPageScripts } from '../loading/page-ready.js';

function whyNotStarted(error) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return /trusted|policy/i.test(text) ? `the page's Content-Security-Policy does not allow the Trusted Types policy "lit-html" (${text})` : `the widget could not start (${text})`;
}
function showNotStarted(box, inside, t, why) {
  const paragraph = document.createElement("p");
  paragraph.role = "alert";
  paragraph.textContent = `${t.errorTitle}${t.colon}${t.notStarted}`;
  inside.replaceChildren(paragraph);
  const detail = { message: paragraph.textContent, issues: [{ path: "", message: why }] };
  afterPageScripts(() => box.dispatchEvent(new AssessmentErrorEvent(detail)));
  console.error(`<ktech-pass-assessment>: ${why}`);
}

export { showNotStarted, whyNotStarted };
