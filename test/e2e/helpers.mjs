// Shared by the end-to-end suite (test/e2e/*.test.mjs): a served root with a
// snapshot of the built bundle, a local server, a headless Chromium, and a few
// ways to drive the widget through its public surface only (the open shadow
// root's DOM, attributes, properties, events).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import workedExamples from '../worked-examples.json' with { type: 'json' };

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const TAG = 'ktech-pass-assessment';
export const BUNDLE = '/dist/ktech-pass-assessment.js';
/** The same bytes at another URL: a second module instance of the bundle. */
export const BUNDLE_COPY = '/copy/ktech-pass-assessment.js';
/** The bundle with another `static version`: a different release on the same page. */
export const BUNDLE_OTHER_VERSION = '/other-version/ktech-pass-assessment.js';
export const OTHER_VERSION = '9.9.9-e2e';

/** The policy of issue 7, as a careers page with a strict policy would send it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The worked example of the README (test/worked-examples.json): 66 points, eligible. */
export const WORKED = workedExamples.sme;
export const WORKED_TOTAL = 66;

export const defaultRubricJson = () => JSON.parse(readFileSync(join(REPO, 'src/rubric/default-rubric.json'), 'utf8'));

/** The built-in rubric with its Korean texts (from the built language file), as a host rubric in two languages. */
export async function bilingualRubricJson() {
  const [{ translateRubric }, { default: ko }] = await Promise.all([import('../../dist/rubric.js'), import('../../dist/lib/locales/ko.js')]);
  return JSON.parse(JSON.stringify(translateRubric(defaultRubricJson(), ko.rubric)));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The built bundle, read once it is complete (another process may be rebuilding dist/ right now). */
async function readBundle() {
  const file = join(REPO, 'dist/ktech-pass-assessment.js');
  for (let attempt = 0; attempt < 160; attempt++) {
    if (existsSync(file)) {
      const first = readFileSync(file);
      await sleep(150);
      const second = existsSync(file) ? readFileSync(file) : null;
      if (second && first.equals(second) && first.length > 1000) return first;
    }
    await sleep(250);
  }
  throw new Error('dist/ktech-pass-assessment.js is missing: run `npm run build` first.');
}

/**
 * A served folder: fixtures, a snapshot of the bundle (so a concurrent rebuild
 * cannot pull it away mid-run), its copies, and generated rubric files.
 */
async function makeRoot() {
  const root = mkdtempSync(join(tmpdir(), 'ktp-e2e-'));
  const bundle = await readBundle();
  // No staleness check by modification time (a fresh clone's times are
  // arbitrary): `npm test` ends with check:dist, which fails when dist/ and
  // the sources disagree.
  const versionLiteral = 'static version="';
  if (!bundle.toString('utf8').includes(versionLiteral)) throw new Error(`the bundle no longer contains ${versionLiteral}…": update helpers.mjs`);
  // The files the bundle loads on demand (validator, languages) sit beside
  // each copy, as they would on a CDN.
  const onDemand = readdirSync(join(REPO, 'dist')).filter((file) => /^ktech-pass-assessment\..+\.js$/.test(file));
  for (const [path, bytes] of [
    [BUNDLE, bundle],
    [BUNDLE_COPY, bundle],
    [BUNDLE_OTHER_VERSION, Buffer.from(bundle.toString('utf8').replace(/static version="[^"]*"/, `static version="${OTHER_VERSION}"`))],
  ]) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), bytes);
    for (const file of onDemand) copyFileSync(join(REPO, 'dist', file), join(root, path, '..', file));
  }
  cpSync(join(REPO, 'test/e2e/fixtures'), join(root, 'fixtures'), { recursive: true });
  mkdirSync(join(root, 'rubric'));
  writeFileSync(join(root, 'rubric/default.json'), JSON.stringify(defaultRubricJson()));
  return root;
}

/**
 * Starts a server and a browser for one test file.
 * `suite.csp` (a policy string or null) is sent with every .html page;
 * `suite.headers(path)` may add more; `suite.serverLog` lists every path asked for.
 * Paths under /drop/ close the connection without an answer (a network error).
 */
export async function startSuite() {
  const root = await makeRoot();
  const suite = {
    root,
    csp: null,
    headers: null,
    serverLog: [],
    base: '',
    browser: null,
    /** Writes a file into the served root (e.g. a generated rubric). */
    write(path, content) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
    },
    async close() {
      await suite.browser?.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
  const server = createStaticServer(root, {
    headers: (path) => ({
      ...(path.endsWith('.html') && suite.csp ? { 'content-security-policy': suite.csp } : {}),
      ...suite.headers?.(path),
    }),
    onRequest: (url) => suite.serverLog.push(url),
  });
  const [handler] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    if (request.url?.startsWith('/drop/')) {
      suite.serverLog.push(request.url);
      request.socket.destroy();
      return;
    }
    handler(request, response);
  });
  suite.base = await listen(server);
  suite.browser = await launchChromium({ protocolTimeout: 60_000 });
  return suite;
}

/**
 * Records, from before any page script runs: CSP violations, the widget's
 * events (anywhere in the document: they bubble and are composed), errors.
 * Installed through the DevTools protocol, so it is neither a request nor
 * subject to the page's policy.
 */
