// Hostile data: a valid rubric whose every text carries markup,
// script URLs, RTL text, emoji and very long strings. It must render as text,
// run no script and keep the layout. The page has no CSP on purpose: the
// widget's own escaping is what is tested, not the browser's policy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { Rubric } from '../../src/index.js';
import { events } from './recorder.js';
import { type Suite, bilingualRubricJson, defaultRubricJson, open, requestsSoFar, startSuite } from './suite.js';
import { TAG, WORKED, WORKED_TOTAL, complete, inShadow, settle, shadowText, submitStep, waitFor } from './widget.js';

declare global {
  interface Window {
    /** Set by a payload that ran: the test fails when it exists. */
    __pwned?: number;
  }
}

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload=window.__pwned=3>';
const RTL = '\u202Eשלום עולם مرحبا بالعالم\u202C';
const EMOJI = '👩🏽‍💻🚀🇰🇷';
const UNBROKEN = `W${'x'.repeat(200)}`;
// Short enough that every text of the rubric with it stays within the rubric's 500,000-character limit.
const LONG = 'very long words '.repeat(10).trim();
const PAYLOAD = `${IMG} ${SCRIPT} ${SVG} ${RTL} ${EMOJI} ${UNBROKEN} ${LONG}`;
const SCRIPT_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:window.__pwned=4',
  ' javascript:window.__pwned=5',
  'data:text/html,<script>window.__pwned=6</script>',
];
const HTTPS_WITH_MARKUP = 'https://example.com/"><img src=x onerror=window.__pwned=7>';

const isText = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { en?: unknown }).en === 'string' &&
  Object.values(value).every((text) => typeof text === 'string');

/** Every localized text of the rubric with the payload appended, in every language. */
function poison(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poison);
  if (isText(value))
    return Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, `${text} ${PAYLOAD}`]));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, poison(inner)]));
  return value;
}

async function hostileRubric(): Promise<Rubric> {
  const rubric = poison(await bilingualRubricJson()) as Rubric;
  rubric.version = `${rubric.version} ${IMG}`;
  rubric.sources = rubric.sources.map((source, index) => ({
    ...source,
    date: `${source.date ?? '2026'} ${IMG}`,
    url: [...SCRIPT_URLS, HTTPS_WITH_MARKUP][index % 5] as string,
  }));
  for (const [index, url] of [...SCRIPT_URLS, HTTPS_WITH_MARKUP].entries()) {
    rubric.sources.push({
      id: `hostile-${index}`,
      title: { en: `Source ${index} ${IMG}`, ko: `출처 ${index} ${IMG}` },
      publisher: { en: `${RTL} ${EMOJI}`, ko: `${RTL} ${EMOJI}` },
      url,
    });
  }
  return rubric;
}

let suite: Suite;
before(async () => {
  suite = await startSuite();
  suite.write('/rubric/hostile.json', await hostileRubric());
});
after(() => suite?.close());

/** What a view of the widget must never contain, and what it must keep. */
async function inspect(page: Page) {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag)!;
    const root = host.shadowRoot!;
    const all = [...root.querySelectorAll('*')];
    const box = host.getBoundingClientRect();
    const container = host.parentElement!.getBoundingClientRect();
    const outside = all
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || element.closest('.sr')) return false;
        return rect.right > box.right + 1 || rect.left < box.left - 1;
      })
      .map(
        (element) =>
          `${element.localName}.${(element.className as unknown as { baseVal?: string }).baseVal ?? element.className}: ${Math.round(element.getBoundingClientRect().width)}px`,
      );
    return {
      text: root.textContent ?? '',
      dangerous: all
        .filter((element) => ['img', 'script', 'iframe', 'object', 'embed'].includes(element.localName))
        .map((element) => element.outerHTML.slice(0, 80)),
      handlers: all.flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.startsWith('on'))
          .map((name) => `${element.localName}[${name}]`),
      ),
      scriptLinks: [...root.querySelectorAll('[href], [src], [action], [formaction]')]
        .map(
          (element) =>
            element.getAttribute('href') ??
            element.getAttribute('src') ??
            element.getAttribute('action') ??
            element.getAttribute('formaction'),
        )
        .filter((url) => url !== null && /^\s*(javascript|data|vbscript):/i.test(url)),
      links: [...root.querySelectorAll('a[href]')].map((element) => element.getAttribute('href')),
      pwned: window.__pwned,
      width: box.width,
      containerWidth: container.width,
      outside,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, TAG);
}

