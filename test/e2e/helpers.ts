// Shared by the end-to-end suite (test/e2e/*.test.ts): a served root with a
// snapshot of the built bundle, a local server, a headless Chromium, and a few
// ways to drive the widget through its public surface only (the open shadow
// root's DOM, attributes, properties, events).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import type { AnswerDetail, AssessmentErrorDetail, Rubric, ScoreDetail } from '../../src/index.js';
import workedExamples from '../worked-examples.json' with { type: 'json' };
import { BUNDLE, writePages } from './pages.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const TAG = 'ktech-pass-assessment';
export { BUNDLE };
/** The same bytes at another URL: a second module instance of the bundle. */
export const BUNDLE_COPY = '/copy/ktech-pass-assessment.js';
/** The bundle with another `static version`: a different release on the same page. */
export const BUNDLE_OTHER_VERSION = '/other-version/ktech-pass-assessment.js';
export const OTHER_VERSION = '9.9.9-e2e';

/** The policy of issue 7, as a careers page with a strict policy would send it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export type Answers = Record<string, string | number>;

/** The worked example of the README (test/worked-examples.json): 66 points, eligible. */
export const WORKED: Answers = workedExamples.sme;
export const WORKED_TOTAL = 66;

/**
 * The element as a page script sees it: its public properties. `answers` and
 * `rubric` are typed for reading; the tests that set wrong values on purpose
 * cast.
 */
export interface Widget extends HTMLElement {
  answers: Record<string, string | number | undefined>;
  rubric: Rubric | null;
  result: ScoreDetail | null;
  updateComplete: Promise<boolean>;
}

/** What the events recorded in the page carry (their details, through JSON). */
export interface EventDetails {
  score: ScoreDetail;
  answer: AnswerDetail;
  'assessment-error': AssessmentErrorDetail;
}
export type EventType = keyof EventDetails;
export interface RecordedEvent<T extends EventType = EventType> {
  type: T;
  /** The id of the element that fired it. */
  target: string;
  detail: EventDetails[T];
}
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
/** What installRecorder keeps in the page. */
export interface Recording {
  violations: Violation[];
  events: RecordedEvent[];
  errors: string[];
}

declare global {
  interface Window {
    __e2e: Recording;
    /** Set by the fixtures that import a second copy of the bundle: 'ok' or why not. */
    __copyLoaded: Promise<string>;
  }
}

export const defaultRubricJson = (): Rubric => JSON.parse(readFileSync(join(REPO, 'src/rubric/default-rubric.json'), 'utf8'));

/** The built-in rubric with its Korean texts (from the built language file), as a host rubric in two languages. */
export async function bilingualRubricJson(): Promise<Rubric> {
  const [{ translateRubric }, { default: ko }] = await Promise.all([import('../../dist/lib/rubric/index.js'), import('../../dist/lib/locales/ko.js')]);
  return JSON.parse(JSON.stringify(translateRubric(defaultRubricJson(), ko.rubric)));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The built bundle, read once it is complete (another process may be rebuilding dist/ right now). */
async function readBundle(): Promise<Buffer> {
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
 * A served folder: the pages (test/e2e/pages.ts) and fixture files, a
 * snapshot of the bundle (so a concurrent rebuild cannot pull it away
 * mid-run), its copies, and generated rubric files.
 */
async function makeRoot(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'ktp-e2e-'));
  const bundle = await readBundle();
  // No staleness check by modification time (a fresh clone's times are
  // arbitrary): `npm test` ends with check:dist, which fails when dist/ and
  // the sources disagree.
  const versionLiteral = 'static version="';
  if (!bundle.toString('utf8').includes(versionLiteral)) throw new Error(`the bundle no longer contains ${versionLiteral}…": update helpers.ts`);
  // The files the bundle loads on demand (validator, languages) sit beside
  // each copy, as they would on a CDN.
  const onDemand = readdirSync(join(REPO, 'dist')).filter((file) => /^ktech-pass-assessment\..+\.js$/.test(file));
  const copies: Array<[string, Buffer]> = [
    [BUNDLE, bundle],
    [BUNDLE_COPY, bundle],
    [BUNDLE_OTHER_VERSION, Buffer.from(bundle.toString('utf8').replace(/static version="[^"]*"/, `static version="${OTHER_VERSION}"`))],
  ];
  for (const [path, bytes] of copies) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), bytes);
    for (const file of onDemand) copyFileSync(join(REPO, 'dist', file), join(root, path, '..', file));
  }
  cpSync(join(REPO, 'test/e2e/fixtures'), join(root, 'fixtures'), { recursive: true });
  writePages(join(root, 'fixtures'));
  mkdirSync(join(root, 'rubric'));
  writeFileSync(join(root, 'rubric/default.json'), JSON.stringify(defaultRubricJson()));
  return root;
}

