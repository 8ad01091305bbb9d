// The example apps in examples/ (React 19 with the wrapper and with the raw
// element, Vue 3, Svelte 5, Angular), each type-checked with its own checker,
// built with its usual tool against the packed package (test/examples/setup.mjs
// installs it), served, and used in Chromium as an applicant uses them:
// prefill, language switch, theme, the whole assessment by keyboard, the
// `score` event's payload, the form submit, re-rendering with the same props
// (counted: no event storm, nothing typed or clicked is lost), and controlled
// use (answers fed back from `answer` events) while typing "160,000,000".
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { appKey, forgetBuilt, isBuilt, markBuilt } from './cache.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import korean from '../../dist/lib/locales/ko.js';
import builtInRubric from '../../src/rubric/default-rubric.json' with { type: 'json' };
import workedExamples from '../worked-examples.json' with { type: 'json' };
import {
  completeByKeyboard,
  fieldValue,
  focusedControl,
  settle,
  shadowValue,
  showsResult,
  tabTo,
  waitForShadowValue,
  widgetAnswers,
} from './drive.mjs';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const execFileAsync = promisify(execFile);
const TAG = 'ktech-pass-assessment';

/** The SME worked example: 30 + 26 + 10 = 66, eligible through the qualitative track only. */
const SME = workedExamples.sme;
const PREFILL = {
  jobOffer: 'yes',
  governmentProgramme: 'none',
  inKorea: 'no',
  degree: 'masters',
  institution: 'other',
};
/** Every pathway of the built-in rubric (the React app's rubric has the same) for the SME example: met through the qualitative track only. */
const SME_PATHWAYS = Object.fromEntries(builtInRubric.pathways.map(({ id }) => [id, id === 'qualitative']));
/** The theme's accent (#0e6e6b) and the dark theme's (#5eead4), as computed colours. */
const ACCENT = 'rgb(14, 110, 107)';
const DARK_ACCENT = 'rgb(94, 234, 212)';

// The React app hands the widget a rubric of its own, derived from the built-in
// one (examples/react/src/host-rubric.ts); it brings its Korean texts with the
// page. The other apps use the built-in rubric, whose Korean texts are a file
// of their own: the app's bundler must emit it, and the page fetch it only
// when Korean is chosen.
const HOST_RUBRIC_ID = `acme-careers-${builtInRubric.id}`;
const KOREAN_TITLE = korean.rubric.texts.title;
/** The steps the prefill and the host's firm size leave to ask (a step that asks nothing is passed over). */
const STEPS = builtInRubric.steps.length;
const APPS = [
  {
    name: 'React 19 with the wrapper',
    dir: 'react',
    page: 'dist/index.html',
    query: '',
    checker: 'tsc',
    rubricId: HOST_RUBRIC_ID,
    koreanTitle: `Acme Robotics: ${KOREAN_TITLE}`,
    koreanWithPage: true,
  },
  {
    name: 'React 19 with the raw element',
    dir: 'react',
    page: 'dist/index.html',
    query: '?element=raw',
    checker: 'tsc',
    rubricId: HOST_RUBRIC_ID,
    koreanTitle: `Acme Robotics: ${KOREAN_TITLE}`,
    koreanWithPage: true,
  },
  {
    name: 'Vue 3',
    dir: 'vue',
    page: 'dist/index.html',
    query: '',
    checker: 'vue-tsc --strict',
    rubricId: builtInRubric.id,
    koreanTitle: KOREAN_TITLE,
  },
  {
    name: 'Svelte 5',
    dir: 'svelte',
    page: 'dist/index.html',
    query: '',
    checker: 'svelte-check',
    rubricId: builtInRubric.id,
    koreanTitle: KOREAN_TITLE,
  },
  // `ng build` is Angular's checker: it compiles the templates with strictTemplates, so its check is the build.
  // It also renders the page on the server (Angular's prerender), and the browser hydrates it.
  {
    name: 'Angular',
    dir: 'angular',
    page: 'dist/browser/index.html',
    query: '',
    checker: 'ng build (strict templates)',
    rubricId: builtInRubric.id,
    koreanTitle: KOREAN_TITLE,
    checkBuilds: true,
    serverRendered: true,
  },
].filter(
  // KTP_EXAMPLES=angular,vue runs only those apps (by folder), to try one by hand.
  (app) => !process.env.KTP_EXAMPLES || process.env.KTP_EXAMPLES.split(',').includes(app.dir),
);

