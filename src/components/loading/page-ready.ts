// The page's own scripts run after the widget's when they come later in the
// page (a module script after the element, as the README shows, or a
// DOMContentLoaded handler). An event the widget fires before they have run
// (the result restored by the browser's Back, a problem with an attribute
// found on the first render) would reach none of their listeners, so it
// waits for DOMContentLoaded: by then every such script has run. When the
// widget's script itself runs after DOMContentLoaded (added by a tag
// manager, imported on a click), nothing waits, even while images load.

import { isServer } from 'lit';

/**
 * Whether DOMContentLoaded has fired: the document's readyState says so
 * while it is `loading` (no) or `complete` (yes). In between (`interactive`:
 * scripts may still be to run, or images still loading) only the navigation
 * timing entry tells, and only when the browser gives real times: a privacy
 * setting may zero or withhold them (Firefox's resist-fingerprinting) or a
 * page remove them. Undefined then.
 */
function contentLoaded(): boolean | undefined {
  if (document.readyState !== 'interactive') return document.readyState === 'complete';
  try {
    // Navigation Timing Level 2 (never the deprecated performance.timing).
    const timing = globalThis.performance?.getEntriesByType?.('navigation')[0] as
      | PerformanceNavigationTiming
      | undefined;
    // The document's response has come by the time any script runs: a zero there is a hidden clock.
    if (timing?.responseEnd) return !!timing.domContentLoadedEventStart;
  } catch {
    // A page that broke the API: as if it were hidden.
  }
  return undefined;
}

/**
 * Without a clock to tell, the longest events wait for DOMContentLoaded,
 * which comes at once after the scripts already there have run: a widget
 * added after it (when nothing will fire it again) still fires its events.
 */
const UNSURE_WAIT_MS = 500;

/**
 * Settles when DOMContentLoaded fires (or `load`, or, when the page cannot
 * tell whether it has, after UNSURE_WAIT_MS); false once it has, or when it
 * had before this file ran, or on a server (Lit's `isServer`: server
 * rendering in Node imports this file too, with no page; nor in an edge or
 * worker runtime).
 */
let waiting: Promise<unknown> | false =
  // An edge or worker runtime gets Lit's browser build but has no page: nothing to wait for.
  !isServer &&
  typeof document !== 'undefined' &&
  typeof addEventListener === 'function' &&
  contentLoaded() !== true &&
  pageScriptsDone();

function pageScriptsDone(): Promise<unknown> {
  const unsure = contentLoaded() === undefined;
  return new Promise<void>((resolve) => {
    const done = () => {
      removeEventListener('DOMContentLoaded', done);
      removeEventListener('load', done);
      clearTimeout(timer);
      resolve();
    };
    addEventListener('DOMContentLoaded', done);
    addEventListener('load', done);
    const timer = unsure ? setTimeout(done, UNSURE_WAIT_MS) : undefined;
  }).then(() => (waiting = false));
}

/** Runs `work` now, or once the page's own scripts have run (in the order given). */
export const afterPageScripts = (work: () => void): unknown => (waiting ? waiting.then(work) : work());
