// The largest rubric a host may give (bench/limits-rubric.mjs: every
// RUBRIC_LIMITS reached at once) through the built widget in Chromium, and
// through the engine in Node. The goal: it parses and renders every
// state in under 200 ms on the machine the bench runs on. Reported, never
// asserted (timings are no test).
//
// Each state is timed from the action that leads to it (setting the rubric,
// setting the answers, a click) until the widget has rendered and the
// browser has done style and layout: the median of LOADS fresh pages.
// `node bench/limits.mjs` runs it alone against dist/; `npm run bench` runs
// it with the rest.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { createStaticServer, listen } from '../scripts/lib/static-server.mjs';
import { limitsRubric, measure } from './limits-rubric.mjs';
import { median, summary } from './stats.mjs';

const LOADS = 5;
const ENGINE_RUNS = 20;
export const GOAL_MS = 200;

/** The states, in the order an applicant meets them, each with the action that leads to it. Runs in the page. */
async function timeStates({ rubricUrl, answersUrl }) {
  const el = document.querySelector('ktech-pass-assessment');
  const root = el.shadowRoot;
  const [json, answers] = await Promise.all([
    fetch(rubricUrl).then((r) => r.json()),
    fetch(answersUrl).then((r) => r.json()),
  ]);
  // Costs paid once per page whatever the rubric's size are paid before the
  // clock starts: the validator file's download, and ICU's start-up (the
  // first number of 1,000 or more formatted, 15-50 ms here).
  el.rubric = await fetch('/dist/rubric.json').then((r) => r.json());
  await el.updateComplete;
  new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(1234.5);
  const times = {};
  const timed = async (state, action) => {
    const start = performance.now();
    await action();
    await el.updateComplete;
    root.querySelector('[part~="base"]').getBoundingClientRect(); // style and layout, now
    times[state] = performance.now() - start;
  };
  const click = (selector) => () => root.querySelector(selector).click();
  await timed('validate + step 1', () => (el.rubric = json));
  if (!root.querySelector('form[part~="step"]'))
    throw new Error(`no form after the rubric: ${root.textContent.slice(0, 300)}`);
  await timed('step 1, all answered', () => (el.answers = answers));
  await timed('step 2 (Next)', click('form[part~="step"] button[type="submit"]'));
  await timed('result (See my result)', click('form[part~="step"] button[type="submit"]'));
  if (!root.querySelector('[part~="result"]')) throw new Error(`no result: ${root.textContent.slice(0, 300)}`);
  await timed('result, a what-if change', () => {
    const select = root.querySelector('[part~="result"] select');
    select.value = select.options[select.options.length - 1].value;
    select.dispatchEvent(new Event('change'));
  });
  await timed('step 1 again (Change answers)', click('[part~="result"] .nav button'));
  return times;
}

/** Parse and assess times in Node, against the built engine. */
function engineTimes(engine, rubric, answers) {
  const parse = [];
  const scoring = [];
  let parsed;
  for (let run = 0; run < ENGINE_RUNS; run += 1) {
    let start = performance.now();
    parsed = engine.parseRubric(rubric);
    parse.push(performance.now() - start);
    start = performance.now();
    engine.assess(parsed, answers);
    scoring.push(performance.now() - start);
  }
  return { parseRubricMs: summary(parse), assessMs: summary(scoring) };
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base URL of a server whose root holds dist/
 * @param {string} root that folder (the rubric is written into it)
 */
export async function runLimitsBench(browser, base, root) {
  const engine = await import(pathToFileURL(join(root, 'dist/rubric.js')).href);
  const { rubric, answers } = limitsRubric(engine.RUBRIC_LIMITS);
  writeFileSync(join(root, 'limits-rubric.json'), JSON.stringify(rubric));
  writeFileSync(join(root, 'limits-answers.json'), JSON.stringify(answers));
  writeFileSync(join(root, 'dist/rubric.json'), JSON.stringify(engine.defaultRubric));
  writeFileSync(
    join(root, 'limits.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>limits</title><script type="module" src="/dist/ktech-pass-assessment.js"></script><ktech-pass-assessment></ktech-pass-assessment>',
  );

  const samples = {};
  for (let load = 0; load < LOADS; load += 1) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.setViewport({ width: 900, height: 1200 });
    await page.goto(`${base}/limits.html`, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('ktech-pass-assessment'));
    const times = await page.evaluate(timeStates, {
      rubricUrl: '/limits-rubric.json',
      answersUrl: '/limits-answers.json',
    });
    await page.close();
    if (errors.length) throw new Error(`limits page: ${errors[0].message}`);
    for (const [state, ms] of Object.entries(times)) (samples[state] ??= []).push(ms);
  }
  const states = Object.fromEntries(
    Object.entries(samples).map(([state, values]) => [
      state,
      { median: Math.round(median(values) * 10) / 10, max: Math.round(Math.max(...values) * 10) / 10 },
    ]),
  );
  const slowest = Math.max(...Object.values(states).map((state) => state.median));
  return {
    limits: engine.RUBRIC_LIMITS,
    rubric: { ...measure(rubric), questions: rubric.questions.length, pathways: rubric.pathways.length },
    loads: LOADS,
    statesMs: states,
    slowestStateMs: slowest,
    goalMs: GOAL_MS,
    met: slowest < GOAL_MS,
    engine: engineTimes(engine, rubric, answers),
  };
}

/** Prints the figures of runLimitsBench. */
export function printLimits(result) {
  console.log(
    `\nA rubric at the limits (${result.rubric.questions} questions, ${result.rubric.pathways} pathways, ${result.rubric.values.toLocaleString('en')} values, ${result.rubric.characters.toLocaleString('en')} characters), median (max) of ${result.loads} pages:`,
  );
  for (const [state, { median: ms, max }] of Object.entries(result.statesMs))
    console.log(`  ${state.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms (${max.toFixed(1)})`);
  console.log(
    `  engine in Node: parseRubric ${result.engine.parseRubricMs.median} ms, assess ${result.engine.assessMs.median} ms (median of ${ENGINE_RUNS})`,
  );
  console.log(
    `  ${result.met ? 'met ' : 'miss'} every state under ${result.goalMs} ms: slowest ${result.slowestStateMs} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = mkdtempSync(join(os.tmpdir(), 'ktp-limits-'));
  // A copy of dist/: the rubric files are written beside it, not into the repository.
  cpSync(new URL('../dist', import.meta.url).pathname, join(root, 'dist'), { recursive: true });
  const server = createStaticServer(root);
  let browser;
  try {
    const base = await listen(server);
    browser = await launchChromium();
    console.log(
      `load average ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' / ')}`,
    );
    printLimits(await runLimitsBench(browser, base, root));
  } finally {
    await browser?.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
