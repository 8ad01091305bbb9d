// What a host's own rubric needs, and no other page: the validator (zod and
// every rule of parseRubric), the fetch of `rubric-src`, and the English
// words for what can go wrong. The CDN build makes it a file of its own
// (ktech-pass-assessment.validator.js) that RubricSource loads on demand and
// that imports nothing from the main file; the built-in rubric is validated
// by the test suite, not on every page view.
import { parseRubric } from '../../rubric/parse-rubric.js';
import type { AssessmentIssue, Rubric } from '../../rubric/types.js';
import { frozen } from './frozen.js';
import type { Messages, RubricMessages } from '../i18n/messages.js';
import type { RubricFailure } from './rubric-source.js';

/** The words for a host rubric that cannot be used, in English; other languages have them in their own tables (src/locales/). */
export const RUBRIC_MESSAGES_EN: RubricMessages = {
  rubricFetch: (src, why) => `The rubric could not be loaded from ${src} (${why}).`,
  timedOut: 'no answer in time',
  networkError: 'network error',
  rubricJson: (src) => `The rubric at ${src} is not valid JSON.`,
  rubricInvalid: 'The rubric is not valid, so no score can be given.',
};

/**
 * A failure worded in the widget's language when it is shown. The built-in
 * rubric is deliberately not used instead: the host asked for its own, and
 * scoring with another would be a silent wrong score.
 */
const failure = (wording: (t: RubricMessages) => string, issues: AssessmentIssue[]): RubricFailure => ({
  wording: (t: Messages) => wording({ ...RUBRIC_MESSAGES_EN, ...t }),
  issues,
});

/** `src` as JSON; a RubricFailure when it cannot be had within `timeout` ms. `load` cancels it. */
async function fetchJson(src: string, load: AbortController, timeout: number): Promise<unknown> {
  const timer = setTimeout(() => load.abort('timeout'), timeout);
  // The body is read, then parsed: a body that cannot be read (a broken
  // gzip, a connection cut halfway) is a network error, not "not JSON".
  let stage: 'fetch' | 'status' | 'body' | 'json' = 'fetch';
  let status = 0;
  try {
    const response = await fetch(src, { signal: load.signal });
    stage = 'status';
    status = response.status;
    if (!response.ok) throw new Error(`the server answered HTTP ${status}`);
    stage = 'body';
    const text = await response.text();
    stage = 'json';
    return JSON.parse(text) as unknown;
  } catch (error) {
    const timedOut = load.signal.reason === 'timeout';
    throw failure(
      (t) =>
        stage === 'json' && !timedOut
          ? t.rubricJson(src)
          : t.rubricFetch(src, timedOut ? t.timedOut : stage === 'status' ? `HTTP ${status}` : t.networkError),
      [{ path: src, message: timedOut ? `no answer within ${timeout} ms` : (error as Error).message }],
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A host's rubric, given as a value (the `rubric` property) or fetched from
 * `rubric-src`: a validated, frozen copy (the host editing its object later
 * changes nothing; a cycle or a function is an issue). Rejects with a
 * RubricFailure.
 */
export async function loadRubric(
  source: { value: unknown } | { src: string },
  load: AbortController,
  timeout: number,
): Promise<Rubric> {
  const value = 'src' in source ? await fetchJson(source.src, load, timeout) : source.value;
  try {
    return frozen(parseRubric(value));
  } catch (error) {
    const issues = (error as { issues?: AssessmentIssue[] }).issues;
    throw failure(
      (t) => t.rubricInvalid,
      Array.isArray(issues)
        ? issues
        : [{ path: 'src' in source ? source.src : 'rubric', message: (error as Error).message }],
    );
  }
}
