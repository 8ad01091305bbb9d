// Bad input of every kind: each gives a readable message in the
// widget (role="alert"), an `assessment-error` event with the issues, and no
// lost answers. A rubric that cannot be used replaces the form; the built-in
// rubric is never used instead.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
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
  inShadow,
  reach,
  settle,
  shadowText,
  submitStep,
  waitFor,
} from './widget.js';

let suite: Suite;
before(async () => {
  suite = await startSuite();
  suite.write('/rubric/not-json.json', '{ "id": "ktech-pass-2026-07", oops this is not JSON');
  suite.write('/rubric/wrong-shape.json', { id: 'Not An Id', version: '', steps: 'three', questions: [] });
  suite.write('/rubric/array.json', [1, 2, 3]);
  suite.write('/rubric/variant.json', withoutGovernmentProgramme());
});
after(() => suite?.close());

/** The default rubric, another version, without the governmentProgramme question (and the pathway that uses it). */
function withoutGovernmentProgramme(): Rubric {
  const rubric = defaultRubricJson();
  rubric.version = '2.0.0-variant';
  rubric.questions = rubric.questions.filter((question) => question.id !== 'governmentProgramme');
  rubric.steps = rubric.steps.map((step) => ({
    ...step,
    questions: step.questions.filter((id) => id !== 'governmentProgramme'),
  }));
  rubric.pathways = rubric.pathways.filter(
    (pathway) => !JSON.stringify(pathway.when).includes('"governmentProgramme"'),
  );
  return rubric;
}

/** A fresh page with one widget in #box; `attributes` set before it connects. */
async function mount(attributes: { [name: string]: string } = {}) {
  const opened = await open(suite, '/fixtures/empty.html');
  await opened.page.evaluate(
    (tag, attributes) => {
      const element = document.createElement(tag);
      element.id = 'w';
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.getElementById('box')!.append(element);
    },
    TAG,
    attributes,
  );
  await settle(opened.page);
  return opened;
}

/** Runs `fn(widget, ...args)` in the page. */
const el = <Args extends unknown[], Value>(
  page: Page,
  fn: (element: Widget, ...args: Args) => Value,
  ...args: Args
): Promise<Awaited<Value>> =>
  // puppeteer types the element from the tag (the element class of the sources); this suite sees the page's.
  page.$eval(TAG, fn as unknown as (element: Element, ...args: unknown[]) => Value, ...args) as Promise<Awaited<Value>>;

/** Alerts in the widget: their text, and whether each is the fatal kind (titled "The assessment cannot be shown"). */
const alerts = (page: Page) =>
  page.evaluate(
    (tag) =>
      [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('[role="alert"]')].map((box) => ({
        text: (box.textContent ?? '').replace(/\s+/g, ' ').trim(),
        fatal: box.querySelector('strong') !== null,
        items: box.querySelectorAll('li').length,
      })),
    TAG,
  );

const hasForm = (page: Page) =>
  page.evaluate((tag) => !!document.querySelector(tag)!.shadowRoot!.querySelector('form[part="step"]'), TAG);
const answersOf = (page: Page) => page.evaluate((tag) => document.querySelector<Widget>(tag)!.answers, TAG);
const rubricOf = (page: Page) => page.evaluate((tag) => document.querySelector<Widget>(tag)!.rubric, TAG);
const waitForAlert = (page: Page, text: string) =>
  waitFor(
    page,
    (tag, text) =>
      [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('[role="alert"]')].some((box) =>
        box.textContent?.includes(text),
      ),
    [TAG, text],
    {
      message: `an alert with "${text}"`,
    },
  );
const waitForForm = (page: Page) =>
  waitFor(page, (tag) => document.querySelector(tag)!.shadowRoot!.querySelector('form[part="step"]'), [TAG], {
    message: 'the form',
  });

