// `npm run bench` (after ensure-chrome and the build): the widget's load
// against two floors (the same form as a static HTML page, and inside a bare
// Lit element) and against SurveyJS rendering the same rubric, all in one
// headless Chromium run slowed as a mid-range phone (bench/page-impact.mjs);
// interactions by Event Timing against the static form; a CPU profile of the
// widget's load; answer changes unthrottled; the engine alone in Node; the
// size of every file in dist/ and of each kind of page (.size-limit.js).
// Prints tables, writes bench/results.json and the README's performance block.
//
// Every figure is reported against its goal, never asserted: timings on a
// shared machine are no pass/fail, and the bytes are guarded by the budgets
// `npm test` enforces (.size-limit.js). The exit code is 1 only when the bench
// itself fails.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPath, launchChromium } from '../scripts/lib/chromium.mjs';
import { chunkSizes, formatChunkSizes } from '../scripts/lib/chunk-sizes.mjs';
import { gzipSize } from '../scripts/lib/gzip-size.mjs';
import { createStaticServer, listen } from '../scripts/lib/static-server.mjs';
import { bytesByModule } from './bytes-by-module.mjs';
import { runEngineBench } from './engine.mjs';
import { writeFloors } from './floors.mjs';
import { printLimits, runLimitsBench } from './limits.mjs';
import { firstContentfulPaint, installFormProbe } from './in-page.mjs';
import { THROTTLE, measureInteractions, measureLoads, profileLoad } from './page-impact.mjs';
import { percentile, spread } from './stats.mjs';
import { printParsers, runParserBench } from './parsers.mjs';
import { evaluationStart, TRACE_CATEGORIES } from './trace.mjs';
import sizeScenarios from '../.size-limit.js';

// KTP_BENCH_QUICK=1: one of each, to try the bench itself out (its figures mean little).
const QUICK = !!process.env.KTP_BENCH_QUICK;
const PAGE_LOADS = QUICK ? 1 : 7; // slowed loads per page, in turn, after one unthrottled load that counts the bytes
const INTERACTION_RUNS = QUICK ? 1 : 5; // fresh slowed loads of the widget and the static form, each driven through; SurveyJS every other
const PROFILES = QUICK ? 1 : 3;
const README = new URL('../README.md', import.meta.url);
const TIMEOUT_MS = 10_000;
const ROOT = new URL('..', import.meta.url).pathname;
const RESULTS = new URL('results.json', import.meta.url);

/**
 * Fills the folder the bench serves and imports from: a copy of dist/ as
 * built just now, the floors' pages, and links to bench/ and node_modules/.
 * Every figure then comes from one build, even when dist/ is rebuilt
 * (deleted and rewritten) meanwhile.
 */
async function snapshot(dir) {
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  for (const name of ['bench', 'node_modules']) symlinkSync(join(ROOT, name), join(dir, name));
  const floors = await writeFloors(dir);
  // The widget with its language menu, for the language switch.
  mkdirSync(join(dir, 'interactive'));
  writeFileSync(
    join(dir, 'interactive/widget.html'),
    readFileSync(join(ROOT, 'bench/pages/widget.html'), 'utf8').replace(
      '<ktech-pass-assessment>',
      '<ktech-pass-assessment language-picker>',
    ),
  );
  return {
    widget: {
      label: 'ktech-pass-assessment',
      path: '/bench/pages/widget.html',
      interactionPath: '/interactive/widget.html',
    },
    lit: { label: 'floor: bare Lit element', path: floors.lit },
    static: { label: 'floor: static HTML form', path: floors.static },
    surveyjs: { label: 'SurveyJS', path: '/bench/pages/surveyjs.html' },
  };
}

/** What a JS or CSS file is, for the byte figures. */
function kindOf(path) {
  if (path.startsWith('/bench/')) return 'page script';
  if (path === '/dist/rubric.js') return 'engine, for the score';
  return 'library';
}

/**
 * Opens a target in a new page with the cache off; resolves once the form is
 * in the DOM. `onResponse` sees every response; `trace` records a Chromium
 * trace of the load and returns the page's timings from it.
 */
