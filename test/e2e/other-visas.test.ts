// "Other visas that may fit" from the built files, on the strict CSP + Trusted Types page: the
// section's file is one request, made only when a result has no route met (or the applicant opens
// the section), never with other-visas="off"; its step and list work in English and Korean.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { type Suite, open, requestsSoFar, STRICT_CSP, startSuite } from './suite.js';
import { type Answers, complete, inShadow, settle, shadowText, TAG, waitFor } from './widget.js';
import applicants from '../applicants.json' with { type: 'json' };
import otherVisasAnswers from '../other-visas-answers.json' with { type: 'json' };

let suite: Suite;
before(async () => {
  suite = await startSuite();
  suite.csp = STRICT_CSP;
});
after(() => suite?.close());

const VISAS_FILE = '/dist/ktech-pass-assessment.visas.js';
const RESULT_FILE = '/dist/ktech-pass-assessment.result.js';
const own = (urls: string[]) =>
  urls.map((url) => url.replace(suite.base, '')).filter((path) => path !== '/favicon.ico');

/** Bachelor's in computer science, 4 years at an ordinary firm, offered KRW 30,000,000: below the E-7-1 wage floor. */
const UNDERPAID: Answers = { ...applicants.bachelorSme, employerSize: 'large', salary: 30_000_000 };
const UNDERPAID_MORE: Answers = otherVisasAnswers.engineer;

/** A page with one widget made by the page's script, with these attributes. */
async function widgetPage(attributes: Record<string, string>) {
  const opened = await open(suite, '/fixtures/empty.html');
  await opened.page.evaluate(
    (tag, attributes) => {
      const widget = document.createElement(tag);
      widget.id = 'w';
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      document.getElementById('box')?.append(widget);
    },
    TAG,
    attributes,
  );
  await settle(opened.page, `#w`);
  return opened;
}

/** Answers the section's step from `answers` through its fields, then presses its button. */
async function answerVisaStep(page: Page, answers: Answers): Promise<void> {
  const ids: string[] = await page.evaluate(
    (host) => [
      ...new Set(
        [
          ...(document.querySelector(host)?.shadowRoot?.querySelectorAll<HTMLInputElement>('.visa-step input[name]') ??
            []),
        ].map((input) => input.name),
      ),
    ],
    '#w',
  );
  for (const id of ids) {
    const value = answers[id];
    assert.ok(value !== undefined, `the step asks ${id}`);
    const radio = await inShadow(page, '#w', `.visa-step input[type="radio"][name="${id}"][value="${value}"]`);
    if (radio) await radio.click();
    else await (await inShadow(page, '#w', `.visa-step input[name="${id}"]`))?.type(String(value));
    await settle(page, '#w');
  }
  await (await inShadow(page, '#w', '.visa-step button[type="submit"]'))?.click();
  await settle(page, '#w');
}

for (const lang of ['en', 'ko']) {
  test(`${lang}: a result with no route met loads the other visas (one file), asks only what no step asked, and names the E-7-1 wage floor and the gap`, async () => {
    suite.serverLog.length = 0;
    const { page, log } = await widgetPage({ lang });
    try {
      await complete(page, '#w', UNDERPAID);
      // Fetched at once, shown closed: each visa in a line.
      await waitFor(page, () => document.querySelector('#w')?.shadowRoot?.querySelector('.visa-summary'), [], {
        message: 'the other visas, closed',
      });
      await requestsSoFar(suite, page, log);
      const files = own(log.requests).filter((path) => path.endsWith('.js'));
      assert.equal(files.filter((path) => path === VISAS_FILE).length, 1, 'the visas file, once');
      assert.deepEqual(
        files.filter((path) => ![VISAS_FILE, RESULT_FILE].includes(path) && !path.includes(`.${lang}.js`)),
        ['/dist/ktech-pass-assessment.js'],
        'nothing else',
      );
      await (await inShadow(page, '#w', '[part~="other-visas"] button'))?.click();
      await waitFor(page, () => document.querySelector('#w')?.shadowRoot?.querySelector('.visa-step'), [], {
        message: 'the step of the other visas',
      });
      await requestsSoFar(suite, page, log);
      assert.equal(
        own(log.requests).filter((path) => path === VISAS_FILE).length,
        1,
        'opening it asks for nothing more',
      );
      await answerVisaStep(page, UNDERPAID_MORE);
      await waitFor(page, () => document.querySelector('#w')?.shadowRoot?.querySelector('.visas'), [], {
        message: 'the list of visas',
      });
      const e71 = await page.evaluate(
        () =>
          [...(document.querySelector('#w')?.shadowRoot?.querySelectorAll('[part~="visa"]') ?? [])]
            .find((card) => card.textContent?.includes('E-7-1'))
            ?.querySelector('.facts')
            ?.textContent?.replace(/\s+/g, ' ') ?? '',
      );
      // The floor (stay manual, 「임금요건 기준('26년도)」: 연 3,112만원) and the gap to it, to the won.
      assert.ok(
        e71.includes(
          lang === 'en'
            ? 'KRW 30,000,000, KRW 1,120,000 below the E-7-1 wage floor (annual) of KRW 31,120,000'
            : '30,000,000원, E-7-1 임금요건(연간) 31,120,000원보다 1,120,000원 적음',
        ),
        e71,
      );
      const result = await page.evaluate(
        () =>
          (
            document.querySelector('#w') as unknown as {
              result: { otherVisas?: { rubricId: string; status: string }[] };
            }
          ).result,
      );
      assert.equal(result.otherVisas?.find((visa) => visa.rubricId.startsWith('e-7-1'))?.status, 'not-met');
      assert.deepEqual(await page.evaluate(() => window.__e2e.violations), []);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });
}

test('with other-visas="off" there is no section and no request for it', async () => {
  suite.serverLog.length = 0;
  const { page, log } = await widgetPage({ 'other-visas': 'off' });
  try {
    await complete(page, '#w', UNDERPAID);
    await settle(page, '#w');
    await requestsSoFar(suite, page, log);
    assert.ok(!own(log.requests).includes(VISAS_FILE), 'the visas file is not asked for');
    assert.equal(await shadowText(page, '#w', '[part~="other-visas"]'), '');
    const result = await page.evaluate(() => (document.querySelector('#w') as unknown as { result: object }).result);
    assert.ok(!('otherVisas' in result));
  } finally {
    await page.close();
  }
});
