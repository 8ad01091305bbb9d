// Where keyboard focus goes when a file asked for on demand fails while the
// applicant waits for it, on the built file in Chromium: to the "Try again"
// that takes the loading status's place, never back up the page (WCAG 2.4.3).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import applicants from '../applicants.json' with { type: 'json' };
import { type Suite, open, startSuite } from './suite.js';
import { TAG, complete, settle, waitFor } from './widget.js';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(() => suite?.close());

const VISAS_FILE = '/dist/ktech-pass-assessment.visas.js';

/** Answers the first request for `path` with a 503, as a server having a bad moment; every later one goes through. */
async function failOnce(page: Page, path: string): Promise<void> {
  let failed = false;
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (new URL(request.url()).pathname === path && !failed) {
      failed = true;
      void request.respond({ status: 503, contentType: 'text/plain', body: 'busy' });
    } else void request.continue();
  });
}

/** What has focus inside the widget: its tag, id and text. */
const focused = (page: Page) =>
  page.evaluate((tag) => {
    const active = document.querySelector(tag)?.shadowRoot?.activeElement;
    return active ? `${active.localName}${active.id ? `#${active.id}` : ''} ${active.textContent?.trim()}` : 'nothing';
  }, TAG);

test('the other visas failing to load after "Check other visas": focus goes to its "Try again", which then loads them', async () => {
  const { page } = await open(suite, '/fixtures/plain.html', { before: (page) => failOnce(page, VISAS_FILE) });
  try {
    // A route met: the section waits for the applicant to open it.
    await complete(page, TAG, applicants.phdTop100);
    await settle(page);
    await page.evaluate((tag) => {
      const check = [
        ...document.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="other-visas"] button'),
      ].find((button) => button.textContent?.trim() === 'Check other visas')!;
      check.focus();
      check.click();
    }, TAG);
    await waitFor(
      page,
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="other-visas"] [role="alert"]'),
      [TAG],
      {
        message: 'the failure',
      },
    );
    await settle(page);
    assert.equal(await focused(page), 'button Try again');
    await page.keyboard.press('Enter');
    await waitFor(page, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('#ov-step'), [TAG], {
      message: 'the other visas step',
    });
    await settle(page);
    assert.equal(await focused(page), 'h5#ov-step A few more questions');
  } finally {
    await page.close();
  }
});
