// Strict Content-Security-Policy and Trusted Types, as a careers page with a
// strict policy sends them.
//
// Findings recorded here (README "Security and privacy" documents them):
// - The policy names the build needs: exactly one Trusted Types policy,
//   `lit-html` (created by Lit when the module loads). With `trusted-types
//   'none'` the element cannot render: its box says the page does not let it
//   run, and an `assessment-error` says why.
// - Minimal policy with the built-in rubric:
//     default-src 'none'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
//   (no style-src: styles are constructable stylesheets; no img-src; no
//   'unsafe-eval'; no 'unsafe-inline'). With `rubric-src`, add `connect-src`
//   for the rubric's origin ('self' when the host serves it).
// - A second copy of the bundle (another URL) creates `lit-html` again: the
//   policy needs 'allow-duplicates' for that (see the last tests).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { events, recorded } from './recorder.js';
import { BUNDLE, REPO, STRICT_CSP, type Suite, consoleOf, open, startSuite } from './suite.js';
import { TAG, WORKED_TOTAL, complete, waitFor } from './widget.js';

const MINIMAL_CSP = "default-src 'none'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

declare global {
  interface Window {
    __policies: string[];
    /** The Trusted Types API (not in TypeScript's DOM types yet), as far as this test uses it. */
    trustedTypes?: { createPolicy(name: string, rules: object): unknown };
  }
}

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(() => suite?.close());

/** Records the names of the Trusted Types policies the page creates. */
const recordPolicies = (page: Page) =>
  page.evaluateOnNewDocument(() => {
    window.__policies = [];
    const factory = window.trustedTypes;
    if (!factory) return;
    const create = factory.createPolicy.bind(factory);
    factory.createPolicy = (name: string, rules: object) => {
      window.__policies.push(name);
      return create(name, rules);
    };
  });

/** Opens `path` under `policy`, completes the assessment and returns what happened. */
async function completeUnder(policy: string, path: string) {
  suite.csp = policy;
  const { page, log } = await open(suite, path, { before: recordPolicies });
  try {
    await waitFor(
      page,
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form[part="step"], [role="alert"]'),
      [TAG],
      { message: 'the form' },
    );
    await complete(page);
    const [score] = await events(page, 'score');
    const styled = await page.evaluate((tag) => {
      // Proof the widget's styles applied: .base has its 1.25em padding (20px at 16px).
      const base = document.querySelector(tag)!.shadowRoot!.querySelector('.base')!;
      return getComputedStyle(base).paddingTop;
    }, TAG);
    const { violations, errors } = await recorded(page);
    const policies = await page.evaluate(() => window.__policies);
    return { page, log, score, styled, violations, errors, policies };
  } catch (error) {
    await page.close();
    throw error;
  }
}

function assertClean(run: Awaited<ReturnType<typeof completeUnder>>) {
  assert.deepEqual(run.violations, [], 'no securitypolicyviolation event');
  assert.deepEqual(run.log.pageErrors, [], 'no uncaught exception');
  assert.deepEqual(run.errors, [], 'no error event');
  const errors = consoleOf(run.log, 'error');
  assert.deepEqual(errors, [], 'no console error');
  assert.equal(run.score?.detail.total, WORKED_TOTAL, 'the assessment completes with the worked example score');
  assert.equal(run.score?.detail.eligible, true);
  assert.equal(run.styled, '20px', "the widget's stylesheet applies (constructable stylesheets are not blocked)");
}

test('strict policy, built-in rubric: completes with no violation', async () => {
  const run = await completeUnder(STRICT_CSP, '/fixtures/plain.html');
  try {
    assertClean(run);
    assert.deepEqual(run.policies, ['lit-html'], 'one Trusted Types policy, named lit-html');
  } finally {
    await run.page.close();
  }
});

test('strict policy, rubric-src: fetch and validation run with no violation', async () => {
  const run = await completeUnder(STRICT_CSP, '/fixtures/rubric-src.html');
  try {
    assertClean(run);
    assert.deepEqual(run.policies, ['lit-html']);
  } finally {
    await run.page.close();
  }
});

test(`minimal policy is enough with the built-in rubric: ${MINIMAL_CSP}`, async () => {
  const run = await completeUnder(MINIMAL_CSP, '/fixtures/plain.html');
  try {
    assertClean(run);
  } finally {
    await run.page.close();
  }
});

test("minimal policy plus connect-src 'self' is enough with rubric-src", async () => {
  const run = await completeUnder(`${MINIMAL_CSP}; connect-src 'self'`, '/fixtures/rubric-src.html');
  try {
    assertClean(run);
  } finally {
    await run.page.close();
  }
});