async function open(browser, base, target, { onResponse, trace = false } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(new Error(`HTTP ${response.status()} for ${response.url()}`));
    onResponse?.(response);
  });
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(installFormProbe);
  if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(base + target.path, { waitUntil: 'load' });
  const formInDom = await page.evaluate(
    (timeout) => Promise.race([window.benchForm, new Promise((resolve) => setTimeout(() => resolve(null), timeout))]),
    TIMEOUT_MS,
  );
  const timings = {
    formInDom,
    firstContentfulPaint: await page.evaluate(firstContentfulPaint, TIMEOUT_MS),
    evaluationStart: null,
  };
  if (trace)
    timings.evaluationStart = evaluationStart(
      JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents,
      page.url(),
    );
  if (errors.length) throw new Error(`${target.label} page: ${errors[0].message}`);
  if (formInDom === null) throw new Error(`${target.label} page: no radio input within ${TIMEOUT_MS / 1000} s`);
  if (timings.evaluationStart !== null && !(timings.evaluationStart > 0 && timings.evaluationStart <= formInDom)) {
    throw new Error(
      `${target.label} page: script evaluation read from the trace at ${timings.evaluationStart} ms, form at ${formInDom} ms`,
    );
  }
  return { page, timings };
}

/** The untimed first load: bytes of every JS and CSS file the page requested, raw and gzip -9. */
async function measureBytes(browser, base, target) {
  const pending = [];
  const otherRequests = [];
  const onResponse = (response) => {
    const path = new URL(response.url()).pathname;
    if (/javascript|css/.test(response.headers()['content-type'] ?? '')) {
      pending.push(
        response.buffer().then((body) => ({ path, kind: kindOf(path), raw: body.length, gzip: gzipSize(body) })),
      );
    } else if (response.request().resourceType() !== 'document')
      otherRequests.push(`${response.status()} ${response.url()}`);
  };
  const { page } = await open(browser, base, target, { onResponse });
  const files = await Promise.all(pending);
  await page.close();
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const library = files.filter((file) => file.kind === 'library');
  return { raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), libraryGzip: sum(library, 'gzip'), files, otherRequests };
}

async function measureBrowser(browser, base, targets, distDir) {
  const results = {};
  for (const [key, target] of Object.entries(targets))
    results[key] = { label: target.label, bytes: await measureBytes(browser, base, target) };

  // Slowed loads, the pages in turn; then each page driven through its interactions; then profiles.
  const loads = await measureLoads(browser, base, targets, PAGE_LOADS);
  for (const [key, metrics] of Object.entries(loads)) {
    for (const [metric, values] of Object.entries(metrics)) results[key][metric] = spread(values);
    // Per-round ratios against the Lit floor: the same spell of the machine for both.
    const lit = loads.lit?.evaluationToPainted;
    if (key !== 'lit' && lit && metrics.evaluationToPainted?.length === lit.length) {
      results[key].evaluationToPaintedVsLit = spread(metrics.evaluationToPainted.map((value, i) => value / lit[i]));
    }
  }
  const interactions = await measureInteractions(browser, base, targets, INTERACTION_RUNS);
  for (const [key, kinds] of Object.entries(interactions)) {
    results[key].interactions = Object.fromEntries(
      Object.entries(kinds).map(([kind, values]) => [kind, { ...spread(values), p95: percentile(values, 95) }]),
    );
  }
  const profiles = [];
  for (let i = 0; i < PROFILES; i++) profiles.push(await profileLoad(browser, base, targets.widget, distDir));
  results.widget.loadProfile = medianProfile(profiles);
  return results;
}

/** The median self time per source over a few profiles, largest first. */
function medianProfile(profiles) {
  const sources = new Set(profiles.flatMap((profile) => profile.bySource.map((row) => row.source)));
  const rows = [...sources].map((source) => {
    const values = profiles.map((profile) => profile.bySource.find((row) => row.source === source)?.ms ?? 0);
    return { source, ms: Math.round(spread(values).median * 10) / 10 };
  });
  return {
    totalMs: spread(profiles.map((profile) => profile.totalMs)).median,
    bySource: rows.sort((a, b) => b.ms - a.ms).filter((row) => row.ms >= 0.5),
  };
}

