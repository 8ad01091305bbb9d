// The end-to-end suite's world: a served root with a snapshot of the built
// bundle, its copies and the pages (pages.ts), a local server whose answers a
// test can shape (CSP, headers, dropped connections), a headless Chromium
// (scripts/lib/chromium.mjs), and pages opened with a log of what they did.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import type { Rubric } from '../../src/index.js';
import { BUNDLE, writePages } from './pages.js';
import { installRecorder } from './recorder.js';
import { whenDefined } from './widget.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export { BUNDLE };
/** The same bytes at another URL: a second module instance of the bundle. */
export const BUNDLE_COPY = '/copy/ktech-pass-assessment.js';
/** The bundle with another `static version`: a different release on the same page. */
export const BUNDLE_OTHER_VERSION = '/other-version/ktech-pass-assessment.js';
export const OTHER_VERSION = '9.9.9-e2e';

/** A strict policy, as a careers page with one would send it: no inline script or style, Trusted Types. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

declare global {
  interface Window {
    /** Set by the fixtures that import a second copy of the bundle: 'ok' or why not. */
    __copyLoaded: Promise<string>;
  }
}

export const defaultRubricJson = (): Rubric =>
  JSON.parse(readFileSync(join(REPO, 'src/rubric/default-rubric.json'), 'utf8'));

/** The built-in rubric with its Korean texts (from the built language file), as a host rubric in two languages. */
export async function bilingualRubricJson(): Promise<Rubric> {
  const [{ translateRubric }, { default: ko }] = await Promise.all([
    import('../../dist/lib/rubric/index.js'),
    import('../../dist/lib/locales/ko.js'),
  ]);
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
  if (!bundle.toString('utf8').includes(versionLiteral))
    throw new Error(`the bundle no longer contains ${versionLiteral}…": update test/e2e/suite.ts`);
  // The files the bundle loads on demand (validator, languages) sit beside
  // each copy, as they would on a CDN.
  const onDemand = readdirSync(join(REPO, 'dist')).filter((file) => /^ktech-pass-assessment\..+\.js$/.test(file));
  const copies: Array<[string, Buffer]> = [
    [BUNDLE, bundle],
    [BUNDLE_COPY, bundle],
    [
      BUNDLE_OTHER_VERSION,
      Buffer.from(bundle.toString('utf8').replace(/static version="[^"]*"/, `static version="${OTHER_VERSION}"`)),
    ],
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
 * Paths under /drop/ close the connection without an answer (a network error);
 * paths under /hang/ are never answered (a stalled image holding back `load`).
 */
export async function startSuite(): Promise<Suite> {
  const root = await makeRoot();
  const serverLog: string[] = [];
  const hanging = new Set<Socket>();
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
    if (request.url?.startsWith('/hang/')) {
      serverLog.push(request.url);
      hanging.add(request.socket);
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
      for (const socket of hanging) socket.destroy();
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
  /** What navigation waits for (default load; domcontentloaded for a page that never finishes loading). */
  waitUntil?: 'load' | 'domcontentloaded';
}

/** Opens `path` in a new page. Returns the page and what it logged. */
export async function open(
  suite: Suite,
  path: string,
  {
    before,
    recorder = true,
    defined = true,
    context = null,
    viewport = { width: 900, height: 1200 },
    waitUntil = 'load',
  }: OpenOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const page = await newPage(suite, context);
  await page.setViewport(viewport);
  const log: PageLog = { console: [], pageErrors: [], requests: [], failed: [] };
  page.on('console', (message) =>
    log.console.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' }),
  );
  page.on('pageerror', (error) => log.pageErrors.push(String((error as Error)?.message ?? error)));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  if (recorder) await page.evaluateOnNewDocument(installRecorder);
  await before?.(page);
  await page.goto(suite.base + path, { waitUntil });
  if (defined) await whenDefined(page);
  return { page, log };
}

/** Console messages of a type (error, warn). */
export const consoleOf = (log: PageLog, type: string) =>
  log.console
    // The browser's own request for /favicon.ico (a 404 here) is not the widget's.
    .filter((message) => message.type === type && !message.url.endsWith('/favicon.ico'))
    .map((message) => message.text);

const MARKER = '/requests-so-far.txt';
let markers = 0;

/**
 * Resolves once the page's log and the server's have every request the page
 * started before this call: the page fetches a marker file last (the browser
 * reports a page's requests in the order they start, and the server logged
 * it before answering). The marker is then taken out of both logs. A test
 * that checks nothing more was asked for waits for this, not for a time.
 */
export async function requestsSoFar(suite: Suite, page: Page, log: PageLog): Promise<void> {
  suite.write(MARKER, 'marker\n');
  const url = `${MARKER}?${++markers}`;
  await page.evaluate((url) => fetch(url, { cache: 'no-store' }).then((response) => response.text()), url);
  const seen = () => log.requests.some((request) => request.endsWith(url)) && suite.serverLog.includes(url);
  for (const start = Date.now(); !seen(); await new Promise((resolve) => setImmediate(resolve))) {
    if (Date.now() - start > 5000) throw new Error(`the marker request ${url} never reached the logs`);
  }
  log.requests.splice(0, Infinity, ...log.requests.filter((request) => !request.endsWith(url)));
  suite.serverLog.splice(0, Infinity, ...suite.serverLog.filter((request) => request !== url));
}
