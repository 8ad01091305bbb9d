// Code that runs inside the bench pages. Puppeteer sends these functions as
// source text, so they use nothing from outside their own bodies.
//
// Both pages declare `window.benchTarget = { root, change(question, option), text() }`:
// `root` holds the form (the widget's shadow root, SurveyJS's container),
// `change` clicks a radio and resolves once the page re-rendered.

/**
 * Installed before any page script runs. First interactive render = from the
 * page's 'start' mark to the first animation frame after the first radio
 * input is in the form; `window.benchFirstRender` resolves with it (ms).
 */
export function installFirstRenderProbe() {
  let rendered;
  window.benchFirstRender = new Promise((resolve) => (rendered = resolve));
  const mark = () =>
    requestAnimationFrame(() => rendered(performance.now() - performance.getEntriesByName('start')[0].startTime));
  let target;
  Object.defineProperty(window, 'benchTarget', {
    get: () => target,
    // Pages declare their target right after their own scripts ran: the
    // form may be there already, or may still come (a MutationObserver
    // reports it within a microtask of its insertion).
    set(value) {
      target = value;
      const hasRadio = () => value.root.querySelector('input[type="radio"]') !== null;
      if (hasRadio()) return mark();
      const observer = new MutationObserver(() => {
        if (!hasRadio()) return;
        observer.disconnect();
        mark();
      });
      observer.observe(value.root, { childList: true, subtree: true });
    },
  });
}

/**
 * Changes one answer `delays.length` times, alternating `options`, and times
 * each change (ms) from the click:
 * - `rendered`: until the page re-rendered and style and layout are done;
 * - `nextFrame`: until the next animation frame after that, as the issue asks.
 * Change i waits `delays[i]` ms first (random, 0-16), so clicks fall at random
 * points of the frame, as a person's do: clicking right after a frame would
 * make every `nextFrame` a whole frame long, whatever the work. The first
 * `warmup` changes are not kept.
 */
export async function measureChanges({ question, options, delays, warmup }) {
  const rendered = [];
  const nextFrame = [];
  for (const [i, delay] of delays.entries()) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    const start = performance.now();
    await window.benchTarget.change(question, options[i % options.length]);
    document.body.getBoundingClientRect(); // forces style and layout now, shadow trees included
    const done = performance.now();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const framed = performance.now();
    if (i >= warmup) {
      rendered.push(done - start);
      nextFrame.push(framed - start);
    }
  }
  return { rendered, nextFrame };
}