/** gzip -9 and Brotli of each kind of page's files (the scenarios of .size-limit.js). */
function scenarioSizes(distDir) {
  const sizes = new Map(chunkSizes(distDir).map((chunk) => [`dist/${chunk.file}`, chunk]));
  const byName = new Map();
  for (const entry of sizeScenarios) {
    const name = entry.name.replace(/, (gzip|Brotli)$/, '');
    const files = entry.path.map((path) => sizes.get(path));
    const budget = Number.parseInt(entry.limit, 10);
    const scenario = byName.get(name) ?? {
      scenario: name,
      files: entry.path.map((path) => path.replace('dist/', '')),
      gzip: 0,
      brotli: 0,
    };
    if (entry.gzip)
      Object.assign(scenario, { gzip: files.reduce((sum, file) => sum + file.gzip, 0), gzipBudget: budget });
    else Object.assign(scenario, { brotli: files.reduce((sum, file) => sum + file.brotli, 0), brotliBudget: budget });
    byName.set(name, scenario);
  }
  return [...byName.values()];
}

// ---- Reporting ----

const integer = (value) => value.toLocaleString('en');
const bytes = (value) => `${integer(value)} B`;
const ms = (value) => `${Math.round(value)} ms`;
/** "126 ms (118–140)": median, then p25–p75. */
const msSpread = (stat) => (stat ? `${ms(stat.median)} (${Math.round(stat.p25)}–${Math.round(stat.p75)})` : '–');
const times = (value) => `${value.toFixed(2)}×`;

const LABELS = {
  static: 'static HTML form',
  lit: 'bare Lit element',
  widget: 'ktech-pass-assessment',
  surveyjs: 'SurveyJS',
};
const KINDS = [
  ['radio', 'click a radio'],
  ['checkbox', 'tick a checkbox'],
  ['keystroke', 'type a digit in a number field'],
  ['next', 'Next → next step'],
  ['seeResult', 'See my result → result'],
  ['whatIf', 'a what-if change on the result'],
  ['visaOpen', 'Check other visas → their step'],
  ['visaRadio', 'click a radio in that step'],
  ['visaKeystroke', 'type a digit in that step'],
  ['visaCheck', 'Check → the visas listed'],
  ['language', 'switch the language (menu)'],
];
const GOALS = { interactionP95: 100, evaluationVsLit: 1.5, firstFileGzip: 20 * 1024, totalBlockingTime: 0 };