/** A readable message: words, not "[object Object]", "undefined" or a stack. */
function assertReadable(message: string) {
  assert.equal(typeof message, 'string');
  assert.ok(message.length > 10, `a message: ${message}`);
  assert.doesNotMatch(message, /\[object |undefined|NaN|\n\s+at /, message);
}

/** The event and the alert agree and carry the issues. */
async function assertReported(
  page: Page,
  {
    fatal,
    pathIncludes = [],
    messageIncludes = [],
  }: { fatal: boolean; pathIncludes?: string[]; messageIncludes?: string[] },
) {
  const reported = await events(page, 'assessment-error', 'w');
  const last = reported.at(-1);
  assert.ok(last, 'an assessment-error event');
  const { message, issues } = last.detail;
  assertReadable(message);
  for (const text of messageIncludes) assert.ok(message.includes(text), `"${message}" mentions ${text}`);
  assert.ok(Array.isArray(issues) && issues.length >= 1, 'with issues');
  for (const issue of issues) {
    assert.equal(typeof issue.path, 'string');
    assertReadable(issue.message);
  }
  const paths = issues.map((issue) => issue.path);
  for (const path of pathIncludes) assert.ok(paths.includes(path), `an issue at ${path} (got ${paths.join(', ')})`);
  const boxes = await alerts(page);
  const box = boxes.find((candidate) => candidate.text.includes(message));
  assert.ok(box, `the widget shows the message (alerts: ${JSON.stringify(boxes)})`);
  assert.equal(box.fatal, fatal, fatal ? 'shown as an error that replaces the form' : 'shown as a notice');
  for (const issue of issues.slice(0, 12))
    assert.ok(box.text.includes(issue.message), `the alert lists "${issue.message}"`);
  assert.equal(await hasForm(page), !fatal, fatal ? 'the form is replaced' : 'the form stays');
  return { message, issues };
}

const GIVEN = { jobOffer: 'yes', governmentProgramme: 'mohw' };

/** Gives two answers through the form (the first step's), as a person would. */
async function giveAnswers(page: Page) {
  await answer(page, '#w', 'jobOffer', 'yes');
  await answer(page, '#w', 'governmentProgramme', 'mohw');
  assert.deepEqual(await answersOf(page), GIVEN);
}

/** After a valid rubric comes back: the form, the answers, and the fields showing them. */
async function assertAnswersBack(page: Page) {
  await waitForForm(page);
  assert.deepEqual(await answersOf(page), GIVEN, 'answers kept');
  assert.deepEqual(
    await page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      return {
        jobOffer: root.querySelector<HTMLInputElement>('input[name="jobOffer"]:checked')?.value,
        governmentProgramme: root.querySelector<HTMLInputElement>('input[name="governmentProgramme"]:checked')?.value,
      };
    }, TAG),
    GIVEN,
    'the form shows them',
  );
  assert.equal((await alerts(page)).filter((box) => box.fatal).length, 0, 'the error is gone');
}

const FATAL_SOURCES: Array<{ name: string; src: string; messageIncludes?: string[]; pathIncludes?: string[] }> = [
  { name: 'not JSON', src: '/rubric/not-json.json', messageIncludes: ['/rubric/not-json.json'] },
  { name: 'valid JSON of the wrong shape', src: '/rubric/wrong-shape.json', pathIncludes: ['steps'] },
  { name: 'JSON that is not an object', src: '/rubric/array.json' },
  { name: 'a 404', src: '/rubric/missing.json', messageIncludes: ['404', '/rubric/missing.json'] },
  { name: 'a network error', src: '/drop/rubric.json', messageIncludes: ['/drop/rubric.json'] },
];

