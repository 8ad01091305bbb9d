// One bad moment never breaks the widget for good, on the built file in
// Chromium: an on-demand file (the validator, a language) that fails once is
// fetched again at a fresh URL on "Try again", by the next widget and on the
// next language choice; a page whose navigation timing is hidden (a privacy
// setting) or removed still hears every event; two tabs keep each other's
// answers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { type Suite, open, startSuite } from './suite.js';
import { TAG, settle, shadowText, waitFor, whenDefined } from './widget.js';

declare global {
  interface Window {
    heard?: { type: string; total?: number; message?: string }[];
  }
}

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(() => suite?.close());

const VALIDATOR = '/dist/ktech-pass-assessment.validator.js';
const KO_FILE = '/dist/ktech-pass-assessment.ko.js';

/** Answers the first request for `path` with a 503, as a server having a bad moment; every later one goes through. */
async function failOnce(page: Page, path: string): Promise<string[]> {
  const asked: string[] = [];
  let failed = false;
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.pathname === path) asked.push(url.pathname + url.search);
    if (url.pathname === path && !failed) {
      failed = true;
      void request.respond({ status: 503, contentType: 'text/plain', body: 'busy' });
    } else void request.continue();
  });
  return asked;
}

const formShown = (page: Page, id: string) =>
  waitFor(page, (id) => !!document.getElementById(id)?.shadowRoot?.querySelector('form[part~="step"]'), [id], {
    message: `the form of #${id}`,
  });

test('the validator failing once: the notice says so once, "Try again" fetches it at a fresh URL, and a later widget works', async () => {
  const { page } = await open(suite, '/fixtures/empty.html', {
    before: (page) => failOnce(page, VALIDATOR).then((asked) => ((page as Page & { asked?: string[] }).asked = asked)),
  });
  const asked = (page as Page & { asked?: string[] }).asked as string[];
  try {
    await page.evaluate((tag) => {
      const el = document.createElement(tag) as HTMLElement & { rubric: unknown; lang: string };
      el.id = 'a';
      el.lang = 'en';
      document.getElementById('box')!.append(el);
      el.rubric = { ...(el as unknown as { rubric: object }).rubric, id: 'host-copy' };
    }, TAG);
    const alert = await waitFor(
      page,
      () =>
        document
          .getElementById('a')
          ?.shadowRoot?.querySelector('[role="alert"]')
          ?.textContent?.replace(/\s+/g, ' ')
          .trim(),
      [],
      { message: 'the failure' },
    );
    assert.match(alert, /did not load/);
    assert.equal(alert.split('The assessment cannot be shown').length - 1, 1, `said once: ${alert}`);
    await page.evaluate(() =>
      document.getElementById('a')!.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click(),
    );
    await formShown(page, 'a');
    assert.deepEqual(asked, [VALIDATOR, `${VALIDATOR}?retry=1`]);
    await page.evaluate((tag) => {
      const el = document.createElement(tag) as HTMLElement & { rubric: unknown };
      el.id = 'b';
      document.getElementById('box')!.append(el);
      el.rubric = { ...(document.getElementById('a') as unknown as { rubric: object }).rubric, id: 'host-copy-2' };
    }, TAG);
    await formShown(page, 'b');
  } finally {
    await page.close();
  }
});

test('a language file failing once: English with a notice, then choosing the language again (even the same) or the next widget gets it', async () => {
  const { page } = await open(suite, '/fixtures/empty.html', {
    before: (page) => failOnce(page, KO_FILE).then((asked) => ((page as Page & { asked?: string[] }).asked = asked)),
  });
  const asked = (page as Page & { asked?: string[] }).asked as string[];
  try {
    await page.evaluate((tag) => {
      const el = document.createElement(tag);
      el.id = 'a';
      el.setAttribute('lang', 'ko');
      el.setAttribute('language-picker', '');
      document.getElementById('box')!.append(el);
    }, TAG);
    await formShown(page, 'a');
    await settle(page);
    assert.match(await shadowText(page, '#a'), /The file of lang "ko" did not load .*; showing English\./);
    // The applicant chooses 한국어 again in the menu (it is still the language asked for): fetched again, at a URL of its own.
    await page.evaluate(() => {
      const picker = document.getElementById('a')!.shadowRoot!.querySelector<HTMLFormElement>('form.picker')!;
      picker.querySelector('select')!.value = 'ko';
      picker.requestSubmit();
    });
    await waitFor(page, () => document.getElementById('a')?.shadowRoot?.textContent?.includes('다음'), [], {
      message: 'Korean in #a',
    });
    assert.deepEqual(asked, [KO_FILE, `${KO_FILE}?retry=1`]);
    // The file is here now: the notice that it did not load (in English) is gone from the Korean widget.
    await settle(page, '#a');
    assert.doesNotMatch(await shadowText(page, '#a'), /did not load/);
    // A new widget in Korean: the file is there.
    await page.evaluate((tag) => {
      const el = document.createElement(tag);
      el.id = 'b';
      el.setAttribute('lang', 'ko');
      document.getElementById('box')!.append(el);
    }, TAG);
    await formShown(page, 'b');
    await waitFor(page, () => document.getElementById('b')?.shadowRoot?.textContent?.includes('다음'), [], {
      message: 'Korean in #b',
    });
    assert.deepEqual(asked, [KO_FILE, `${KO_FILE}?retry=1`]);
  } finally {
    await page.close();
  }
});

