// When a page's scripts start evaluating, read from a Chromium trace of its
// load: no API in the page reports it. The page's first external script
// evaluation on its main thread after the page's 'start' mark: a classic
// script's EvaluateScript, or a module graph's v8.evaluateModule. Inline
// scripts of the page itself (bench instrumentation) do not count.

/** Enough for script evaluation events and user timing marks, little else (tracing has a cost). */
export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

/**
 * @param {{ name: string, ph: string, ts: number, pid: number, tid: number, args?: any }[]} events the trace's events
 * @param {string} pageUrl the page's URL, whose inline scripts are left out
 * @returns {number | null} ms since navigation start (performance.now() time), or null when no script ran
 */
export function evaluationStart(events, pageUrl) {
  const mark = events.find((event) => event.name === 'start' && event.args?.data?.startTime !== undefined);
  if (!mark) throw new Error(`no 'start' mark in the trace of ${pageUrl}`);
  // The mark is in both clocks: trace time (µs) and performance.now() (ms).
  const offset = mark.ts / 1000 - mark.args.data.startTime;
  const first = events
    .filter((event) => event.pid === mark.pid && event.tid === mark.tid && event.ph === 'X' && event.ts > mark.ts)
    .filter(
      (event) =>
        event.name === 'v8.evaluateModule' || (event.name === 'EvaluateScript' && event.args?.data?.url !== pageUrl),
    )
    .sort((a, b) => a.ts - b.ts)[0];
  return first ? first.ts / 1000 - offset : null;
}
