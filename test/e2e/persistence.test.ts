// Opt-in persistence: with `persist`, answers survive a reload under
// a key with the rubric id and version; a set stored for another version is
// carried over where it still fits, the rest left out with a notice; without `persist` nothing is written
// anywhere; storage that is full or unavailable does not break the widget.
// Each test runs in its own browser context: its own, empty storage.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import type { BrowserContext, Frame, Page } from 'puppeteer-core';
import type { Rubric } from '../../src/index.js';
import { events } from './recorder.js';
import { type Suite, defaultRubricJson, open, startSuite } from './suite.js';
import {
  TAG,
  WORKED,
  WORKED_TOTAL,
  type Widget,
  answer,
  complete,
  settle,
  shadowText,
  waitFor,
  whenDefined,
} from './widget.js';

declare global {
  interface Window {
    /** Every storage write the page made (countWrites). */
    __writes: string[];
  }
}

let suite: Suite;
let context: BrowserContext | null;
let rubric: Rubric;
before(async () => {
  suite = await startSuite();
  rubric = defaultRubricJson();
});
after(() => suite?.close());
afterEach(async () => {
  await context?.close();
  context = null;
});
const fresh = async () => (context = await suite.browser.createBrowserContext());

const PREFIX = 'ktech-pass-assessment[w]:';
// The fixture's widget has id="w": its answers are kept apart from any other widget's.
const ownKey = () => `${PREFIX}${rubric.id}@${rubric.version}`;

const storage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
const answersOf = (page: Page, host = TAG) =>
  page.evaluate((host) => document.querySelector<Widget>(host)!.answers, host);
const fieldsState = (page: Page) =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    return {
      jobOffer: root.querySelector<HTMLInputElement>('input[name="jobOffer"]:checked')?.value ?? null,
      governmentProgramme:
        root.querySelector<HTMLInputElement>('input[name="governmentProgramme"]:checked')?.value ?? null,
    };
  }, TAG);

test('persist: answers survive a reload, stored under the rubric id and version', async () => {
  const { page, log } = await open(suite, '/fixtures/persist.html', { context: await fresh() });
  await answer(page, TAG, 'jobOffer', 'yes');
  await answer(page, TAG, 'governmentProgramme', 'mohw');
  const stored = await storage(page);
  assert.deepEqual(Object.keys(stored), [ownKey()], 'one key: prefix, rubric id @ version');
  assert.deepEqual(JSON.parse(stored[ownKey()] ?? 'null'), { jobOffer: 'yes', governmentProgramme: 'mohw' });

  await page.reload({ waitUntil: 'load' });
  await whenDefined(page);
  await settle(page);
  assert.deepEqual(await answersOf(page), { jobOffer: 'yes', governmentProgramme: 'mohw' }, 'restored');
  assert.deepEqual(await fieldsState(page), { jobOffer: 'yes', governmentProgramme: 'mohw' }, 'and shown');
  await complete(page, TAG, WORKED);
  assert.equal((await events(page, 'score'))[0]?.detail.total, WORKED_TOTAL);
  assert.deepEqual(JSON.parse((await storage(page))[ownKey()] ?? 'null'), WORKED);
  assert.deepEqual(await events(page, 'assessment-error'), []);
  assert.deepEqual(log.pageErrors, []);
});

test('persist: a set stored for an earlier rubric version is carried over where it means the same, the rest left out with a notice', async () => {
  const { page } = await open(suite, '/fixtures/empty.html', { context: await fresh() });
  // As rubric 2.0 stored it: employer a single option ("none" since replaced), a role that said "no offer", field "other-tech".
  const earlier = `${PREFIX}${rubric.id}@2.0.0`;
  const otherRubric = `${PREFIX}someone-else@1.0.0`;
  await page.evaluate(
    (entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    },
    [
      [
        earlier,
        JSON.stringify({
          degree: 'doctorate',
          experience: 12,
          employer: 'none',
          role: 'no-offer',
          field: 'other-tech',
        }),
      ],
      [otherRubric, JSON.stringify({ x: 1 })],
      ['host-own-key', 'keep me'],
    ] as Array<[string, string]>,
  );
  await page.goto(`${suite.base}/fixtures/persist.html`, { waitUntil: 'load' });
  await whenDefined(page);
  await settle(page);
  assert.deepEqual(
    await answersOf(page),
    { degree: 'doctorate', experience: 12, employer: ['other'], field: 'stem' },
    'what means the same is kept, in 2.1 terms',
  );
  const notices = await events(page, 'assessment-error');
  assert.equal(notices.length, 1, 'one notice');
  const [notice] = notices;
  assert.deepEqual(
    notice?.detail.issues.map((issue) => issue.path),
    ['storage.role'],
    'naming what was left out',
  );
  assert.ok(
    (await shadowText(page, TAG, '[role="alert"]')).includes(notice?.detail.message ?? '?'),
    'shown in the widget',
  );
  const left = await storage(page);
  assert.equal(left[earlier], undefined, 'the earlier version is deleted');
  assert.deepEqual(
    JSON.parse(left[ownKey()] ?? 'null'),
    { degree: 'doctorate', experience: 12, employer: ['other'], field: 'stem' },
    'and saved as this version',
  );
  assert.equal(left[otherRubric], JSON.stringify({ x: 1 }), "another rubric's set is not ours to delete");
  assert.equal(left['host-own-key'], 'keep me', "the host's keys are untouched");
});