/** A browser whose navigation timing is hidden (zeros) or gone, as privacy settings and some pages make it. */
function hideTiming(how: 'zeroed' | 'missing') {
  const zeros = new Proxy({}, { get: () => 0 });
  // Zeroed: an entry whose every time is 0; missing: no entry at all.
  Object.defineProperty(performance, 'getEntriesByType', {
    value: () => (how === 'zeroed' ? [zeros] : []),
    configurable: true,
  });
  Object.defineProperty(performance, 'timing', {
    get: () => (how === 'zeroed' ? zeros : undefined),
    configurable: true,
  });
}

for (const how of ['zeroed', 'missing'] as const) {
  test(`navigation timing ${how}: a widget added after DOMContentLoaded, while an image loads, still fires its events`, async () => {
    const { page, log } = await open(suite, '/fixtures/tag-manager.html', {
      waitUntil: 'domcontentloaded',
      before: (page) => page.evaluateOnNewDocument(hideTiming, how),
    });
    try {
      await whenDefined(page);
      await settle(page);
      assert.equal(
        await page.evaluate(() => document.readyState),
        'interactive',
        'the page is still loading its image',
      );
      const heard = await waitFor(page, () => window.heard?.length && window.heard.map((event) => event.type), [], {
        message: 'an event',
        timeout: 3000,
      });
      assert.deepEqual(heard, ['assessment-error']);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });
}

test('two tabs with persist: each follows the other, and a reload keeps both tabs’ answers', async () => {
  const context = await suite.browser.createBrowserContext();
  try {
    const first = await open(suite, '/fixtures/persist.html', { context });
    const second = await open(suite, '/fixtures/persist.html', { context });
    // A real click (pointer events, focus): the applicant has started, and the result view's file,
    // which completes the built-in rubric with its texts, comes as it does for every applicant.
    const pick = async (page: Page, question: number, option: number) => {
      const radio = await page.evaluateHandle(
        (question, option) => {
          const radios = [
            ...document.getElementById('w')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
          ];
          const names = [...new Set(radios.map((radio) => radio.name))];
          return radios.filter((candidate) => candidate.name === names[question])[option] as HTMLInputElement;
        },
        question,
        option,
      );
      // A background tab paints no frame, and a click waits for one: the applicant's tab is in front.
      await page.bringToFront();
      await radio.click();
      return radio.evaluate((radio) => [radio.name, radio.value] as const);
    };
    const answersOf = (page: Page) =>
      page.evaluate(() => (document.getElementById('w') as unknown as { answers: Record<string, unknown> }).answers);
    const started = (page: Page) =>
      waitFor(
        page,
        () =>
          (document.getElementById('w') as unknown as { rubric: { pathways: { description?: string }[] } }).rubric
            ?.pathways[0]?.description,
        [],
        { message: 'the result view’s file (with the rubric’s result texts) loaded' },
      );
    const [q1, a1] = await pick(first.page, 0, 0);
    await started(first.page);
    await waitFor(
      second.page,
      (q1, a1) => (document.getElementById('w') as unknown as { answers: Record<string, unknown> }).answers[q1] === a1,
      [q1, a1],
      {
        message: 'the first tab’s answer in the second',
      },
    );
    // The second tab changes the first tab's answer; the first follows, though its rubric got its texts meanwhile.
    const [, changed] = await pick(second.page, 0, 1);
    assert.notEqual(changed, a1);
    await started(second.page);
    await waitFor(
      first.page,
      (q1, changed) =>
        (document.getElementById('w') as unknown as { answers: Record<string, unknown> }).answers[q1] === changed,
      [q1, changed],
      {
        message: 'the second tab’s change in the first',
      },
    );
    const [q2, a2] = await pick(first.page, 1, 0);
    await waitFor(
      second.page,
      (q2) => (document.getElementById('w') as unknown as { answers: Record<string, unknown> }).answers[q2],
      [q2],
      {
        message: 'the first tab’s second answer in the second',
      },
    );
    assert.deepEqual(await answersOf(second.page), { [q1]: changed, [q2]: a2 });
    await first.page.close();
    await second.page.close();
    const reloaded = await open(suite, '/fixtures/persist.html', { context });
    await settle(reloaded.page);
    assert.deepEqual(await answersOf(reloaded.page), { [q1]: changed, [q2]: a2 });
  } finally {
    await context.close();
  }
});
