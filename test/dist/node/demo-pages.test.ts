// Every demo page opens in Chromium without a console error, an uncaught
// exception or a failed request, loads the built widget (not the sources), and
// does what it shows: the careers page reveals its form on an eligible score,
// the university page scores with its own rubric, in Korean.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import workedExamples from '../../worked-examples.json' with { type: 'json' };
import { type Session, startSession, watchProblems } from './session.js';

let session: Session;

const SME_APPLICANT = workedExamples.sme;

async function open(path: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await session.browser.newPage();
  // tsx compiles with esbuild's keepNames, whose __name helper would be
  // missing inside functions handed to page.evaluate.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  const problems = watchProblems(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${session.base}${path}`, { waitUntil: 'networkidle0' });
  // Polling by timer: a page puppeteer opened in the background gets no animation frames.
  try {
    await page.waitForFunction(() => document.querySelector('ktech-pass-assessment')?.shadowRoot?.querySelector('h2'), {
      polling: 50,
      timeout: 15_000,
    });
  } catch (error) {
    throw new Error(`${path}: the widget did not render (${String(error)}); problems: ${JSON.stringify(problems)}`);
  }
  return { page, problems, requests };
}

/** Completes the assessment through the widget's inputs; resolves with the `score` detail. */
function complete(page: Page, answers: Record<string, string | number | readonly string[]>) {
  return page.evaluate(async (answers) => {
    const widget = document.querySelector('ktech-pass-assessment') as HTMLElement;
    const root = widget.shadowRoot as ShadowRoot;
    // The widget's render, and the frame after it (focus moves after a render).
    const frame = async () => {
      await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    const scored = new Promise<{ total: number; eligible: boolean; passMark: number; rubricId: string }>((resolve) =>
      widget.addEventListener('score', (event) => resolve((event as CustomEvent).detail), { once: true }),
    );
    for (let step = 0; step < 20 && !root.querySelector('[part~="result"]'); step++) {
      // Until nothing changes: a question asked only once another is answered appears a render later.
      for (let round = 0, acted = true; acted && round < 10; round++) {
        acted = false;
        for (const input of root.querySelectorAll<HTMLInputElement>('form[part~="step"] input[name]')) {
          const value = answers[input.name];
          if (value === undefined) continue;
          const wanted = Array.isArray(value) ? value.includes(input.value) : input.value === value;
          if (
            (input.type === 'radio' && wanted && !input.checked) ||
            (input.type === 'checkbox' && input.checked !== wanted)
          ) {
            input.click();
            acted = true;
          }
          if (input.type === 'text' && input.value === '') {
            input.value = String(value);
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            acted = true;
          }
        }
        await frame();
      }
      root.querySelector<HTMLButtonElement>('form[part~="step"] button[type="submit"]')?.click();
      await frame();
    }
    return scored;
  }, answers);
}

describe('demo pages', { timeout: 120_000 }, () => {
  before(async () => {
    session = await startSession();
  });
  after(async () => {
    await session?.close();
  });

  for (const path of ['/demo/', '/demo/index.html', '/demo/careers.html', '/demo/university.html']) {
    it(`${path} opens without console errors or failed requests, with the built widget and no inline code`, async () => {
      const { page, problems, requests } = await open(path);
      assert.ok(
        requests.includes('/dist/ktech-pass-assessment.js'),
        'the page does not load dist/ktech-pass-assessment.js',
      );
      assert.deepEqual(
        requests.filter((request) => request.startsWith('/src/')),
        [],
      );
      const inline = await page.evaluate(() => ({
        scripts: [...document.scripts].filter((script) => !script.src).length,
        styles: document.querySelectorAll('style, [style]').length,
      }));
      assert.deepEqual(inline, { scripts: 0, styles: 0 }, 'inline scripts or styles break a strict CSP');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  // A phone: nothing on a demo page may make it scroll sideways, at the
  // narrowest common width and a usual one, on the first step and the result.
  for (const path of ['/demo/index.html', '/demo/careers.html', '/demo/university.html']) {
    it(`${path} fits 320 and 360 px wide without scrolling sideways`, async () => {
      const { page, problems } = await open(path);
      const overflow = () =>
        page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter(
              (node) => node.getBoundingClientRect().right > width + 0.5 && getComputedStyle(node).position !== 'fixed',
            )
            .map(
              (node) =>
                `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(node.getBoundingClientRect().width)} px)`,
            );
          return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
        });
      for (const width of [320, 360]) {
        await page.setViewport({ width, height: 740 });
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
        const { scroll, wide } = await overflow();
        assert.equal(scroll, 0, `${path} at ${width} px scrolls ${scroll} px sideways; too wide: ${wide.join(', ')}`);
      }
      await complete(page, path.includes('university') ? { ...SME_APPLICANT, employerSize: 'large' } : SME_APPLICANT);
      for (const width of [320, 360]) {
        await page.setViewport({ width, height: 740 });
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
        const { scroll, wide } = await overflow();
        assert.equal(
          scroll,
          0,
          `${path}'s result at ${width} px scrolls ${scroll} px sideways; too wide: ${wide.join(', ')}`,
        );
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('index: the lang and employer-size controls change the widget, and the log shows each event', async () => {
    const { page, problems } = await open('/demo/index.html');
    await page.select('#lang', 'ko');
    await page.select('#employer-size', 'sme');
    assert.equal(
      await page.$eval(
        'ktech-pass-assessment',
        (el) => `${el.getAttribute('lang')} ${el.getAttribute('employer-size')}`,
      ),
      'ko sme',
    );
    await page.waitForFunction(
      () =>
        /[가-힣]/.test(
          document.querySelector('ktech-pass-assessment')?.shadowRoot?.querySelector('h2')?.textContent ?? '',
        ),
      { polling: 50 },
    );
    const detail = await complete(page, SME_APPLICANT);
    assert.equal(detail.total, 66);
    const log = await page.$$eval('#log li summary code', (codes) => codes.map((code) => code.textContent));
    assert.equal(log[0], 'score');
    assert.ok(log.includes('answer'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('careers: an eligible score reveals "Apply with your result", prefilled, and the form carries the assessment', async () => {
    const { page, problems } = await open('/demo/careers.html');
    assert.equal(await page.$eval('#apply', (el) => (el as HTMLElement).hidden), true);
    const detail = await complete(page, SME_APPLICANT);
    assert.equal(detail.eligible, true);
    assert.equal(await page.$eval('#apply', (el) => (el as HTMLElement).hidden), false);
    assert.match(
      await page.$eval('#score', (el) => (el as HTMLInputElement).value),
      /^56 of 100, plus a 10-point SME bonus$/,
    );
    // A what-if on the result (a higher salary) is a scenario: the application keeps the real result.
    await page.$eval('ktech-pass-assessment', (widget) => {
      const field = widget.shadowRoot?.querySelector('[part~="result"] input[name="salary"]') as HTMLInputElement;
      field.value = '300,000,000';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.$eval(
      'ktech-pass-assessment',
      (widget) => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
    );
    assert.match(
      await page.$eval(
        'ktech-pass-assessment',
        (widget) => widget.shadowRoot?.querySelector('.scenario')?.textContent ?? '',
      ),
      /What if/,
    );
    assert.match(
      await page.$eval('#score', (el) => (el as HTMLInputElement).value),
      /^56 of 100, plus a 10-point SME bonus$/,
    );
    const submitted = await page.$eval('#application', (form) =>
      JSON.parse(String(new FormData(form as HTMLFormElement).get('assessment'))),
    );
    assert.equal(submitted.total, 66);
    assert.equal(submitted.scenario, false);
    assert.equal(submitted.answers.salary, SME_APPLICANT['salary']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('university: the widget speaks Korean and scores with the office rubric from rubric-src', async () => {
    const { page, problems, requests } = await open('/demo/university.html');
    assert.ok(requests.includes('/demo/rubrics/university.json'));
    const title = await page.$eval(
      'ktech-pass-assessment',
      (el) => el.shadowRoot?.querySelector('h2')?.textContent ?? '',
    );
    assert.match(title, /한빛대학교/);
    const detail = await complete(page, { ...SME_APPLICANT, employerSize: 'large' });
    assert.equal(detail.rubricId, 'hanbit-university-ktech-pass');
    assert.equal(detail.passMark, 65);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