test('persist: a stored set that is corrupt or partly invalid is not applied as is', async () => {
  const { page, log } = await open(suite, '/fixtures/empty.html', { context: await fresh() });
  await page.evaluate((key) => localStorage.setItem(key, '{ not json'), ownKey());
  await page.goto(`${suite.base}/fixtures/persist.html`, { waitUntil: 'load' });
  await whenDefined(page);
  await settle(page);
  assert.deepEqual(await answersOf(page), {}, 'corrupt JSON: a clean start');
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ degree: 'phd-x', experience: 5, nope: 1 })),
    ownKey(),
  );
  await page.reload({ waitUntil: 'load' });
  await whenDefined(page);
  await settle(page);
  assert.deepEqual(await answersOf(page), { experience: 5 }, 'only the valid part');
  await complete(page, TAG, WORKED);
  assert.equal((await events(page, 'score'))[0]?.detail.total, WORKED_TOTAL);
  assert.deepEqual(log.pageErrors, []);
});

/** Counts every storage write the page makes, from before any page script. */
const countWrites = (page: Page) =>
  page.evaluateOnNewDocument(() => {
    window.__writes = [];
    for (const name of ['setItem', 'removeItem', 'clear'] as const) {
      const original = Storage.prototype[name] as (...args: unknown[]) => unknown;
      (Storage.prototype as unknown as { [name: string]: unknown })[name] = function (
        this: Storage,
        ...args: unknown[]
      ) {
        window.__writes.push(`${this === window.sessionStorage ? 'session' : 'local'}.${name}(${args[0] ?? ''})`);
        return original.apply(this, args);
      };
    }
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', {
      get(this: Document) {
        return cookie.get!.call(this);
      },
      set(this: Document, value: string) {
        window.__writes.push(`cookie(${value})`);
        cookie.set!.call(this, value);
      },
    });
    const openDb = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      window.__writes.push(`indexedDB.open(${args[0]})`);
      return openDb.apply(this, args);
    };
  });

test('without persist nothing is written to any storage', async () => {
  const { page } = await open(suite, '/fixtures/plain.html', { context: await fresh(), before: countWrites });
  await complete(page, TAG, WORKED);
  assert.equal((await events(page, 'score'))[0]?.detail.total, WORKED_TOTAL);
  const state = await page.evaluate(async () => ({
    writes: window.__writes,
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(state, { writes: [], local: 0, session: 0, cookie: '', databases: 0, caches: 0 });
});

test('control: with persist, the same counter sees the writes', async () => {
  const { page } = await open(suite, '/fixtures/persist.html', { context: await fresh(), before: countWrites });
  await answer(page, TAG, 'jobOffer', 'yes');
  assert.ok((await page.evaluate(() => window.__writes)).includes(`local.setItem(${ownKey()})`));
});

const BROKEN_STORAGE: Array<[string, () => void]> = [
  [
    'full (setItem throws QuotaExceededError)',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
  [
    'blocked (every Storage method and localStorage itself throw SecurityError)',
    () => {
      const deny = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) Storage.prototype[name] = deny;
      Object.defineProperty(window, 'localStorage', { get: deny, configurable: true });
    },
  ],
];
for (const [name, install] of BROKEN_STORAGE) {
  test(`persist with storage ${name}: the widget keeps working`, async () => {
    const { page, log } = await open(suite, '/fixtures/persist.html', {
      context: await fresh(),
      before: (page) => page.evaluateOnNewDocument(install),
    });
    await complete(page, TAG, WORKED);
    assert.equal((await events(page, 'score'))[0]?.detail.total, WORKED_TOTAL);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(await page.evaluate(() => window.__e2e.errors), []);
  });
}

async function inSandbox(path: string) {
  // The frame has an opaque origin: its module script is a cross-origin request.
  suite.headers = (path) => (path.startsWith('/dist/') ? { 'access-control-allow-origin': '*' } : {});
  try {
    const { page, log } = await open(suite, path, { context: await fresh(), defined: false });
    const frame = await waitForFrame(page);
    await whenDefined(frame);
    assert.equal(
      await frame.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (error) {
          return (error as Error).name;
        }
      }),
      'SecurityError',
      'storage really is unavailable here',
    );
    await waitFor(frame, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"]'), [TAG], {
      message: 'the form',
    });
    await complete(frame, TAG, WORKED);
    assert.equal((await events(frame, 'score'))[0]?.detail.total, WORKED_TOTAL);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    suite.headers = null;
  }
}

test('persist in a sandboxed iframe (allow-scripts allow-forms; no storage at all): the widget keeps working', () =>
  inSandbox('/fixtures/sandboxed.html'));

// In an iframe sandboxed with only `allow-scripts`, the browser blocks form
// submission before the submit event fires ("Blocked form submission to ''
// because the form's frame is sandboxed and the 'allow-forms' permission is
// not set"): a widget that moved between steps only on its <form>'s submit
// event would never leave step 1.
test('in an iframe sandboxed without allow-forms the steps still advance', () =>
  inSandbox('/fixtures/sandboxed-no-forms.html'));

async function waitForFrame(page: Page) {
  const isPersist = (frame: Frame) => frame.url().endsWith('/fixtures/persist.html');
  return page.frames().find(isPersist) ?? page.waitForFrame(isPersist, { timeout: 5000 });
}
