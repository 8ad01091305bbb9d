// Zero network: completing an assessment asks for nothing but the
// page, the script, the result view's file beside it (once the applicant
// starts) and, when given, the host's rubric-src. Logged twice: by
// the browser (every request the page made) and by the server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { events } from './recorder.js';
import { BUNDLE, type Suite, open, requestsSoFar, startSuite } from './suite.js';
import { TAG, WORKED, WORKED_TOTAL, complete, inShadow, settle, waitFor } from './widget.js';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(() => suite?.close());

// Chromium asks for /favicon.ico by itself for a new origin: not the page's doing.
const own = (urls: string[]) =>
  urls.map((url) => url.replace(suite.base, '')).filter((path) => path !== '/favicon.ico');

async function run(path: string, expected: string[]) {
  suite.serverLog.length = 0;
  const { page, log } = await open(suite, path);
  try {
    await waitFor(page, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"]'), [TAG], {
      message: 'the form',
    });
    await complete(page, TAG, WORKED);
    assert.equal((await events(page, 'score'))[0]?.detail.total, WORKED_TOTAL);
    // Play with the result too: a what-if change, the sources, change answers.
    await page.evaluate((tag) => {
      const select = document
        .querySelector(tag)!
        .shadowRoot!.querySelector<HTMLSelectElement>('[part="result"] select[name="degree"]')!;
      select.value = 'doctorate';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, TAG);
    await settle(page);
    const summary = await inShadow(page, TAG, '[part="result"] > details > summary');
    await summary?.click();
    await settle(page);
    await requestsSoFar(suite, page, log);
    assert.deepEqual(own(log.requests), expected, 'requests the browser made');
    assert.deepEqual(own(suite.serverLog), expected, 'requests the server saw');
    assert.deepEqual(log.failed, []);
  } finally {
    await page.close();
  }
}

const RESULT_FILE = BUNDLE.replace('.js', '.result.js');

test('built-in rubric: only the page, the script and its result view', () =>
  run('/fixtures/plain.html', ['/fixtures/plain.html', BUNDLE, RESULT_FILE]));

// The validator comes on demand, and fetches the host's rubric.
test('rubric-src: the page, the script, the validator, the rubric and the result view, once each', () =>
  run('/fixtures/rubric-src.html', [
    '/fixtures/rubric-src.html',
    BUNDLE,
    BUNDLE.replace('.js', '.validator.js'),
    '/rubric/default.json',
    RESULT_FILE,
  ]));