type View = Awaited<ReturnType<typeof inspect>>;

function assertLayout(view: View, name: string) {
  assert.ok(
    view.width <= view.containerWidth + 0.5,
    `${name}: the widget (${view.width}px) fits its container (${view.containerWidth}px)`,
  );
  assert.deepEqual(view.outside, [], `${name}: nothing sticks out of the widget`);
  assert.ok(view.pageOverflow <= 0, `${name}: the page gained no horizontal scroll (${view.pageOverflow}px)`);
}

function assertSafe(view: View, name: string) {
  assert.deepEqual(view.dangerous, [], `${name}: no element made from rubric text`);
  assert.deepEqual(view.handlers, [], `${name}: no event-handler attribute`);
  assert.deepEqual(view.scriptLinks, [], `${name}: no javascript:/data: link`);
  assert.equal(view.pwned, undefined, `${name}: no script ran`);
  assert.ok(view.text.includes(IMG), `${name}: the markup is shown as text`);
  assert.ok(view.text.includes(RTL) && view.text.includes(EMOJI), `${name}: RTL and emoji text shown`);
}

test('hostile rubric texts render as text and run nothing, through to the result', async () => {
  const { page, log } = await open(suite, '/fixtures/hostile-data.html');
  try {
    await waitFor(
      page,
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"], [role="alert"]'),
      [TAG],
      { message: 'the form' },
    );
    assert.deepEqual(await events(page, 'assessment-error'), [], 'the hostile rubric is a valid rubric');
    assertSafe(await inspect(page), 'step 1');
    // An empty submit shows the error summary, which quotes the labels.
    await submitStep(page);
    assert.ok((await shadowText(page, TAG, '#error-summary')).includes(IMG), 'error summary quotes the label as text');
    assertSafe(await inspect(page), 'step 1 with errors');

    await complete(page, TAG, WORKED);
    const details = await inShadow(page, TAG, '[part="result"] > details > summary');
    assert.ok(details, 'the sources can be opened');
    await details.click();
    await settle(page);
    const result = await inspect(page);
    assertSafe(result, 'result');
    for (const url of SCRIPT_URLS) assert.ok(result.text.includes(url.trim()), `${url} is shown as text`);
    assert.ok(result.links.includes(HTTPS_WITH_MARKUP), 'an https address with markup stays one attribute value');
    assert.ok(result.text.includes(`${defaultRubricJson().version} ${IMG}`), 'the version is shown as text');

    const [score] = await events(page, 'score');
    assert.equal(score?.detail.total, WORKED_TOTAL, 'the rubric still scores');

    // Every request the page has started is in the log (an image or link in
    // the texts would have started one when it was rendered), and no script ran.
    await requestsSoFar(suite, page, log);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(
      log.requests.filter((url) => /\/x$|example\.com/.test(url)),
      [],
      'no image or link was fetched',
    );
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await page.close();
  }
});

// A long unbroken string in a rubric text (label, option label, help) must
// wrap: without `overflow-wrap` on the widget's text, the legend and option
// spans grow to its width (about 4,000px here), stick out of the 420px widget
// and give the host page a horizontal scrollbar.
test('hostile rubric texts keep the layout: nothing wider than the container', async () => {
  const { page } = await open(suite, '/fixtures/hostile-data.html');
  try {
    await waitFor(page, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"]'), [TAG], {
      message: 'the form',
    });
    assertLayout(await inspect(page), 'step 1');
    await complete(page, TAG, WORKED);
    const details = await inShadow(page, TAG, '[part="result"] > details > summary');
    assert.ok(details, 'the sources can be opened');
    await details.click();
    await settle(page);
    assertLayout(await inspect(page), 'result');
  } finally {
    await page.close();
  }
});

test('hostile rubric in Korean (texts of every language are poisoned too)', async () => {
  const { page } = await open(suite, '/fixtures/hostile-data.html', {
    before: (page) =>
      page.evaluateOnNewDocument(() =>
        document.addEventListener('DOMContentLoaded', () =>
          document.querySelector('ktech-pass-assessment')!.setAttribute('lang', 'ko'),
        ),
      ),
  });
  try {
    await waitFor(page, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"]'), [TAG], {
      message: 'the form',
    });
    const view = await inspect(page);
    assertSafe(view, 'ko step 1');
    const firstStep = (await bilingualRubricJson()).steps[0]?.label.ko ?? '(no Korean label)';
    assert.ok(view.text.includes(firstStep), 'the Korean texts are in use');
  } finally {
    await page.close();
  }
});
