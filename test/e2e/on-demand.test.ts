// Files loaded on demand, on the strict CSP + Trusted Types page:
// an English page with the built-in rubric makes one request, a Korean page
// two and never shows English, a host rubric loads the validator once, and a
// main file loaded as `…js?v=3` is never fetched twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { answerStep, reachResult, submit } from '../../bench/drive.mjs';
import { events } from './recorder.js';
import { BUNDLE, STRICT_CSP, type Suite, open, requestsSoFar, startSuite } from './suite.js';
import { TAG, settle, waitFor } from './widget.js';

declare global {
  interface Window {
    /** Every text the widget's shadow root showed, in order (recordShadowTexts). */
    __shadowTexts: string[];
  }
}

let suite: Suite;
before(async () => {
  suite = await startSuite();
  suite.csp = STRICT_CSP;
});
after(() => suite?.close());

const KO_FILE = '/dist/ktech-pass-assessment.ko.js';
const VALIDATOR = '/dist/ktech-pass-assessment.validator.js';
// Chromium asks for /favicon.ico by itself for a new origin: not the page's doing.
const own = (urls: string[]) =>
  urls.map((url) => url.replace(suite.base, '')).filter((path) => path !== '/favicon.ico');
const stepShown = (page: Page, id = 'w') =>
  waitFor(page, (id) => document.getElementById(id)?.shadowRoot?.querySelector('form[part="step"]'), [id], {
    message: `the form of #${id}`,
  });
const violations = (page: Page) => page.evaluate(() => window.__e2e.violations);

/**
 * Records every text the widget's shadow root ever shows, from its first
 * render: a patched attachShadow observes each root as it is made.
 */
function recordShadowTexts() {
  const seen: string[] = (window.__shadowTexts = []);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const note = () => seen.push((root.textContent ?? '').replace(/\s+/g, ' ').trim());
    new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
    return root;
  };
}

test('an English page with the built-in rubric makes one request: the script', async () => {
  suite.serverLog.length = 0;
  const { page, log } = await open(suite, '/fixtures/plain.html');
  try {
    await stepShown(page);
    await settle(page);
    await requestsSoFar(suite, page, log);
    assert.deepEqual(own(log.requests), ['/fixtures/plain.html', BUNDLE]);
    assert.deepEqual(await violations(page), []);
  } finally {
    await page.close();
  }
});

// Regional tags pick the file: zh-CN is Simplified Chinese, vi-VN Vietnamese.
for (const [fixture, file, next] of [
  ['chinese.html', '/dist/ktech-pass-assessment.zh-Hans.js', '下一步'],
  ['vietnamese.html', '/dist/ktech-pass-assessment.vi.js', 'Tiếp tục'],
] as const) {
  test(`a page in ${fixture.replace('.html', '')} loads the main file and ${file.split('/').at(-1)}, and shows no English`, async () => {
    suite.serverLog.length = 0;
    const { page, log } = await open(suite, `/fixtures/${fixture}`, {
      before: (page) => page.evaluateOnNewDocument(recordShadowTexts),
    });
    try {
      await stepShown(page);
      await settle(page);
      assert.deepEqual(own(log.requests), [`/fixtures/${fixture}`, `${BUNDLE}?v=3`, file]);
      const texts = (await page.evaluate(() => window.__shadowTexts)).filter(Boolean);
      assert.ok(texts.at(-1)?.includes(next), `the form is in the page's language: ${texts.at(-1)?.slice(0, 120)}`);
      for (const shown of texts) {
        assert.doesNotMatch(
          shown,
          /\b(Next|Loading|Step \d|Estimated score|Your highest degree)\b/,
          `English shown: ${shown.slice(0, 120)}`,
        );
      }
      assert.deepEqual(await violations(page), []);
    } finally {
      await page.close();
    }
  });
}

test('a Korean page makes two requests and never shows English, not even for a frame', async () => {
  suite.serverLog.length = 0;
  const { page, log } = await open(suite, '/fixtures/korean.html', {
    before: (page) => page.evaluateOnNewDocument(recordShadowTexts),
  });
  try {
    await stepShown(page);
    await settle(page);
    assert.deepEqual(own(log.requests), ['/fixtures/korean.html', `${BUNDLE}?v=3`, KO_FILE]);
    const texts = (await page.evaluate(() => window.__shadowTexts)).filter(Boolean);
    assert.ok(texts.length > 0, 'the widget rendered');
    assert.match(texts.at(-1) ?? '', /다음/, 'the form is in Korean');
    for (const shown of texts) {
      assert.doesNotMatch(
        shown,
        /\b(Next|Loading|Step \d|Estimated score|Your highest degree)\b/,
        `English shown: ${shown.slice(0, 120)}`,
      );
    }
    assert.deepEqual(await violations(page), []);
  } finally {
    await page.close();
  }
});

