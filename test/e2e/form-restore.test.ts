// History restore of the form control: a person who leaves the page (submits
// the host form, follows a link) and comes back with Back finds the widget on
// the step or the result they left, with their answers. The browser keeps the
// state the element gave it (ElementInternals.setFormValue's second argument)
// and hands it to formStateRestoreCallback. The back/forward cache is turned
// off, or Chromium would bring back the whole page from memory instead.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { events } from './recorder.js';
import { type Suite, open, startSuite } from './suite.js';
import { TAG, WORKED, WORKED_TOTAL, complete, reach, settle, shadowText, whenDefined } from './widget.js';

declare global {
  interface Window {
    /** Set on the form page before leaving it: gone when the page is loaded anew. */
    __left?: boolean;
    /** What the page's own listener heard (fixtures/late-listener.js). */
    heard?: { type: string; total?: number; message?: string }[];
  }
}

let suite: Suite;
let browser: Browser;
let context: BrowserContext;
before(async () => {
  suite = await startSuite();
  browser = await launchChromium({ args: ['--disable-features=BackForwardCache'] });
  context = await browser.createBrowserContext();
});
after(async () => {
  await browser?.close();
  await suite?.close();
});

/** Leaves the form page by `action`, marking it first, so coming back can tell a new load from the old page kept in memory. */
async function leave(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => (window.__left = true));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
}

/** Back to the form page, loaded anew: the browser restores the form state. */
async function backToForm(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.goBack()]);
  await whenDefined(page);
  await settle(page);
  assert.equal(await page.evaluate(() => window.__left), undefined, 'the page was loaded again, not kept in memory');
  assert.equal(
    await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type),
    'back_forward',
  );
}

test('Back after submitting the form returns to the result, with the answers and the submitted score', async () => {
  const { page, log } = await open(suite, '/fixtures/form-restore.html', { context });
  await complete(page, TAG, WORKED);
  await leave(page, () => page.click('#apply'));
  assert.match(page.url(), /empty\.html\?assessment=/);
  await backToForm(page);
  assert.ok(
    await page.evaluate((tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('[part="result"]'), TAG),
    'the result view is shown again',
  );
  assert.deepEqual(
    await page.evaluate(
      (tag) => (document.querySelector(tag) as HTMLElement & { answers: Record<string, unknown> }).answers,
      TAG,
    ),
    WORKED,
  );
  assert.equal(
    await page.evaluate(
      (tag) =>
        (JSON.parse((document.querySelector(tag) as HTMLElement & { value: string }).value) as { total: number }).total,
      TAG,
    ),
    WORKED_TOTAL,
  );
  // The host hears the result again, as when it was first reached.
  assert.deepEqual(
    (await events(page, 'score')).map((event) => event.detail.total),
    [WORKED_TOTAL],
  );
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test("a listener the page adds in a script after the widget's hears the restored result too", async () => {
  const { page } = await open(suite, '/fixtures/form-restore-late.html', { context });
  await complete(page, TAG, WORKED);
  await leave(page, () => page.click('#apply'));
  await backToForm(page);
  assert.deepEqual(await page.evaluate(() => window.heard), [{ type: 'score', total: WORKED_TOTAL }]);
  await page.close();
});

test('Back returns to the step the applicant was on', async () => {
  const { page } = await open(suite, '/fixtures/form-restore.html', { context });
  // Through the first steps (the situation, the offer) to the third.
  await reach(page, TAG, 'degree');
  const onStep = await shadowText(page, TAG, '[part="progress"]');
  assert.match(onStep, /^Step 3 of \d+$/);
  await leave(page, () => page.goto(`${suite.base}/fixtures/empty.html`));
  await backToForm(page);
  assert.equal(await shadowText(page, TAG, '[part="progress"]'), onStep);
  assert.equal(
    await page.evaluate(
      (tag) => (document.querySelector(tag) as HTMLElement & { answers: Record<string, unknown> }).answers.salary,
      TAG,
    ),
    WORKED.salary,
  );
  assert.deepEqual(await events(page, 'score'), []);
  await page.close();
});