function installRecorder() {
  const record = (window.__e2e = { violations: [], events: [], errors: [] });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
  for (const type of ['score', 'answer', 'assessment-error']) {
    document.addEventListener(type, (event) => {
      let detail;
      try {
        detail = JSON.parse(JSON.stringify(event.detail ?? null));
      } catch {
        detail = String(event.detail);
      }
      record.events.push({ type, target: event.target?.id ?? '', detail });
    });
  }
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
}

/**
 * Opens `path` in a new page. Returns the page and what it logged:
 * `console` ({type, text}), `pageErrors`, `requests` (every URL the page asked for),
 * `failed` (requests that failed). `before(page)` runs before navigation.
 */
export async function open(suite, path, { before, recorder = true, defined = true, context = null, viewport = { width: 900, height: 1200 } } = {}) {
  const page = await (context ?? suite.browser).newPage();
  await page.setViewport(viewport);
  const log = { console: [], pageErrors: [], requests: [], failed: [] };
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' }));
  page.on('pageerror', (error) => log.pageErrors.push(String(error?.message ?? error)));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  if (recorder) await page.evaluateOnNewDocument(installRecorder);
  await before?.(page);
  await page.goto(suite.base + path, { waitUntil: 'load' });
  if (defined) await whenDefined(page);
  return { page, log };
}

/** Resolves once the custom element is defined (the module script ran). */
export const whenDefined = (page) =>
  page.evaluate((tag) => Promise.race([customElements.whenDefined(tag), new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was never defined`)), 5000))]).then(() => true), TAG);

/** Polls `fn(...args)` in the page until it returns a truthy value. */
export async function waitFor(page, fn, args = [], { timeout = 5000, message = 'condition' } = {}) {
  const start = Date.now();
  for (;;) {
    const value = await page.evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await sleep(20);
  }
}

/** Waits for the element's pending render. */
export const settle = (page, host = TAG) =>
  page.evaluate(async (host) => {
    const element = document.querySelector(host);
    for (let i = 0; i < 3; i++) await element?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return true;
  }, host);

/** An element in the host's shadow root (or null). */
export async function inShadow(page, host, selector) {
  const handle = await page.evaluateHandle((host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector) ?? null, host, selector);
  const element = handle.asElement();
  if (!element) await handle.dispose();
  return element;
}

/** Text of the host's shadow root, or of one part of it. */
export const shadowText = (page, host = TAG, selector = null) =>
  page.evaluate((host, selector) => {
    const root = document.querySelector(host)?.shadowRoot;
    const node = selector ? root?.querySelector(selector) : root;
    return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }, host, selector);

/** The names of the fields in the step shown. */
export const fieldsShown = (page, host = TAG) =>
  page.evaluate((host) => {
    const form = document.querySelector(host)?.shadowRoot?.querySelector('form[part="step"]');
    return form ? [...new Set([...form.querySelectorAll('input[name]')].map((input) => input.name))] : [];
  }, host);

/** Answers one question as a person would: a click on a radio, or typing into a field. */
export async function answer(page, host, id, value) {
  const radio = await inShadow(page, host, `form[part="step"] input[type="radio"][name="${id}"][value="${value}"]`);
  if (radio) {
    await radio.click();
  } else {
    const field = await inShadow(page, host, `form[part="step"] input[name="${id}"]`);
    if (!field) throw new Error(`no field for question ${id} in ${host}`);
    await field.click({ count: 3 });
    await (page.keyboard ?? page.page().keyboard).press('Backspace');
    await field.type(String(value));
    await field.dispose();
  }
  await radio?.dispose();
  await settle(page, host);
}

/** Clicks the step's submit button (Next / See my result). */
export async function submitStep(page, host = TAG) {
  const button = await inShadow(page, host, 'form[part="step"] button[type="submit"]');
  if (!button) throw new Error(`no submit button in ${host}`);
  await button.click();
  await button.dispose();
  await settle(page, host);
}

/**
 * Answers every question shown, step by step, then submits, until the result
 * view appears. Questions not in `answers` are left alone (e.g. preset ones).
 */
export async function complete(page, host = TAG, answers = WORKED) {
  for (let step = 0; step < 10; step++) {
    if (await inShadow(page, host, '[part="result"]')) return;
    const before = await shadowText(page, host, 'form[part="step"] h3');
    for (const id of await fieldsShown(page, host)) {
      if (id in answers) await answer(page, host, id, answers[id]);
    }
    // A question may appear once another is answered (`when`): answer it too.
    for (const id of await fieldsShown(page, host)) {
      const answered = await page.evaluate((host, id) => document.querySelector(host).answers[id] !== undefined, host, id);
      if (!answered && id in answers) await answer(page, host, id, answers[id]);
    }
    await submitStep(page, host);
    const summary = await shadowText(page, host, '#error-summary');
    if (summary) throw new Error(`step "${before}" was not accepted: ${summary}`);
  }
  throw new Error(`${host} never showed a result`);
}

/** What the recorder saw. */
export const recorded = (page) => page.evaluate(() => window.__e2e);

/** Events of one type recorded so far (optionally from one element id). */
export async function events(page, type, target) {
  const record = await recorded(page);
  return record.events.filter((event) => event.type === type && (target === undefined || event.target === target));
}

/** Console messages of a type (error, warn). */
export const consoleOf = (log, type) =>
  log.console
    // The browser's own request for /favicon.ico (a 404 here) is not the widget's.
    .filter((message) => message.type === type && !message.url.endsWith('/favicon.ico'))
    .map((message) => message.text);
