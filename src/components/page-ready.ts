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
 * Settles when DOMContentLoaded fires; false once it has, or when it had
 * before this file ran, or on a server (Lit's `isServer`: server rendering in
 * Node imports this file too, with no page; an edge or worker runtime, which
 * gets Lit's browser build, has no navigation timing). Only the navigation timing tells
 * "interactive, scripts still to run" from "interactive, DOMContentLoaded
 * fired": its start time is 0 until then (PerformanceTiming: deprecated, but
 * in every browser).
 */
let waiting: Promise<unknown> | false =
  !isServer && !!performance.timing && !performance.timing.domContentLoadedEventStart && new Promise((resolve) => addEventListener('DOMContentLoaded', resolve)).then(() => (waiting = false));

/** Runs `work` now, or once the page's own scripts have run (in the order given). */
export const afterPageScripts = (work: () => void): unknown => (waiting ? waiting.then(work) : work());
