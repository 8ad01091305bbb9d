// The built-in rubric's texts that only the result shows (routes' next steps,
// sources, assumptions, benefits) ship in the result view's file, not in the
// main file every visitor downloads: the result shows them all the same, in
// English and in Korean, and `el.rubric` is whole once the applicant has started.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { reachResult } from '../../bench/drive.mjs';
import type { Rubric } from '../../src/rubric/types.js';
import { REPO, STRICT_CSP, type Suite, defaultRubricJson, open, startSuite } from './suite.js';
import { TAG, settle, waitFor } from './widget.js';

let suite: Suite;
before(async () => {
  suite = await startSuite();
  suite.csp = STRICT_CSP;
});
after(() => suite?.close());

const rubric = defaultRubricJson();
const korean: { texts: { sources: Record<string, { title: string }> } } = JSON.parse(
  readFileSync(join(REPO, 'src/locales/ko.rubric.json'), 'utf8'),
);

/** The result's text with every disclosure open. */
const resultText = (page: Page) =>
  page.evaluate(async (tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    for (const details of root.querySelectorAll('details')) details.open = true;
    await (document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return (root.querySelector('[part="result"]')?.textContent ?? '').replace(/\s+/g, ' ');
  }, TAG);

const reach = async (page: Page) => {
  await waitFor(page, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"]'), [TAG]);
  assert.ok(await reachResult(page, TAG, () => settle(page)), 'the result is shown');
};

test('the main file leaves the result-only texts to the result file, which has them', () => {
  const main = readFileSync(join(REPO, 'dist/ktech-pass-assessment.js'), 'utf8');
  const result = readFileSync(join(REPO, 'dist/ktech-pass-assessment.result.js'), 'utf8');
  const nextStep = rubric.pathways[0]!.next![0]!.text.en;
  for (const text of [nextStep, rubric.sources[0]!.title.en, rubric.assumptions![0]!.en]) {
    assert.ok(!main.includes(text), `not in the main file: ${text}`);
    assert.ok(result.includes(text), `in the result file: ${text}`);
  }
  // What the steps show stays in the main file.
  assert.ok(main.includes(rubric.questions[0]!.label.en));
});

test('an English result shows every source of the rubric, and el.rubric is the whole rubric', async () => {
  const { page } = await open(suite, '/fixtures/plain.html');
  try {
    await reach(page);
    const text = await resultText(page);
    for (const source of rubric.sources) assert.ok(text.includes(source.title.en), `source shown: ${source.title.en}`);
    const { $schema, ...whole } = rubric as Rubric & { $schema?: string };
    assert.deepEqual(
      await page.evaluate((tag) => JSON.parse(JSON.stringify((document.querySelector(tag) as any).rubric)), TAG),
      whole,
    );
  } finally {
    await page.close();
  }
});

test('a Korean result shows the sources in Korean', async () => {
  const { page } = await open(suite, '/fixtures/korean.html');
  try {
    await reach(page);
    const text = await resultText(page);
    for (const [id, { title }] of Object.entries(korean.texts.sources))
      assert.ok(text.includes(title), `source ${id} shown in Korean`);
  } finally {
    await page.close();
  }
});

test('a host that copies el.rubric before the applicant starts, and sets the copy, gets it whole and valid', async () => {
  const { page } = await open(suite, '/fixtures/plain.html');
  try {
    await waitFor(page, (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"]'), [TAG]);
    const set = await page.evaluate(async (tag) => {
      const el = document.querySelector(tag) as HTMLElement & { rubric: Rubric; updateComplete: Promise<unknown> };
      const errors: unknown[] = [];
      el.addEventListener('assessment-error', (event) => errors.push((event as CustomEvent).detail));
      el.rubric = JSON.parse(JSON.stringify(el.rubric));
      for (let i = 0; i < 3; i++) await el.updateComplete;
      return { errors, sources: el.rubric?.sources?.length, form: !!el.shadowRoot?.querySelector('form[part="step"]') };
    }, TAG);
    assert.deepEqual(set, { errors: [], sources: rubric.sources.length, form: true });
  } finally {
    await page.close();
  }
});
