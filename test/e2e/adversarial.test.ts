// Adversarial input through the built widget: ids and `lang` values named like
// Object.prototype members, answers and stored answers that break careless
// code. Property tests draw their cases with fixed seeds (fast-check), so a
// failure names a case that fails again on the next run. Nothing here may
// leave the widget blank, throw on the host page, or drop an answer without
// an `assessment-error`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { BrowserContext, Page } from 'puppeteer-core';
import type { Answers, Rubric } from '../../src/index.js';
import { events } from './recorder.js';
import { type Suite, REPO, defaultRubricJson, open, startSuite } from './suite.js';
import {
  TAG,
  type Widget,
  answer,
  fieldsShown,
  inShadow,
  settle,
  shadowText,
  submitStep,
  whenDefined,
} from './widget.js';

const PROTOTYPE_RUBRIC: Rubric = JSON.parse(
  readFileSync(join(REPO, 'test/rubric/prototype-names.rubric.json'), 'utf8'),
);
/** Every name Object.prototype has (constructor, toString, __proto__, hasOwnProperty…). */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(() => suite?.close());

/** A page with one widget (id "w") in a form, its attributes set before it connects. */
async function mount(
  attributes: Record<string, string> = {},
  { context = null }: { context?: BrowserContext | null } = {},
) {
  const opened = await open(suite, '/fixtures/empty.html', { context });
  await opened.page.evaluate(
    (tag, attributes) => {
      const form = document.createElement('form');
      const element = document.createElement(tag);
      element.id = 'w';
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      form.append(element);
      document.getElementById('box')!.append(form);
    },
    TAG,
    attributes,
  );
  await settle(opened.page);
  return opened;
}

const setRubric = async (page: Page, rubric: Rubric) => {
  await page.evaluate((tag, rubric) => (document.querySelector<Widget>(tag)!.rubric = rubric), TAG, rubric);
  await settle(page);
};
const formValid = (page: Page) => page.evaluate(() => document.querySelector('form')!.checkValidity());
const nextLabel = (page: Page) => shadowText(page, TAG, 'form[part="step"] button[type="submit"]');