for (const { name, src, messageIncludes = [], pathIncludes = [] } of FATAL_SOURCES) {
  test(`rubric-src giving ${name}: error shown and sent, built-in rubric not used, answers kept`, async () => {
    const { page, log } = await mount();
    try {
      await giveAnswers(page);
      await el(page, (element, src) => element.setAttribute('rubric-src', src), src);
      await waitFor(
        page,
        (tag) => document.querySelector(tag)!.shadowRoot!.querySelector('.fatal, [role="alert"]'),
        [TAG],
        { message: 'the error' },
      );
      await assertReported(page, { fatal: true, messageIncludes, pathIncludes });
      assert.equal(await rubricOf(page), null, 'no rubric in use: the built-in one is not a fallback');
      assert.equal(await el(page, (element) => element.result), null, 'no score from another rubric');
      assert.deepEqual(await answersOf(page), GIVEN, 'answers kept in memory');
      assert.ok(await inShadow(page, '#w', '[role="alert"] button'), 'a retry button');
      // The host fixes the address: the rubric loads and the answers are there.
      await el(page, (element) => element.setAttribute('rubric-src', '/rubric/default.json'));
      await assertAnswersBack(page);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });
}

test('"Try again" after a 404 loads the rubric once it is there, answers kept', async () => {
  const { page } = await mount();
  try {
    await giveAnswers(page);
    await el(page, (element) => element.setAttribute('rubric-src', '/rubric/late.json'));
    await waitForAlert(page, '404');
    suite.write('/rubric/late.json', defaultRubricJson());
    const retry = await inShadow(page, '#w', '[role="alert"] button');
    assert.ok(retry, 'a retry button');
    await retry.click();
    await assertAnswersBack(page);
  } finally {
    await page.close();
  }
});

test('rubric property set to an invalid rubric: fatal error, answers kept; a valid one brings them back', async () => {
  const { page } = await mount();
  try {
    await giveAnswers(page);
    const thrown = await el(page, (element) => {
      try {
        (element as { rubric: unknown }).rubric = { id: 'x', steps: [] };
        return null;
      } catch (error) {
        return String(error);
      }
    });
    assert.equal(thrown, null, 'setting it throws nothing at the host');
    await settle(page);
    await assertReported(page, { fatal: true });
    assert.equal(await rubricOf(page), null);
    assert.deepEqual(await answersOf(page), GIVEN);
    await el(page, (element, rubric) => (element.rubric = rubric), defaultRubricJson());
    await settle(page);
    await assertAnswersBack(page);
  } finally {
    await page.close();
  }
});

for (const how of ['rubric-src', 'rubric property']) {
  test(`rubric swapped (${how}) while answering: answers that still fit are kept, the others reported`, async () => {
    const { page } = await mount();
    try {
      await complete(page, '#w', WORKED);
      const before = await answersOf(page);
      assert.equal(before.governmentProgramme, 'none');
      if (how === 'rubric-src') await el(page, (element) => element.setAttribute('rubric-src', '/rubric/variant.json'));
      else await el(page, (element, rubric) => (element.rubric = rubric), withoutGovernmentProgramme());
      await waitFor(page, (tag) => document.querySelector<Widget>(tag)!.rubric?.version === '2.0.0-variant', [TAG], {
        message: 'the new rubric',
      });
      await settle(page);
      const reported = await events(page, 'assessment-error', 'w');
      assert.equal(reported.length, 1, 'one notice');
      const [notice] = reported;
      assert.ok(notice);
      const { message, issues } = notice.detail;
      assertReadable(message);
      assert.deepEqual(
        issues.map((issue) => issue.path),
        ['governmentProgramme'],
      );
      const boxes = await alerts(page);
      assert.ok(
        boxes.some((box) => !box.fatal && box.text.includes(message) && box.text.includes('governmentProgramme')),
        'the notice names the answer set aside',
      );
      const { governmentProgramme: _setAside, ...kept } = before;
      assert.deepEqual(await answersOf(page), kept, 'every answer whose question still exists is kept');
    } finally {
      await page.close();
    }
  });
}

test('invalid answers prefill: the valid part is used, each invalid entry reported', async () => {
  const { page } = await mount();
  try {
    await el(
      page,
      (element) =>
        (element.answers = {
          jobOffer: 'yes',
          experience: -3,
          salary: 'lots',
          employer: ['nasa'],
          nope: 'x',
          institution: 42,
        }),
    );
    await settle(page);
    await assertReported(page, {
      fatal: false,
      pathIncludes: ['experience', 'salary', 'employer', 'nope', 'institution'],
    });
    assert.deepEqual(await answersOf(page), { jobOffer: 'yes' });
    assert.equal(
      await page.evaluate(
        (tag) =>
          document.querySelector(tag)!.shadowRoot!.querySelector<HTMLInputElement>('input[name="jobOffer"]:checked')
            ?.value,
        TAG,
      ),
      'yes',
    );
    // The notice can be dismissed and the assessment completed.
    await complete(page, '#w', WORKED);
    assert.equal((await events(page, 'score', 'w'))[0]?.detail.total, WORKED_TOTAL);
  } finally {
    await page.close();
  }
});

for (const [name, value] of [
  ['null', null],
  ['a string', 'degree=masters'],
  ['an array', [['degree', 'masters']]],
]) {
  // Two ways a careless `answers` setter fails:
  // - replacing the current answers with the valid part of the new value, so
  //   a value that is not an object at all (null, a string) wipes every
  //   answer already given;
  // - taking an array for an object (`typeof === 'object'`): its indexes
  //   become answers ("0": [...]) and the next render throws AnswerError
  //   ("0" is not a question of rubric ...), so the widget stops rendering.
  test(`answers set to ${name}: reported, and the answers already given are not lost`, async () => {
    const { page } = await mount();
    try {
      await giveAnswers(page);
      const thrown = await el(
        page,
        (element, value) => {
          try {
            (element as { answers: unknown }).answers = value;
            return null;
          } catch (error) {
            return String(error);
          }
        },
        value,
      );
      assert.equal(thrown, null, 'no exception at the host');
      await settle(page).catch((error) =>
        assert.fail(`the widget failed to render after answers = ${name}: ${error.message}`),
      );
      await assertReported(page, { fatal: false });
      assert.deepEqual(await answersOf(page), GIVEN, 'answers already given are kept');
    } finally {
      await page.close();
    }
  });
}

test('employer-size="huge": a notice, and the question is asked instead', async () => {
  const { page } = await mount({ 'employer-size': 'huge' });
  try {
    await assertReported(page, { fatal: false, pathIncludes: ['employer-size'], messageIncludes: ['huge'] });
    await complete(page, '#w', WORKED); // fails if employerSize is not asked (it is in WORKED, so it must be answerable)
    const [score] = await events(page, 'score', 'w');
    assert.equal(score?.detail.answers.employerSize, 'sme', 'answered by the applicant');
    assert.equal(score?.detail.total, WORKED_TOTAL);
  } finally {
    await page.close();
  }
});

test('employer-size="sme" (control): no notice, the question is not asked', async () => {
  const { page } = await mount({ 'employer-size': 'sme' });
  try {
    const { employerSize: _preset, ...rest } = WORKED;
    await complete(page, '#w', rest);
    assert.deepEqual(await events(page, 'assessment-error', 'w'), []);
    const [score] = await events(page, 'score', 'w');
    assert.equal(score?.detail.answers.employerSize, 'sme');
    assert.equal(score?.detail.total, WORKED_TOTAL);
  } finally {
    await page.close();
  }
});

test('lang="xx": a notice, and the widget speaks English', async () => {
  const { page } = await mount({ lang: 'xx' });
  try {
    await assertReported(page, { fatal: false, pathIncludes: ['lang'], messageIncludes: ['xx'] });
    assert.equal(await shadowText(page, '#w', 'form[part="step"] button[type="submit"]'), 'Next');
    assert.equal(
      await page.evaluate(
        (tag) => document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.lang,
        TAG,
      ),
      'en',
    );
    await complete(page, '#w', WORKED);
    assert.equal((await events(page, 'score', 'w'))[0]?.detail.total, WORKED_TOTAL);
  } finally {
    await page.close();
  }
});

test('typed input that is not a number, or out of range: a field error, no answer recorded, then accepted once fixed', async () => {
  const { page } = await mount();
  try {
    await reach(page, '#w', 'salary');
    await answer(page, '#w', 'salary', '160,000,000');
    assert.equal((await answersOf(page)).salary, 160000000);
    await reach(page, '#w', 'experience', { ...WORKED, salary: 160_000_000 });
    for (const typed of ['abc', '-5', '1e3', '999']) {
      await answer(page, '#w', 'experience', typed);
      assert.equal((await answersOf(page)).experience, undefined, `"${typed}" is not recorded`);
      await submitStep(page);
      const summary = await shadowText(page, '#w', '#error-summary');
      assert.ok(summary.length > 0, `"${typed}" stops the step`);
      assertReadable(await shadowText(page, '#w', '.field-error'));
    }
    await answer(page, '#w', 'experience', '7.5');
    assert.equal((await answersOf(page)).experience, 7.5);
    assert.equal((await answersOf(page)).salary, 160000000, 'the other answer survived the errors');
  } finally {
    await page.close();
  }
});