function markdownTable(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The load table: medians (p25–p75) of the slowed loads, ratios against the Lit floor. */
function loadTable(browser) {
  const keys = ['static', 'lit', 'widget', 'surveyjs'];
  const ratio = (key, metric) =>
    browser.lit?.[metric] && browser[key]?.[metric]
      ? ` · ${times(browser[key][metric].median / browser.lit[metric].median)}`
      : '';
  return markdownTable(
    ['(slowed loads, median (p25–p75))', ...keys.map((key) => LABELS[key])],
    [
      [
        'first question painted after navigation',
        ...keys.map(
          (key) =>
            msSpread(browser[key].navigationToPainted) +
            (key === 'widget' || key === 'surveyjs' ? ratio(key, 'navigationToPainted') : ''),
        ),
      ],
      [
        'script evaluation → first question painted',
        ...keys.map((key) =>
          key === 'static'
            ? 'no script'
            : msSpread(browser[key].evaluationToPainted) +
              (key === 'widget' || key === 'surveyjs' ? ratio(key, 'evaluationToPainted') : ''),
        ),
      ],
      ['Total Blocking Time', ...keys.map((key) => msSpread(browser[key].totalBlockingTime))],
      ['longest task', ...keys.map((key) => msSpread(browser[key].longestTask))],
      ['JavaScript and CSS loaded, gzip -9', ...keys.map((key) => bytes(browser[key].bytes.gzip))],
    ],
  );
}

/** The interaction table: Event Timing p50 / p95 (samples). */
function interactionTable(browser) {
  const keys = ['static', 'widget', 'surveyjs'];
  const cell = (stat) => (stat ? `${Math.round(stat.median)} / ${Math.round(stat.p95)} (${stat.samples})` : '–');
  return markdownTable(
    ['Event Timing duration, p50 / p95 ms (samples)', ...keys.map((key) => LABELS[key])],
    KINDS.filter(([kind]) => keys.some((key) => browser[key].interactions?.[kind])).map(([kind, label]) => [
      label,
      ...keys.map((key) => cell(browser[key].interactions?.[kind])),
    ]),
  );
}

function sizeTable(scenarios) {
  return markdownTable(
    ['Kind of page', 'Files', 'gzip -9', 'Brotli', 'Budget (size-limit: zlib gzip / Brotli)'],
    scenarios.map((s) => [
      s.scenario,
      s.files.map((file) => `\`${file}\``).join(' + '),
      bytes(s.gzip),
      bytes(s.brotli),
      `${bytes(s.gzipBudget)} / ${bytes(s.brotliBudget)}`,
    ]),
  );
}

/** The first file's bytes by module (source map), the largest first; the rest in one row. */
function bytesTable({ raw, gzip, modules }, shown = 14) {
  const rest = modules.slice(shown);
  const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
  return markdownTable(
    [`Where the first file's ${bytes(gzip)} (zlib -9; ${bytes(raw)} raw) go, by module`, 'gzip', 'raw'],
    [
      ...modules.slice(0, shown).map((row) => [`\`${row.module}\``, bytes(row.gzip), bytes(row.raw)]),
      [`${rest.length} more modules`, bytes(sum(rest, 'gzip')), bytes(sum(rest, 'raw'))],
    ],
  );
}

function profileTable(profile) {
  return markdownTable(
    ["Where the widget's load spends CPU (self time, slowed, median of " + PROFILES + ' profiles)', 'ms'],
    profile.bySource
      .slice(0, 12)
      .map((row) => [row.source.startsWith('(') ? row.source : `\`${row.source}\``, row.ms.toFixed(1)]),
  );
}

/** The goals against this run, reported (met or missed), none enforced here. */
function goalsFor({ browser, chunks }) {
  const firstFile = chunks.find((chunk) => chunk.file === 'ktech-pass-assessment.js');
  const byteRatio = browser.surveyjs.bytes.libraryGzip / browser.widget.bytes.gzip;
  const evaluationRatio = browser.widget.evaluationToPaintedVsLit?.median;
  const tbt = browser.widget.totalBlockingTime?.median;
  const worst = Object.entries(browser.widget.interactions ?? {}).sort((a, b) => b[1].p95 - a[1].p95)[0];
  const goal = (name, value, met) => ({ goal: name, value, met });
  return [
    goal(
      `every interaction's Event Timing p95 <= ${GOALS.interactionP95} ms (slowest: ${worst?.[0]})`,
      worst?.[1].p95 ?? null,
      !!worst && worst[1].p95 <= GOALS.interactionP95,
    ),
    goal(
      `script evaluation -> first question painted <= ${GOALS.evaluationVsLit}x the bare Lit element (median of per-round ratios)`,
      evaluationRatio ?? null,
      evaluationRatio <= GOALS.evaluationVsLit,
    ),
    goal('Total Blocking Time 0 at 4x (median)', tbt ?? null, tbt === 0),
    goal(
      `first file <= ${integer(GOALS.firstFileGzip)} B gzip -9`,
      firstFile.gzip,
      firstFile.gzip <= GOALS.firstFileGzip,
    ),
    // For comparison only: SurveyJS is no floor, and the first file's own goal is above.
    goal('widget page JS >= 20x fewer bytes than SurveyJS (gzip)', Math.round(byteRatio * 10) / 10, byteRatio >= 20),
  ];
}

function machine() {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    // Over 1, 5 and 15 minutes: well above `cores`, other work shared the CPU and timings suffer.
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** The README's performance block, as the bench writes it. */
function performanceBlock(results) {
  const { machine: host, chromium } = results;
  const lines = [
    `Recorded by \`npm run bench\` on ${results.date.slice(0, 10)}: ${host.cores}-core ${host.cpu}, load average ${host.loadAverageAtStart[0]} at the start and ${host.loadAverageAtEnd[0]} at the end (1 min; this machine is shared, so compare figures of one run only), ${chromium}, Node ${host.node.slice(1)}. Every page slowed as a mid-range phone: CPU ${THROTTLE.cpu}× slower, ${THROTTLE.latencyMs} ms round trip, ${THROTTLE.downloadBitsPerSecond / 1e6} Mbit/s, a fresh context per load (nothing cached), pages taken in turn; ${results.settings.pageLoads} loads each.`,
    '',
    loadTable(results.browser),
    '',
    'The "×" figures are ratios to the bare Lit element rendering the same first step. "Script evaluation" starts with the first script the page evaluates (a Chromium trace); "painted" is the task after the frame that shows the first radio. Total Blocking Time (from first contentful paint, as Lighthouse counts it) and the longest task come from the trace\'s main-thread tasks until a second after that paint.',
    '',
    interactionTable(results.browser),
    '',
    `Real input events (CDP), ${results.settings.interactionRuns} fresh loads of the widget and the static form driven through (SurveyJS: ${Math.ceil(results.settings.interactionRuns / 2)}, its first page), answering by what each step shows. An interaction under Event Timing's 16 ms threshold reports nothing and counts as 16 ms.`,
    '',
    sizeTable(results.scenarios),
    '',
    bytesTable(results.firstFileByModule),
    '',
    "A module's gzip share is what the file's gzip size loses without its bytes (source map), so the shares add up to about the whole, not exactly.",
    '',
    profileTable(results.browser.widget.loadProfile),
    '',
    'Against the goals:',
    '',
    ...results.goals.map(
      ({ goal, value, met }) =>
        `- ${met ? 'met' : 'missed'}: ${goal}: ${value === null ? 'not measured' : typeof value === 'number' ? integer(Math.round(value * 100) / 100) : value}`,
    ),
  ];
  return lines.join('\n');
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->` in `text`. */
function replaceMarkedBlock(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

async function main() {
  chromiumPath(); // no Chromium: say so now, not after the engine's bench
  const host = machine();
  const started = Date.now();

  const root = mkdtempSync(join(os.tmpdir(), 'ktp-bench-'));
  const server = createStaticServer(root);
  let browser;
  try {
    const targets = await snapshot(root);
    const distDir = join(root, 'dist');
    const chunks = chunkSizes(distDir);
    // The engine first, while the browser is not competing for the CPU.
    console.log('Engine in Node…');
    const engine = runEngineBench(await import(pathToFileURL(join(root, 'dist/rubric.js')).href));

    const base = await listen(server);
    browser = await launchChromium({
      // Only loopback resolves: SurveyJS's theme asks fonts.gstatic.com for
      // Open Sans, which must fail at once and alike on every machine.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    const chromium = await browser.version();
    console.log(
      `${chromium}: ${PAGE_LOADS} slowed loads of ${Object.keys(targets).length} pages, ${INTERACTION_RUNS} interaction runs, ${PROFILES} profiles…`,
    );
    const results = {
      date: new Date().toISOString(),
      machine: host,
      chromium,
      settings: { throttle: THROTTLE, pageLoads: PAGE_LOADS, interactionRuns: INTERACTION_RUNS, profiles: PROFILES },
      browser: await measureBrowser(browser, base, targets, distDir),
      engine,
      chunks,
      scenarios: scenarioSizes(distDir),
      firstFileByModule: bytesByModule(join(distDir, 'ktech-pass-assessment.js')),
    };
    console.log('A rubric at the size limits…');
    results.limits = await runLimitsBench(browser, base, root);
    results.parsers = await runParserBench(root);
    results.machine.loadAverageAtEnd = os.loadavg().map((load) => Math.round(load * 100) / 100);
    results.goals = goalsFor(results);
    results.seconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    const block = performanceBlock(results);
    writeFileSync(README, replaceMarkedBlock(readFileSync(README, 'utf8'), 'performance', block));

    console.log(`\n${block}\n`);
    console.log(
      `Engine (Node): ${integer(engine.assessmentsPerSecond)} assessments per second; parseRubric(default) median ${engine.parseRubricMicros.median} µs`,
    );
    printLimits(results.limits);
    printParsers(results.parsers, results.limits);
    console.log('\nEvery .js file in dist/:');
    for (const line of formatChunkSizes(chunks)) console.log(`  ${line}`);
    console.log(
      `\nWrote ${RESULTS.pathname.slice(ROOT.length)} and the README's performance block in ${results.seconds} s`,
    );
  } finally {
    await browser?.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