test('ids named like Object.prototype members: asked, required and scored like any others', async () => {
  const { page, log } = await mount({ lang: 'en', required: '', name: 'assessment' });
  await setRubric(page, PROTOTYPE_RUBRIC);
  assert.deepEqual(await fieldsShown(page), ['toString', 'valueOf'], 'step 1 asks both unconditional questions');
  assert.equal(await shadowText(page, TAG, '.preset'), '', 'no question is taken as answered by the host');
  assert.equal(
    await page.evaluate(
      (tag) => document.querySelector(tag)!.shadowRoot!.querySelector<HTMLInputElement>('input[name="valueOf"]')!.value,
      TAG,
    ),
    '',
    'an empty field',
  );
  assert.equal(await formValid(page), false, 'a required, unanswered assessment keeps the form invalid');
  assert.equal(await page.evaluate((tag) => document.querySelector<Widget>(tag)!.result?.complete, TAG), false);

  await submitStep(page);
  const summary = await shadowText(page, TAG, '#error-summary');
  assert.match(summary, /A choice/);
  assert.match(summary, /Years/);
  assert.equal(await shadowText(page, TAG, '#step-title'), 'First', 'Next does not pass an unanswered step');

  await answer(page, TAG, 'toString', 'valueOf');
  await answer(page, TAG, 'valueOf', 2);
  assert.deepEqual(
    await fieldsShown(page),
    ['toString', 'valueOf', 'hasOwnProperty'],
    'the follow-up is asked once its condition holds',
  );
  await answer(page, TAG, 'hasOwnProperty', 'isPrototypeOf');
  await submitStep(page);
  assert.deepEqual(await fieldsShown(page), ['constructor', 'isPrototypeOf']);
  await answer(page, TAG, 'constructor', 'toString');
  await answer(page, TAG, 'isPrototypeOf', 200_000_000);
  await submitStep(page);
  const [score] = await events(page, 'score');
  assert.ok(score, 'the result is scored');
  assert.equal(score.detail.total, 30);
  assert.equal(score.detail.complete, true);
  assert.deepEqual(score.detail.pathways, { constructor: true, valueOf: true, toString: true });
  assert.equal(await formValid(page), true);
  // The what-if controls show the answers given, not Object.prototype's members.
  const whatIf = await page.evaluate(
    (tag) =>
      Object.fromEntries(
        [
          ...document
            .querySelector(tag)!
            .shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[part~="result"] [name]'),
        ].map((field) => [field.name, field.value]),
      ),
    TAG,
  );
  assert.deepEqual(whatIf, {
    toString: 'valueOf',
    valueOf: '2',
    hasOwnProperty: 'isPrototypeOf',
    constructor: 'toString',
    isPrototypeOf: '200,000,000',
  });
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('ids named like Object.prototype members: a host attribute answers only its own question', async () => {
  const { page, log } = await mount({ lang: 'en', 'employer-size': 'valueOf' });
  await setRubric(page, PROTOTYPE_RUBRIC);
  assert.deepEqual(await fieldsShown(page), ['toString', 'valueOf']);
  await answer(page, TAG, 'toString', 'constructor');
  await answer(page, TAG, 'valueOf', 0);
  await submitStep(page);
  assert.deepEqual(await fieldsShown(page), ['isPrototypeOf'], 'constructor is answered by employer-size');
  assert.match(await shadowText(page, TAG, '.preset'), /An unscored choice/);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('lang values drawn from Object.prototype names: always English and a notice, never a blank widget (property, seed 13)', async () => {
  const { page, log } = await open(suite, '/fixtures/empty.html');
  const lang = fc.oneof(
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc
      .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('-KR', '-ko', '-en', '_x', ' ', ''))
      .map(([name, tail]) => `${name}${tail}`),
    fc.constantFrom(...PROTOTYPE_NAMES).map((name) => name.toUpperCase()),
  );
  const where = fc.constantFrom('element', 'ancestor', 'document');
  await fc.assert(
    fc.asyncProperty(lang, where, async (value, place) => {
      const shown = await page.evaluate(
        async (tag, value, place) => {
          const box = document.getElementById('box')!;
          box.replaceChildren();
          document.documentElement.lang = place === 'document' ? value : 'en';
          const holder = document.createElement('div');
          if (place === 'ancestor') holder.setAttribute('lang', value);
          const element = document.createElement(tag) as Widget;
          if (place === 'element') element.setAttribute('lang', value);
          holder.append(element);
          box.append(holder);
          for (let i = 0; i < 3; i++) await element.updateComplete;
          const root = element.shadowRoot!;
          return (
            root.querySelector('form[part="step"] button[type="submit"]')?.textContent ??
            root.textContent ??
            ''
          ).trim();
        },
        TAG,
        value,
        place,
      );
      assert.equal(shown, 'Next', `lang="${value}" on the ${place}`);
    }),
    { seed: 13, numRuns: 40 },
  );
  const notices = (await events(page, 'assessment-error')).filter((event) =>
    event.detail.issues.some((issue) => issue.path === 'lang'),
  );
  assert.ok(notices.length > 0, 'an own lang that is not a language is reported');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

/**
 * Builds, in the page, an answers object of one hostile kind around valid
 * answers: values whose own code throws, getters and proxies that throw,
 * keys named like Object.prototype members. Runs in the page.
 */
function hostileAnswers(kind: string, key: string, valid: Answers): unknown {
  const deep = (depth: number) => {
    let value: unknown = 'masters';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const values: Record<string, () => unknown> = {
    deepArray: () => deep(5000),
    nullPrototype: () => Object.create(null),
    throwingToString: () => ({
      toString: () => {
        throw new Error('toString');
      },
    }),
    revokedProxy: revoked,
    symbol: () => Symbol('masters'),
    bigint: () => 10n,
    infinity: () => Infinity,
    function: () => () => 'masters',
  };
  if (kind in values) return { ...valid, [key]: values[kind]!() };
  if (kind === 'throwingGetter')
    return Object.defineProperty({ ...valid }, key, {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
  if (kind === 'throwingOwnKeys')
    return new Proxy(
      { ...valid },
      {
        ownKeys: () => {
          throw new Error('ownKeys');
        },
      },
    );
  if (kind === 'throwingGet')
    return new Proxy(
      { ...valid },
      {
        get: () => {
          throw new Error('get');
        },
      },
    );
  if (kind === 'revokedAnswers') return revoked();
  if (kind === 'nullPrototypeAnswers') return Object.assign(Object.create(null), valid, { [key]: deep(5000) });
  return JSON.parse(`{${JSON.stringify(key)}: "masters"}`);
}

test('hostile answers set by the host: the setter never throws, reports them and keeps each answer they would have replaced (property, seed 13)', async () => {
  const { page, log } = await mount({ lang: 'en' });
  const UNREADABLE = ['throwingGetter', 'throwingOwnKeys', 'throwingGet', 'revokedAnswers'];
  const kinds = [
    'deepArray',
    'nullPrototype',
    'throwingToString',
    'revokedProxy',
    'symbol',
    'bigint',
    'infinity',
    'function',
    'throwingGetter',
    'throwingOwnKeys',
    'throwingGet',
    'revokedAnswers',
    'nullPrototypeAnswers',
    'prototypeKey',
  ];
  const keys = fc.constantFrom('degree', 'experience', 'field', ...PROTOTYPE_NAMES);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...kinds), keys, fc.boolean(), async (kind, key, withValid) => {
      const outcome = await page.evaluate(
        async (tag, source, kind, key, withValid) => {
          const element = document.querySelector<Widget>(tag)!;
          const build: typeof hostileAnswers = new Function(`return (${source})`)();
          element.answers = { degree: 'doctorate' };
          await element.updateComplete;
          const before = window.__e2e.events.filter((event) => event.type === 'assessment-error').length;
          let thrown = null;
          try {
            element.answers = build(kind, key, withValid ? { field: 'ai' } : {}) as Widget['answers'];
          } catch (error) {
            thrown = String((error as Error | undefined)?.message ?? 'a throw');
          }
          for (let i = 0; i < 3; i++) await element.updateComplete;
          const reported = window.__e2e.events.filter((event) => event.type === 'assessment-error').length - before;
          return {
            thrown,
            reported,
            answers: JSON.stringify(element.answers),
            form: !!element.shadowRoot!.querySelector('form[part="step"]'),
          };
        },
        TAG,
        hostileAnswers.toString(),
        kind,
        key,
        withValid,
      );
      assert.equal(outcome.thrown, null, `the setter threw for ${kind} at ${key}`);
      assert.equal(outcome.form, true, 'the form is still there');
      assert.ok(outcome.reported >= 1, `${kind} at ${key} is reported`);
      const answers: Record<string, unknown> = JSON.parse(outcome.answers);
      // Nothing invalid gets in. A set that cannot be read changes nothing;
      // one that can replaces the answers, except that an invalid value keeps
      // the valid answer it would have replaced.
      for (const [id, value] of Object.entries(answers))
        assert.ok(['degree', 'field'].includes(id) && typeof value === 'string', `kept ${id}: ${value}`);
      if (UNREADABLE.includes(kind) || key === 'degree')
        assert.equal(answers.degree, 'doctorate', 'the answer given is kept');
      if (!UNREADABLE.includes(kind) && withValid)
        assert.equal(answers.field, 'ai', 'the valid part of the set is taken');
    }),
    { seed: 13, numRuns: 40 },
  );
  assert.equal(await nextLabel(page), 'Next');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('corrupt stored answers: reported as assessment-error, the valid part kept, never a blank widget', async () => {
  const rubric = defaultRubricJson();
  const key = `ktech-pass-assessment[w]:${rubric.id}@${rubric.version}`;
  let deep = '"masters"';
  for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
  const cases: Record<string, [stored: string, kept: Answers]> = {
    'a 5,000-deep array': [`{"degree": "masters", "field": ${deep}}`, { degree: 'masters' }],
    'text that is not JSON': ['{ not json', {}],
    'a JSON list': ['[["degree", "masters"]]', {}],
    'a JSON text': ['"degree=masters"', {}],
    'a __proto__ key': ['{"__proto__": {"degree": "masters"}, "field": "ai"}', { field: 'ai' }],
    'a key named like an Object.prototype member': [
      '{"toString": "masters", "degree": "bachelors"}',
      { degree: 'bachelors' },
    ],
  };
  for (const [label, [stored, kept]] of Object.entries(cases)) {
    const context = await suite.browser.createBrowserContext();
    try {
      const { page, log } = await open(suite, '/fixtures/empty.html', { context });
      await page.evaluate((key, stored) => localStorage.setItem(key, stored), key, stored);
      await page.goto(`${suite.base}/fixtures/persist.html`, { waitUntil: 'load' });
      await whenDefined(page);
      await settle(page);
      assert.deepEqual(log.pageErrors, [], label);
      assert.equal(await nextLabel(page), 'Next', `${label}: the form is shown`);
      assert.deepEqual(
        await page.evaluate((tag) => document.querySelector<Widget>(tag)!.answers, TAG),
        kept,
        `${label}: the valid part is kept`,
      );
      const reported = await events(page, 'assessment-error');
      assert.ok(
        reported.some((event) => event.detail.issues.some((issue) => issue.path.startsWith('storage'))),
        `${label}: reported`,
      );
      assert.ok(await inShadow(page, TAG, '[role="alert"]'), `${label}: shown`);
    } finally {
      await context.close();
    }
  }
});

/**
 * Sets the built-in rubric as a host rubric, its governmentScholar pathway's
 * condition wrapped until it is `depth` levels deep; built in the page (3,000 levels are
 * too deep to send there as JSON).
 */
const setNestedRubric = (page: Page, depth: number) =>
  page.evaluate(
    async (tag, rubric, depth) => {
      const pathway = rubric.pathways.find((entry) => entry.id === 'governmentScholar')!;
      // The rubric's types are readonly; this copy is the page's own.
      const editable = pathway as { when: unknown };
      // How deep the condition is already (a leaf is 1): wrapped until it is `depth` deep.
      const depthOf = (condition: unknown): number => {
        const node = condition as { all?: unknown[]; any?: unknown[]; not?: unknown };
        const parts = [...(node.all ?? []), ...(node.any ?? []), ...(node.not ? [node.not] : [])];
        return 1 + Math.max(0, ...parts.map(depthOf));
      };
      for (let level = depthOf(editable.when); level < depth; level++) editable.when = { all: [editable.when] };
      const element = document.querySelector<Widget>(tag)!;
      element.rubric = rubric;
      for (let i = 0; i < 3; i++) await element.updateComplete;
    },
    TAG,
    defaultRubricJson(),
    depth,
  );

const problemOf = (page: Page) => shadowText(page, TAG, '[role="alert"]');

test('host rubrics past the limits are reported at once, at the limits the result is shown', async () => {
  const { page, log } = await mount({ lang: 'en' });
  const cases: Record<string, [set: (page: Page) => Promise<void>, message: RegExp]> = {
    'a condition 17 deep': [(page) => setNestedRubric(page, 17), /nested more than 16 conditions deep/],
    'a condition 3,000 deep': [(page) => setNestedRubric(page, 3000), /nested more than 64 levels deep/],
    '50,000 options in one condition': [
      (page) => {
        const rubric = defaultRubricJson();
        (rubric.pathways[0] as { when: unknown }).when = {
          question: 'degree',
          in: Array.from({ length: 50_000 }, () => 'masters'),
        };
        return setRubric(page, rubric);
      },
      /has 50,000 items; at most 250 are allowed/,
    ],
  };
  for (const [label, [set, message]] of Object.entries(cases)) {
    await set(page);
    assert.match(await problemOf(page), message, label);
    const reported = await events(page, 'assessment-error');
    assert.match(
      (reported.at(-1)?.detail.issues ?? []).map((issue) => issue.message).join('\n'),
      message,
      `${label}: in the event`,
    );
  }
  // A rubric that contains itself cannot be sent to the page as JSON: it is built there.
  await page.evaluate(
    async (tag, rubric) => {
      const element = document.querySelector<Widget>(tag)!;
      const cycle: { any: unknown[] } = { any: [] };
      cycle.any.push(cycle);
      (rubric.pathways[0] as { when: unknown }).when = cycle;
      element.rubric = rubric;
      for (let i = 0; i < 3; i++) await element.updateComplete;
    },
    TAG,
    defaultRubricJson(),
  );
  assert.match(await problemOf(page), /contains itself \(a cycle\)/);

  await setNestedRubric(page, 16);
  await page.evaluate(
    async (tag, answers) => {
      const element = document.querySelector<Widget>(tag)!;
      element.answers = answers;
      // Next on every step (however many the rubric has) until the result.
      for (let step = 0; step < 20 && !element.shadowRoot!.querySelector('[part~="result"]'); step++) {
        element.shadowRoot!.querySelector<HTMLButtonElement>('form[part="step"] button[type="submit"]')!.click();
        await element.updateComplete;
      }
    },
    TAG,
    {
      jobOffer: 'yes',
      inKorea: 'no',
      degree: 'masters',
      institution: 'top100',
      experience: 5,
      employer: ['large'],
      koreaExperience: 'no',
      salary: 80_000_000,
      field: 'ai',
      evidence: 'solid',
      researchDistinction: 'none',
      role: 'core-rnd',
      employerSize: 'sme',
      governmentProgramme: 'mohw',
    },
  );
  assert.ok(await inShadow(page, TAG, '[part~="result"]'), 'the result, with the deepest condition allowed');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the lang property set to something that is not text: English, and every later update works', async () => {
  const { page, log } = await mount({});
  for (const value of [
    '5',
    'null',
    '({})',
    '["ko"]',
    'Symbol("ko")',
    '({ toString() { throw new Error("toString") } })',
  ]) {
    const shown = await page.evaluate(
      async (tag, source) => {
        const element = document.querySelector<Widget>(tag)!;
        // Not text on purpose: what a careless page script may assign.
        element.lang = new Function(`return ${source}`)() as string;
        for (let i = 0; i < 3; i++) await element.updateComplete;
        const root = element.shadowRoot!;
        root.querySelector<HTMLInputElement>('input[type="radio"][name="jobOffer"][value="yes"]')!.click();
        await element.updateComplete;
        return {
          next: root.querySelector('form[part="step"] button[type="submit"]')!.textContent!.trim(),
          jobOffer: element.answers['jobOffer'],
        };
      },
      TAG,
      value,
    );
    assert.deepEqual(shown, { next: 'Next', jobOffer: 'yes' }, value);
  }
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
