// Two instances on one page, and the script loaded twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type RecordedEvent, events, recorded } from './recorder.js';
import { OTHER_VERSION, type Suite, consoleOf, open, startSuite } from './suite.js';
import { TAG, WORKED, WORKED_TOTAL, type Widget, complete, shadowText, waitFor } from './widget.js';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(() => suite?.close());

const { employerSize: _preset, ...WORKED_WITHOUT_SIZE } = WORKED;
/** Other answers for the second instance: not eligible. */
const OTHER = {
  jobOffer: 'yes',
  inKorea: 'no',
  degree: 'bachelors',
  experience: 1,
  employer: ['other'],
  koreaExperience: 'no',
  salary: 30000000,
  field: 'non-tech',
  evidence: 'none',
  researchDistinction: 'none',
  role: 'support',
  governmentProgramme: 'none',
};

test('two instances with different lang and employer-size keep their own answers, results and events', async () => {
  const { page, log } = await open(suite, '/fixtures/two.html');
  try {
    await waitFor(page, () =>
      [...document.querySelectorAll('ktech-pass-assessment')].every((element) =>
        element.shadowRoot?.querySelector('form[part="step"]'),
      ),
    );
    assert.equal(await shadowText(page, '#a', 'form[part="step"] button[type="submit"]'), '다음', 'a speaks Korean');
    assert.equal(await shadowText(page, '#b', 'form[part="step"] button[type="submit"]'), 'Next', 'b speaks English');

    await complete(page, '#a', WORKED_WITHOUT_SIZE);
    const answersB = await page.evaluate(() => document.querySelector<Widget>('#b')!.answers);
    assert.deepEqual(answersB, {}, 'answering a leaves b untouched');
    await complete(page, '#b', OTHER);

    const answerA = await events(page, 'answer', 'a');
    const answerB = await events(page, 'answer', 'b');
    // Typing fires one event per keystroke; the last one per question holds the answer.
    const last = (list: Array<RecordedEvent<'answer'>>) =>
      Object.fromEntries(list.map((event) => [event.detail.questionId, event.detail.value]));
    assert.deepEqual(last(answerA), WORKED_WITHOUT_SIZE, "a's answer events carry a's answers only");
    assert.deepEqual(last(answerB), OTHER, "b's answer events carry b's answers only");
    const [scoreA, ...moreA] = await events(page, 'score', 'a');
    const [scoreB, ...moreB] = await events(page, 'score', 'b');
    assert.deepEqual([moreA.length, moreB.length], [0, 0], 'one score event each');
    assert.deepEqual(scoreA?.detail.answers, WORKED, 'a: its answers plus its preset employer size (sme)');
    assert.equal(scoreA?.detail.total, WORKED_TOTAL);
    assert.equal(scoreA?.detail.eligible, true);
    assert.deepEqual(
      scoreB?.detail.answers,
      { ...OTHER, employerSize: 'large' },
      'b: its answers plus its preset employer size (large)',
    );
    assert.equal(scoreB?.detail.eligible, false);
    assert.ok(scoreB && scoreB.detail.total < WORKED_TOTAL);
    assert.deepEqual(
      await page.evaluate(() => document.querySelector<Widget>('#a')!.answers),
      WORKED_WITHOUT_SIZE,
      "b's answers did not reach a",
    );
    assert.deepEqual(await events(page, 'assessment-error'), []);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await page.close();
  }
});

test('script loaded twice (two script tags and an import() of a copy at another URL): no exception, no warning', async () => {
  const { page, log } = await open(suite, '/fixtures/twice.html');
  try {
    assert.equal(await waitFor(page, () => window.__copyLoaded), 'ok', 'the copy evaluates without throwing');
    assert.ok(
      log.requests.some((url) => url.endsWith('/copy/ktech-pass-assessment.js')),
      'the copy was really loaded',
    );
    await complete(page, '#w', WORKED);
    assert.equal((await events(page, 'score', 'w'))[0]?.detail.total, WORKED_TOTAL);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual((await recorded(page)).errors, []);
    assert.deepEqual(consoleOf(log, 'error'), []);
    assert.deepEqual(consoleOf(log, 'warn'), [], 'same version: nothing to say');
  } finally {
    await page.close();
  }
});

test('another version loaded after ours: one warning, the first definition stays', async () => {
  const { page, log } = await open(suite, '/fixtures/other-version.html');
  try {
    assert.equal(await waitFor(page, () => window.__copyLoaded), 'ok');
    const warnings = consoleOf(log, 'warn');
    assert.equal(warnings.length, 1, `one warning (got ${JSON.stringify(warnings)})`);
    const [warning = ''] = warnings;
    assert.ok(warning.includes(OTHER_VERSION) && warning.includes('0.') && warning.includes(TAG), warning);
    assert.notEqual(
      await page.evaluate(
        (tag) => (customElements.get(tag) as CustomElementConstructor & { version?: string }).version,
        TAG,
      ),
      OTHER_VERSION,
      'the first one stays',
    );
    await complete(page, '#w', WORKED);
    assert.equal((await events(page, 'score', 'w'))[0]?.detail.total, WORKED_TOTAL);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await page.close();
  }
});