test('control: without the lit-html policy name the widget cannot render, says so in its box and in an event, and the violation is seen', async () => {
  suite.csp = "default-src 'none'; script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
  const { page, log } = await open(suite, '/fixtures/plain.html', { before: recordPolicies, defined: false });
  try {
    await waitFor(page, () => window.__e2e.violations.length > 0, [], { message: 'a violation' });
    const { violations } = await recorded(page);
    assert.deepEqual(
      violations.map((violation) => [violation.directive, violation.sample]),
      [['trusted-types', 'lit-html']],
    );
    // The policy is enforced: no form. The box says what is wrong, and the page hears why.
    const shown = await waitFor(page, (tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim(), [TAG], {
      message: 'the notice',
    });
    assert.match(shown, /^The assessment cannot be shown: this page does not let it run\./);
    const [error] = await events(page, 'assessment-error');
    assert.match(
      error?.detail.issues[0]?.message ?? '',
      /Content-Security-Policy does not allow the Trusted Types policy "lit-html"/,
    );
    assert.deepEqual(log.pageErrors, [], 'no uncaught error');
  } finally {
    await page.close();
  }
});

test('a page that locked customElements.define: each box says so, and the page hears why', async () => {
  suite.csp = STRICT_CSP;
  const lock = () => {
    CustomElementRegistry.prototype.define = () => {
      throw new Error('this page allows no new elements');
    };
  };
  const { page, log } = await open(suite, '/fixtures/plain.html', {
    before: (page) => page.evaluateOnNewDocument(lock),
    defined: false,
  });
  try {
    const shown = await waitFor(page, (tag) => document.querySelector(tag)?.textContent?.trim(), [TAG], {
      message: 'the notice',
    });
    assert.match(shown, /^The assessment cannot be shown: this page does not let it run\./);
    const [error] = await events(page, 'assessment-error');
    assert.match(error?.detail.issues[0]?.message ?? '', /this page allows no new elements/);
    assert.deepEqual(log.pageErrors, [], 'no uncaught error');
  } finally {
    await page.close();
  }
});

test('no eval: the strict policy forbids it and the probe would see it (control)', async () => {
  const run = await completeUnder(STRICT_CSP, '/fixtures/plain.html');
  try {
    assert.deepEqual(run.violations, [], 'completing the assessment evaluated no string as code');
    // Control: the same page reports eval when page code does it.
    const outcome = await run.page.evaluate(
      (url) => import(url).then((module: { tryEval(): string }) => module.tryEval()),
      '/fixtures/eval-control.js',
    );
    assert.equal(outcome, 'blocked: EvalError');
    await waitFor(run.page, () => window.__e2e.violations.length > 0, [], { message: 'the eval violation' });
    const { violations } = await recorded(run.page);
    // With Trusted Types, a string passed to Function is stopped first as a
    // Trusted Types violation; without them, as script-src 'unsafe-eval'.
    assert.ok(violations.length >= 1, 'an eval is reported');
    for (const violation of violations)
      assert.ok(['script-src', 'require-trusted-types-for'].includes(violation.directive), violation.directive);
  } finally {
    await run.page.close();
  }
});

test('no eval or new Function in the bundle source', () => {
  const source = readFileSync(join(REPO, 'dist/ktech-pass-assessment.js'), 'utf8');
  assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
  assert.doesNotMatch(source, /setTimeout\s*\(\s*["'`]|setInterval\s*\(\s*["'`]/, 'no string timers');
  assert.ok(source.length > 0, BUNDLE);
});

test("strict policy with 'allow-duplicates': a second copy of the bundle loads with no violation", async () => {
  suite.csp = STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");
  const { page, log } = await open(suite, '/fixtures/twice.html');
  try {
    assert.equal(await waitFor(page, () => window.__copyLoaded), 'ok');
    await complete(page);
    assert.equal((await events(page, 'score'))[0]?.detail.total, WORKED_TOTAL);
    assert.deepEqual((await recorded(page)).violations, []);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await page.close();
  }
});

// Under the strict policy a second copy of the bundle at another URL must
// load without an exception: a careless build would create Lit's `lit-html`
// Trusted Types policy again at top level ("Failed to execute 'createPolicy'
// on 'TrustedTypePolicyFactory': Policy with name "lit-html" already
// exists"), plus a trusted-types violation.
test('strict policy: a second copy of the bundle throws nothing and violates nothing', async () => {
  suite.csp = STRICT_CSP;
  const { page, log } = await open(suite, '/fixtures/twice.html');
  try {
    const loaded = await waitFor(page, () => window.__copyLoaded);
    const { violations } = await recorded(page);
    assert.deepEqual(violations, [], 'no violation when a copy loads');
    assert.equal(loaded, 'ok', 'the copy evaluates without an exception');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await page.close();
  }
});
