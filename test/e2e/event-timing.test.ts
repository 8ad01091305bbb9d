// When the widget's events reach the page's own listeners: an event due
// while the page still loads (a problem found on the first render) waits for
// the page's scripts, so one added after the widget's hears it; a widget
// script that runs after DOMContentLoaded (a tag manager's) fires at once,
// even while an image still holds back `load`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Suite, open, startSuite } from './suite.js';
import { TAG, settle, whenDefined } from './widget.js';

declare global {
  interface Window {
    /** What the page's own listener heard (fixtures/late-listener.js, fixtures/inject-after-dcl.js). */
    heard?: { type: string; total?: number; message?: string }[];
  }
}

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(() => suite?.close());

test("a listener the page adds in a script after the widget's hears a problem found on the first render", async () => {
  const { page } = await open(suite, '/fixtures/late-listener.html');
  await whenDefined(page);
  await settle(page);
  const heard = (await page.evaluate(() => window.heard)) ?? [];
  assert.equal(heard.length, 1, JSON.stringify(heard));
  assert.equal(heard[0]?.type, 'assessment-error');
  assert.match(heard[0]?.message ?? '', /employer-size “huge” is not one of/);
  await page.close();
});

test('a widget script added after DOMContentLoaded, while an image still loads, fires its events at once', async () => {
  const { page } = await open(suite, '/fixtures/tag-manager.html', { waitUntil: 'domcontentloaded' });
  await whenDefined(page);
  await settle(page);
  assert.equal(await page.evaluate(() => document.readyState), 'interactive', 'the page is still loading its image');
  // Within the click: the listener has heard the answer when click() returns.
  const heard = await page.evaluate((tag) => {
    document
      .querySelector(tag)!
      .shadowRoot!.querySelector<HTMLInputElement>('input[name="jobOffer"][value="yes"]')!
      .click();
    return window.heard!.map((event) => event.type);
  }, TAG);
  assert.deepEqual(heard, ['assessment-error', 'answer']);
  await page.close();
});
