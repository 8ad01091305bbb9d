import { parseRubric } from '../../rubric/parse-rubric.js';
import { frozen } from '../../rubric/frozen.js';

const RUBRIC_MESSAGES_EN = {
  rubricFetch: (src, why) => `The rubric could not be loaded from ${src} (${why}).`,
  timedOut: "no answer in time",
  networkError: "network error",
  rubricJson: (src) => `The rubric at ${src} is not valid JSON.`,
  rubricInvalid: "The rubric is not valid, so no score can be given."
};
const failure = (wording, issues) => ({
  wording: (t) => wording({ ...RUBRIC_MESSAGES_EN, ...t }),
  issues
});
async function fetchJson(src, load, timeout) {
  const timer = setTimeout(() => load.abort("timeout"), timeout);
  let stage = "fetch";
  let status = 0;
  try {
    const response = await fetch(src, { signal: load.signal });
    stage = "status";
    status = response.status;
    if (!response.ok) throw new Error(`the server answered HTTP ${status}`);
    stage = "body";
    const text = await response.text();
    stage = "json";
    return JSON.parse(text);
  } catch (error) {
    const timedOut = load.signal.reason === "timeout";
    throw failure(
      (t) => stage === "json" && !timedOut ? t.rubricJson(src) : t.rubricFetch(src, timedOut ? t.timedOut : stage === "status" ? `HTTP ${status}` : t.networkError),
      [{ path: src, message: timedOut ? `no answer within ${timeout} ms` : error.message }]
    );
  } finally {
    clearTimeout(timer);
  }
}
async function loadRubric(source, load, timeout) {
  const value = "src" in source ? await fetchJson(source.src, load, timeout) : source.value;
  try {
    return frozen(parseRubric(value));
  } catch (error) {
    const issues = error.issues;
    throw failure(
      (t) => t.rubricInvalid,
      Array.isArray(issues) ? issues : [{ path: "src" in source ? source.src : "rubric", message: error.message }]
    );
  }
}

export { RUBRIC_MESSAGES_EN, loadRubric };