export interface Suite {
  /** The served folder. */
  root: string;
  /** The server's origin, e.g. http://127.0.0.1:40123. */
  base: string;
  browser: Browser;
  /** A policy sent with every .html page, or null for none. */
  csp: string | null;
  /** More response headers for a path, or null. */
  headers: ((path: string) => { [name: string]: string }) | null;
  /** Every path (with its query) the server was asked for. */
  serverLog: string[];
  /** Writes a file into the served root (e.g. a generated rubric); JSON unless a string. */
  write(path: string, content: unknown): void;
  close(): Promise<void>;
}

/**
 * Starts a server and a browser for one test file.
 * Paths under /drop/ close the connection without an answer (a network error).
 */
export async function startSuite(): Promise<Suite> {
  const root = await makeRoot();
  const serverLog: string[] = [];
  const server = createStaticServer(root, {
    headers: (path) => ({
      ...(path.endsWith('.html') && suite.csp ? { 'content-security-policy': suite.csp } : {}),
      ...suite.headers?.(path),
    }),
    onRequest: (url) => serverLog.push(url),
  });
  const [handler] = server.listeners('request') as Array<(request: IncomingMessage, response: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.url?.startsWith('/drop/')) {
      serverLog.push(request.url);
      request.socket.destroy();
      return;
    }
    handler?.(request, response);
  });
  const base = await listen(server);
  const browser = await launchChromium({ protocolTimeout: 60_000 });
  const suite: Suite = {
    root,
    base,
    browser,
    csp: null,
    headers: null,
    serverLog,
    write(path, content) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
  return suite;
}

/**
 * tsx compiles these tests with esbuild's keepNames: a named function inside
 * one handed to page.evaluate calls a `__name` helper that exists in Node
 * only. The page gets a no-op one.
 */
const KEEP_NAMES = 'globalThis.__name = (fn) => fn;';

/** A new page (of the suite's browser, or of `context`), ready for functions compiled by tsx. */
export async function newPage(suite: Suite, context: BrowserContext | null = null): Promise<Page> {
  const page = await (context ?? suite.browser).newPage();
  await page.evaluateOnNewDocument(KEEP_NAMES);
  await page.evaluate(KEEP_NAMES);
  return page;
}

/**
 * Records, from before any page script runs: CSP violations, the widget's
 * events (anywhere in the document: they bubble and are composed), errors.
 * Installed through the DevTools protocol, so it is neither a request nor
 * subject to the page's policy.
 */
function installRecorder() {
  const record: Recording = (window.__e2e = { violations: [], events: [], errors: [] });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
  for (const type of ['score', 'answer', 'assessment-error'] as const) {
    document.addEventListener(type, (event) => {
      const { detail: sent } = event as CustomEvent<unknown>;
      let detail;
      try {
        detail = JSON.parse(JSON.stringify(sent ?? null));
      } catch {
        detail = String(sent);
      }
      record.events.push({ type, target: (event.target as Element | null)?.id ?? '', detail });
    });
  }
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
}

/** What a page opened by `open` logged. */
export interface PageLog {
  console: Array<{ type: string; text: string; url: string }>;
  pageErrors: string[];
  /** Every URL the page asked for. */
  requests: string[];
  /** Requests that failed, with the reason. */
  failed: string[];
}

export interface OpenOptions {
  /** Runs before navigation. */
  before?: (page: Page) => Promise<unknown>;
  /** Install the recorder (default true). */
  recorder?: boolean;
  /** Wait for the element to be defined (default true). */
  defined?: boolean;
  context?: BrowserContext | null;
  viewport?: { width: number; height: number };
}

/** Opens `path` in a new page. Returns the page and what it logged. */
export async function open(
  suite: Suite,
  path: string,
  { before, recorder = true, defined = true, context = null, viewport = { width: 900, height: 1200 } }: OpenOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const page = await newPage(suite, context);
  await page.setViewport(viewport);
  const log: PageLog = { console: [], pageErrors: [], requests: [], failed: [] };
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' }));
  page.on('pageerror', (error) => log.pageErrors.push(String((error as Error)?.message ?? error)));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  if (recorder) await page.evaluateOnNewDocument(installRecorder);
  await before?.(page);
  await page.goto(suite.base + path, { waitUntil: 'load' });
  if (defined) await whenDefined(page);
  return { page, log };
}

/** A page or a frame: where page functions run. */
export type Target = Page | Frame;
const frameOf = (target: Target): Frame => ('mainFrame' in target ? target.mainFrame() : target);