const npmRun = async (script, dir) => {
  const start = performance.now();
  try {
    await execFileAsync(npm, ['run', script], {
      cwd: join(examples, dir),
      env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    assert.fail(`npm run ${script} in examples/${dir} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  // What each app's checker and bundler add to `npm test`, in its output.
  console.log(`examples/${dir}: npm run ${script} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
};

let browser;
let server;
let base = '';
before(async () => {
  server = createStaticServer(examples);
  base = await listen(server);
  browser = await launchChromium({ protocolTimeout: 60_000 });
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

// Every app's check and build start when this file loads, two at a time
// (the machines have two cores), in the order the tests need them; each test
// awaits its own. Angular's check is its build.
/** A promise with its resolve and reject, made before the step it stands for starts. */
function deferred() {
  let settle;
  const promise = new Promise((resolve, reject) => (settle = { resolve, reject }));
  // Awaited by a test later: not an unhandled rejection meanwhile.
  promise.catch(() => undefined);
  return Object.assign(promise, settle);
}
// An app whose inputs have not changed since its last successful check and
// build is neither checked nor built again (test/examples/cache.mjs): the same
// inputs give the same result.
const checked = new Map();
const built = new Map();
const steps = [];
for (const app of APPS.filter((candidate) => candidate.query === '')) {
  const check = deferred();
  checked.set(app.dir, check);
  const key = appKey(app.dir);
  if (isBuilt(app.dir, key, app.page)) {
    console.log(`examples/${app.dir}: checked and built from the same inputs before (cached)`);
    check.resolve();
    built.set(app.dir, check);
    continue;
  }
  forgetBuilt(app.dir);
  steps.push(() => npmRun('check', app.dir).then(check.resolve, check.reject));
  if (app.checkBuilds) {
    built.set(app.dir, check);
  } else {
    const build = deferred();
    built.set(app.dir, build);
    steps.push(() => npmRun('build', app.dir).then(build.resolve, build.reject));
  }
  // Recorded only when both passed.
  Promise.all([check, built.get(app.dir)]).then(
    () => markBuilt(app.dir, key),
    () => undefined,
  );
}
const runSteps = async () => {
  for (let step = steps.shift(); step; step = steps.shift()) await step();
};
void Promise.all([runSteps(), runSteps()]);
const build = (dir) => built.get(dir);

async function open(app, extraQuery = '') {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  const problems = [];
  // Every script the page fetched, in order, with its text.
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push({ url: response.url(), text: response.text().catch(() => '') });
  });
  page.on('pageerror', (error) => problems.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const query = app.query ? `${app.query}${extraQuery.replace('?', '&')}` : extraQuery;
  await page.goto(`${base}/${app.dir}/${app.page}${query}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2') && window.ktpExample,
    { timeout: 15_000 },
    TAG,
  );
  await settle(page);
  return { page, problems, scripts };
}

/**
 * The positions, among the scripts fetched, of those that hold the widget's
 * Korean texts (Angular's build writes them as \u escapes).
 */
async function koreanFiles(scripts) {
  const marker = korean.messages.loading;
  const found = [];
  for (const [index, script] of scripts.entries()) {
    const text = (await script.text).replace(/\\u([\da-fA-F]{4})/g, (_, code) =>
      String.fromCharCode(Number.parseInt(code, 16)),
    );
    if (text.includes(marker)) found.push(index);
  }
  return found;
}

const log = (page) => page.evaluate(() => ({ ...window.ktpExample, rerender: undefined }));
const counts = async (page) => {
  const { score, answer, error } = await log(page);
  return { score, answer, error };
};
/**
 * Re-renders the app `times` times with the same props (each app's rerender
 * resolves after its last render), then lets anything it set off run: effects
 * a framework runs after the frame is painted, and the widget's updates.
 */
/** Next, as its button is clicked; then the step's own updates. */
async function nextStep(page) {
  await page.evaluate(
    (tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('form[part~="step"] button[type="submit"]')?.click(),
    TAG,
  );
  await settle(page);
}

async function rerender(page, times) {
  const before = (await log(page)).renders;
  await page.evaluate((times) => window.ktpExample.rerender(times), times);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await settle(page);
  return (await log(page)).renders - before;
}

for (const app of APPS) {
  describe(`examples/${app.dir}: ${app.name}`, { timeout: 300_000 }, () => {
    if (app.query === '') {
      it(`type-checks with ${app.checker}`, async () => {
        await checked.get(app.dir);
      });
    }

    it('builds with its usual tool against the packed package', async () => {
      await build(app.dir);
    });

    if (app.serverRendered) {
      it('is rendered on the server: the page arrives with the app and the widget in it', async () => {
        await build(app.dir);
        const html = await (await fetch(`${base}/${app.dir}/${app.page}`)).text();
        assert.match(html, /<h1>Work with us in Korea<\/h1>/, 'the app was not rendered on the server');
        assert.match(
          html,
          /<ktech-pass-assessment[^>]* employer-size="sme"/,
          'the widget is not in the server-rendered page',
        );
      });
    }

    it('shows the prefill, switches language with lang (Korean loaded on demand), and follows the theme', async () => {
      await build(app.dir);
      const { page, problems, scripts } = await open(app);
      assert.deepEqual(await widgetAnswers(page), PREFILL, 'the prefilled answers');
      assert.match(await shadowValue(page, 'h2', 'text'), /self-assessment/);
      assert.equal(await shadowValue(page, 'button[type=submit]', 'backgroundColor'), ACCENT);

      // Steps that ask nothing are passed over, so the count is the widget's own.
      const steps = Number(/of (\d+)/.exec(await shadowValue(page, '[part~="progress"]', 'text'))?.[1]);
      assert.ok(steps > 1 && steps <= STEPS);
      const fetchedBefore = scripts.length;
      await page.click('#lang-ko');
      await waitForShadowValue(page, 'h2', 'text', app.koreanTitle, 'Korean after choosing 한국어');
      assert.equal(await shadowValue(page, '[part~="progress"]', 'text'), korean.messages.step(1, steps));
      const koreanFetched = await koreanFiles(scripts);
      if (app.koreanWithPage) {
        assert.equal(koreanFetched.length, 1, 'one script holds the Korean texts');
        assert.ok(
          koreanFetched[0] < fetchedBefore,
          "the Korean texts come with the page (the app's own rubric brings them)",
        );
      } else {
        assert.deepEqual(
          koreanFetched.map((index) => (index < fetchedBefore ? 'with the page' : 'on choosing Korean')),
          ['on choosing Korean'],
          'the Korean texts: one file of their own in the build, fetched only when Korean is chosen',
        );
      }
      await page.click('#lang-en');
      await waitForShadowValue(
        page,
        '[part~="progress"]',
        'text',
        `Step 1 of ${steps}`,
        'English again after choosing English',
      );
      assert.match(await shadowValue(page, 'h2', 'text'), /self-assessment/);

      await page.click('#dark');
      await waitForShadowValue(
        page,
        'button[type=submit]',
        'backgroundColor',
        DARK_ACCENT,
        'the dark theme reaches the widget',
      );
      assert.deepEqual(await widgetAnswers(page), PREFILL, 'switching language and theme keeps the answers');
      assert.equal(
        (await counts(page)).error,
        0,
        "assessment-error events: the app's rubric, prefill and employer-size are valid",
      );
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('completes by keyboard; the app gets the score payload, shows it, and submits it with the form; re-rendering 100 times fires nothing', async () => {
      await build(app.dir);
      const { page, problems } = await open(app);
      await page.focus('#applicant');
      await page.keyboard.type('Ada Lovelace');
      // `required`: the unfinished widget keeps the form from submitting, as a native field would.
      await page.keyboard.press('Enter');
      await settle(page);
      assert.equal(await page.$('#submitted'), null, 'an unfinished assessment was submitted');
      assert.equal(await page.evaluate((tag) => document.querySelector(tag).validity.valueMissing, TAG), true);
      const { employerSize: _preset, ...asked } = SME;
      await completeByKeyboard(page, asked);
      await page.waitForFunction(() => window.ktpExample.lastScore !== null, { timeout: 5_000 });

      const { lastScore, score } = await log(page);
      assert.equal(score, 1, 'one score event on reaching the result');
      assert.equal(lastScore.rubricId, app.rubricId);
      assert.equal(lastScore.total, 66);
      assert.equal(lastScore.passMark, 60);
      assert.equal(lastScore.eligible, true);
      assert.equal(lastScore.complete, true);
      assert.deepEqual(lastScore.pathways, SME_PATHWAYS, 'the qualitative track only');
      assert.deepEqual(lastScore.answers, SME);
      assert.match(await page.$eval('#score', (node) => node.textContent), /Estimated score: 66/);

      // Enter in the name field submits the host form, with the widget's value.
      await page.focus('#applicant');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#submitted', { timeout: 5_000 });
      assert.equal(
        await page.$eval('#submitted', (node) => node.textContent),
        `Submitted: Ada Lovelace: 66 points, eligible (${app.rubricId})`,
      );

      const before = await counts(page);
      const renders = await rerender(page, 100);
      assert.ok(renders >= 100, `the app re-rendered ${renders} times`);
      assert.deepEqual(await counts(page), before, 'events after 100 re-renders with the same props');
      assert.equal(await showsResult(page), true, 'still on the result');
      assert.deepEqual(
        await widgetAnswers(page),
        asked,
        "the applicant's answers (employer-size answers the last question)",
      );
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('keeps a later click and the text being typed while the app re-renders with the same props', async () => {
      await build(app.dir);
      const { page, problems } = await open(app);
      await tabTo(page, 'inKorea');
      await page.keyboard.press('ArrowUp'); // no → yes
      await settle(page);
      await nextStep(page); // the offer step: the salary
      await tabTo(page, 'salary');
      await page.keyboard.type('75,000,');
      await settle(page);
      const before = await counts(page);
      await rerender(page, 50);
      assert.equal(await fieldValue(page, 'salary'), '75,000,', 'the text being typed');
      assert.equal((await widgetAnswers(page)).inKorea, 'yes', 'the click after the prefill');
      assert.equal((await focusedControl(page))?.name, 'salary', 'focus stays in the field');
      assert.deepEqual(await counts(page), before);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('controlled (answers fed back from answer events): typing 160,000,000 and 5.5 keeps every keystroke', async () => {
      await build(app.dir);
      const { page, problems } = await open(app, '?mode=controlled');
      await nextStep(page); // the offer step: the salary
      await tabTo(page, 'salary');
      await page.keyboard.type('160,000,000');
      await settle(page);
      assert.equal(await fieldValue(page, 'salary'), '160,000,000');
      await nextStep(page); // education, answered by the prefill
      await nextStep(page); // where one has worked: the years
      await tabTo(page, 'experience');
      await page.keyboard.type('5.5');
      await settle(page);
      assert.equal(await fieldValue(page, 'experience'), '5.5');
      const answers = await widgetAnswers(page);
      assert.equal(answers.salary, 160_000_000);
      assert.equal(answers.experience, 5.5);
      assert.deepEqual((await log(page)).answers, answers, "the app's state holds the same answers");
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}