test('a Korean page whose language file does not come shows English after a while, with a notice', async () => {
  const { page } = await open(suite, '/fixtures/korean.html', {
    before: async (page) => {
      await page.evaluateOnNewDocument(recordShadowTexts);
      await page.setRequestInterception(true);
      // The language file hangs; everything else is served.
      page.on('request', (request) => (request.url().endsWith('.ko.js') ? undefined : request.continue()));
    },
  });
  try {
    const waited = Date.now();
    await stepShown(page);
    const elapsed = Date.now() - waited;
    const shown = await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.textContent ?? '', TAG);
    assert.match(shown, /Next/, 'English, the fallback');
    assert.match(shown, /did not load .*; showing English/, 'a notice says why');
    assert.ok(elapsed > 1000, `it waited for Korean first (${elapsed} ms)`);
    const errors = await events(page, 'assessment-error');
    assert.equal(errors.length, 1, 'one assessment-error');
    const texts = (await page.evaluate(() => window.__shadowTexts)).filter(Boolean);
    assert.doesNotMatch(texts[0] ?? '', /Loading/, 'nothing English before the wait was over');
  } finally {
    await page.close();
  }
});

test('host rubrics load the validator once for every instance, and the main file once', async () => {
  suite.serverLog.length = 0;
  const { page, log } = await open(suite, '/fixtures/host-rubrics.html');
  try {
    for (const id of ['a', 'b', 'c']) await stepShown(page, id);
    await settle(page);
    const requests = own(log.requests);
    assert.equal(requests.filter((url) => url === VALIDATOR).length, 1, 'the validator, once');
    assert.equal(requests.filter((url) => url.startsWith(BUNDLE)).length, 1, 'the main file, once');
    assert.deepEqual(
      requests.filter((url) => /\.js(\?|$)/.test(url)).sort(),
      [`${BUNDLE}?v=3`, VALIDATOR, '/fixtures/set-host-rubrics.js'].sort(),
    );
    const titles = await page.evaluate(() =>
      ['a', 'b', 'c'].map((id) => document.getElementById(id)!.shadowRoot!.querySelector('h2')?.textContent),
    );
    assert.deepEqual(titles.slice(0, 2), ['Set by the host page', 'Set by the host page']);
    assert.deepEqual(await violations(page), []);
  } finally {
    await page.close();
  }
});