/** Resolves once the custom element is defined (the module script ran). */
export const whenDefined = (target: Target) =>
  frameOf(target).evaluate(
    (tag) => Promise.race([customElements.whenDefined(tag), new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was never defined`)), 5000))]).then(() => true),
    TAG,
  );

/** Polls `fn(...args)` in the page until it returns a truthy value, and returns that value. */
export async function waitFor<Args extends unknown[], Value>(
  target: Target,
  fn: (...args: Args) => Value,
  args: Args | [] = [],
  { timeout = 5000, message = 'condition' } = {},
): Promise<NonNullable<Awaited<Value>>> {
  const start = Date.now();
  // The page's functions take plain values here (no handles): puppeteer's
  // parameter mapping is the identity for them.
  const evaluate = frameOf(target).evaluate.bind(frameOf(target)) as (fn: (...args: Args) => Value, ...args: unknown[]) => Promise<Awaited<Value>>;
  for (;;) {
    const value = await evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await sleep(20);
  }
}

/** Waits for the element's pending render. */
export const settle = (target: Target, host = TAG) =>
  frameOf(target).evaluate(async (host) => {
    const element = document.querySelector<Widget>(host);
    for (let i = 0; i < 3; i++) await element?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return true;
  }, host);

/** An element in the host's shadow root (or null). */
export async function inShadow(target: Target, host: string, selector: string): Promise<ElementHandle<Element> | null> {
  const handle = await frameOf(target).evaluateHandle((host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector) ?? null, host, selector);
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) await handle.dispose();
  return element;
}

/** Text of the host's shadow root, or of one part of it. */
export const shadowText = (target: Target, host = TAG, selector: string | null = null) =>
  frameOf(target).evaluate(
    (host, selector) => {
      const root = document.querySelector(host)?.shadowRoot;
      const node = selector ? root?.querySelector(selector) : root;
      return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    },
    host,
    selector,
  );

/** The names of the fields in the step shown. */
export const fieldsShown = (target: Target, host = TAG) =>
  frameOf(target).evaluate((host) => {
    const form = document.querySelector(host)?.shadowRoot?.querySelector('form[part="step"]');
    return form ? [...new Set([...form.querySelectorAll('input[name]')].map((input) => (input as HTMLInputElement).name))] : [];
  }, host);

/** Answers one question as a person would: a click on a radio, or typing into a field. */
export async function answer(target: Target, host: string, id: string, value: string | number): Promise<void> {
  const radio = await inShadow(target, host, `form[part="step"] input[type="radio"][name="${id}"][value="${value}"]`);
  if (radio) {
    await radio.click();
    await radio.dispose();
  } else {
    const field = await inShadow(target, host, `form[part="step"] input[name="${id}"]`);
    if (!field) throw new Error(`no field for question ${id} in ${host}`);
    await field.click({ count: 3 });
    await ('keyboard' in target ? target.keyboard : target.page().keyboard).press('Backspace');
    await field.type(String(value));
    await field.dispose();
  }
  await settle(target, host);
}

/** Clicks the step's submit button (Next / See my result). */
export async function submitStep(target: Target, host = TAG): Promise<void> {
  const button = await inShadow(target, host, 'form[part="step"] button[type="submit"]');
  if (!button) throw new Error(`no submit button in ${host}`);
  await button.click();
  await button.dispose();
  await settle(target, host);
}

/**
 * Answers every question shown, step by step, then submits, until the result
 * view appears. Questions not in `answers` are left alone (e.g. preset ones).
 */
export async function complete(target: Target, host = TAG, answers: Answers = WORKED): Promise<void> {
  for (let step = 0; step < 10; step++) {
    if (await inShadow(target, host, '[part="result"]')) return;
    const before = await shadowText(target, host, 'form[part="step"] h3');
    for (const id of await fieldsShown(target, host)) {
      const value = answers[id];
      if (value !== undefined) await answer(target, host, id, value);
    }
    // A question may appear once another is answered (`when`): answer it too.
    for (const id of await fieldsShown(target, host)) {
      const answered = await frameOf(target).evaluate((host, id) => document.querySelector<Widget>(host)?.answers[id] !== undefined, host, id);
      const value = answers[id];
      if (!answered && value !== undefined) await answer(target, host, id, value);
    }
    await submitStep(target, host);
    const summary = await shadowText(target, host, '#error-summary');
    if (summary) throw new Error(`step "${before}" was not accepted: ${summary}`);
  }
  throw new Error(`${host} never showed a result`);
}

/** What the recorder saw. */
export const recorded = (target: Target): Promise<Recording> => frameOf(target).evaluate(() => window.__e2e);

/** Events of one type recorded so far (optionally from one element id). */
export async function events<T extends EventType>(target: Target, type: T, id?: string): Promise<Array<RecordedEvent<T>>> {
  const record = await recorded(target);
  return record.events.filter((event): event is RecordedEvent<T> => event.type === type && (id === undefined || event.target === id));
}

/** The first event of a type (optionally from one element id); fails when there is none. */
export async function firstEvent<T extends EventType>(target: Target, type: T, id?: string): Promise<RecordedEvent<T>> {
  const [event] = await events(target, type, id);
  if (!event) throw new Error(`no ${type} event${id === undefined ? '' : ` from #${id}`}`);
  return event;
}

/** Console messages of a type (error, warn). */
export const consoleOf = (log: PageLog, type: string) =>
  log.console
    // The browser's own request for /favicon.ico (a 404 here) is not the widget's.
    .filter((message) => message.type === type && !message.url.endsWith('/favicon.ico'))
    .map((message) => message.text);
