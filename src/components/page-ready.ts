// The page's own scripts run after the widget's when they come later in the
// page (a module script after the element, as the README shows, or a
// DOMContentLoaded handler). An event the widget fires before they have run
// (the result restored by the browser's Back, a problem with an attribute
// found on the first render) would reach none of their listeners, so it
// waits for them: for DOMContentLoaded, or for load when this file came
// after DOMContentLoaded, before the page finished loading.

/** Settles when the page's own scripts have run; false once they have (or when they had before this file loaded). */
let waiting: Promise<unknown> | false =
  document.readyState != 'complete' &&
  new Promise((resolve) => {
    addEventListener('DOMContentLoaded', resolve);
    addEventListener('load', resolve);
  }).then(() => (waiting = false));

/** Runs `work` now, or once the page's own scripts have run (in the order given). */
export const afterPageScripts = (work: () => void): unknown => (waiting ? waiting.then(work) : work());