test('a problem found while the language file is on its way is worded in that language', async () => {
  const { page } = await open(suite, '/fixtures/korean-missing-rubric.html', {
    before: async (page) => {
      await page.setRequestInterception(true);
      // The rubric's 404 comes back first; Korean arrives 500 ms later.
      page.on('request', (request) =>
        request.url().endsWith('.ko.js') ? setTimeout(() => request.continue(), 500) : request.continue(),
      );
    },
  });
  try {
    await waitFor(
      page,
      (tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"] button'),
      [TAG],
      { message: 'the error' },
    );
    const alert = await page.evaluate(
      (tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"]')!.textContent ?? '',
      TAG,
    );
    assert.match(alert, /평가 기준을 불러오지 못했습니다/);
    assert.doesNotMatch(alert, /could not be loaded/);
    const [error] = await events(page, 'assessment-error');
    assert.match(error?.detail.message ?? '', /평가 기준을 불러오지 못했습니다/);
  } finally {
    await page.close();
  }
});

// The result view is a file of its own (ktech-pass-assessment.result.js):
// fetched once the applicant starts, never for a visitor who does nothing.
const RESULT_FILE = '/dist/ktech-pass-assessment.result.js';
const isResultFile = (url: string) => new URL(url).pathname === RESULT_FILE;

test('the result view is requested once the applicant starts, not at load or idle', async () => {
  const { page, log } = await open(suite, '/fixtures/plain.html');
  try {
    await stepShown(page);
    // Past load and idle: a visitor who does nothing.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
    assert.deepEqual(own(log.requests), ['/fixtures/plain.html', BUNDLE]);
    const radio = await page.evaluateHandle(
      (tag) => document.querySelector(tag)!.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!,
      TAG,
    );
    await radio.click();
    for (let wait = 0; wait < 50 && !log.requests.some(isResultFile); wait++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(page);
    assert.equal(
      log.requests.filter(isResultFile).length,
      1,
      `one request for the result file: ${own(log.requests).join(', ')}`,
    );
    assert.deepEqual(await violations(page), []);
  } finally {
    await page.close();
  }
});

/** Answers step after step by what the DOM shows (no question ids) until the result shows. */
const reach = (page: Page) => reachResult(page, TAG, () => settle(page));

// Once the result view is here, and on the last step, the result is made ahead while the browser
// is idle, off the page (ResultViewLoader.warm): nothing of it may show, be fetched or be heard.
test('the last step, left idle, shows and fetches nothing more', async () => {
  const { page, log } = await open(suite, '/fixtures/plain.html');
  try {
    await stepShown(page);
    const submitText = () =>
      page.evaluate(
        (tag) =>
          document.querySelector(tag)!.shadowRoot!.querySelector('form[part="step"] button[type="submit"]')
            ?.textContent ?? '',
        TAG,
      );
    const act = async (_kind: string, action: () => Promise<unknown>) => {
      await action();
      await settle(page);
    };
    // Answers by what the DOM shows (the first option of each) until See my result is next.
    for (let step = 0; step < 12 && !/result/.test(await submitText()); step++) {
      await answerStep(page, TAG, act);
      await submit(page, TAG);
      await settle(page);
    }
    assert.match(await submitText(), /See my result/);
    await answerStep(page, TAG, act);
    const shown = () => page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.innerHTML, TAG);
    const before = await shown();
    // Headless Chromium may give no idle period for seconds after input; the widget's idle work has a 1 s timeout.
    for (let wait = 0; wait < 2; wait++) await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(await shown(), before, 'the step as it was');
    assert.ok(!own(log.requests).includes('/dist/ktech-pass-assessment.visas.js'), 'the visas file is not asked for');
    assert.deepEqual(await events(page, 'score'), []);
    assert.deepEqual(await events(page, 'assessment-error'), []);
    assert.deepEqual(await violations(page), []);
  } finally {
    await page.close();
  }
});

test('a result file that fails once is fetched again, and the result comes', async () => {
  const { page, log } = await open(suite, '/fixtures/plain.html', {
    before: async (page) => {
      await page.setRequestInterception(true);
      let failed = false;
      page.on('request', (request) => {
        if (isResultFile(request.url()) && !failed) {
          failed = true;
          return void request.respond({ status: 503, body: 'unavailable' });
        }
        request.continue();
      });
    },
  });
  try {
    await stepShown(page);
    assert.ok(await reach(page), 'the result is shown');
    const asked = log.requests.filter(isResultFile);
    assert.equal(asked.length, 2, `asked twice: ${asked.join(', ')}`);
    assert.notEqual(asked[0], asked[1], 'under a fresh URL the second time');
    assert.equal(
      await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.activeElement?.id, TAG),
      'result-title',
      'focus on the result',
    );
    assert.deepEqual(await events(page, 'assessment-error'), []);
    assert.deepEqual(await violations(page), []);
  } finally {
    await page.close();
  }
});

test('a result file that never comes is said, with an assessment-error, and no answer is lost', async () => {
  const { page, log } = await open(suite, '/fixtures/plain.html', {
    before: async (page) => {
      await page.setRequestInterception(true);
      page.on('request', (request) =>
        isResultFile(request.url()) ? request.respond({ status: 503, body: 'unavailable' }) : request.continue(),
      );
    },
  });
  try {
    await stepShown(page);
    assert.equal(await reach(page), false, 'no result view');
    const answers = await page.evaluate(
      (tag) => Object.keys((document.querySelector(tag) as HTMLElement & { answers: object }).answers).length,
      TAG,
    );
    assert.ok(answers > 0, 'the answers are kept');
    const [error] = await events(page, 'assessment-error');
    assert.ok(error, 'an assessment-error');
    assert.match(
      await page.evaluate(
        (tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '',
        TAG,
      ),
      /cannot be shown/,
    );
    assert.ok(
      await page.evaluate(
        (tag) => !!document.querySelector(tag)!.shadowRoot!.querySelector('form[part="step"] button[type="submit"]'),
        TAG,
      ),
      'the last step, to try again',
    );
    assert.ok(log.requests.filter(isResultFile).length >= 2, 'fetched again before giving up');
  } finally {
    await page.close();
  }
});
