import { isServer } from 'lit';

function contentLoaded() {
  if (document.readyState !== "interactive") return document.readyState === "complete";
  try {
    const timing = globalThis.performance?.getEntriesByType?.("navigation")[0];
    if (timing?.responseEnd) return !!timing.domContentLoadedEventStart;
  } catch {
  }
  return void 0;
}
const UNSURE_WAIT_MS = 500;
let waiting = (
  // An edge or worker runtime gets Lit's browser build but has no page: nothing to wait for.
  !isServer && typeof document !== "undefined" && typeof addEventListener === "function" && contentLoaded() !== true && pageScriptsDone()
);
function pageScriptsDone() {
  const unsure = contentLoaded() === void 0;
  return new Promise((resolve) => {
    const done = () => {
      removeEventListener("DOMContentLoaded", done);
      removeEventListener("load", done);
      clearTimeout(timer);
      resolve();
    };
    addEventListener("DOMContentLoaded", done);
    addEventListener("load", done);
    const timer = unsure ? setTimeout(done, UNSURE_WAIT_MS) : void 0;
  }).then(() => waiting = false);
}
const afterPageScripts = (work) => waiting ? waiting.then(work) : work();

export { afterPageScripts };
