// Code that runs inside the bench pages. Puppeteer sends these functions as
// source text, so they use nothing from outside their own bodies.
//
// The widget and SurveyJS pages declare `window.benchTarget = { root,
// change(question, option), text() }` for the answer-change bench: `root` holds
// the form, `change` clicks a radio and resolves once the page re-rendered.

/**
 * Installed before any page script runs. Records, in performance.now() time
 * (ms since navigation start), when the first radio input is in the DOM:
 * the interactive form. Shadow roots are watched as they are attached, so a
 * form rendered inside a custom element counts the moment it is inserted.
 * `window.benchForm` resolves with that time.
 */
export function installFormProbe() {
  let found;
  window.benchForm = new Promise((resolve) => (found = resolve));
  const observers = [];
  const done = () => {
    found(performance.now());
    for (const observer of observers) observer.disconnect();
  };
  const watch = (root) => {
    if (root.querySelector('input[type="radio"]')) return done();
    const observer = new MutationObserver(() => {
      if (root.querySelector('input[type="radio"]')) done();
    });
    observer.observe(root, { childList: true, subtree: true });
    observers.push(observer);
  };
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
}

/** Resolves with the first-contentful-paint time (ms since navigation start), or null after `timeout` ms. */
export function firstContentfulPaint(timeout) {
  return new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(null), timeout);
  });
}
