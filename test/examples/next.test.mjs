// The Next app in examples/next (App Router, React 19), server-rendered as
// Next does by default: a React Server Component renders the wrapper
// (`ktech-pass-assessment/react`, a client component by its "use client"),
// `next build` type-checks and prerenders it, `next start` serves it, and in
// Chromium the element upgrades with the props the server gave (the prefill,
// employer-size), with no hydration warning or error, and scores by keyboard.
// Installed by test/examples/setup.mjs with the other apps.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import workedExamples from '../worked-examples.json' with { type: 'json' };
import { completeByKeyboard, widgetAnswers } from './drive.mjs';

const app = fileURLToPath(new URL('../../examples/next/', import.meta.url));
const next = join(app, '../node_modules/.bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const TAG = 'ktech-pass-assessment';

let browser;
let server;
let base = '';

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('Next.js, server-rendered, with the wrapper in a server component', { timeout: 300_000 }, () => {
  before(async () => {
    const start = performance.now();
    try {
      await promisify(execFile)(next, ['build'], { cwd: app, env, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      assert.fail(`next build in examples/next failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
    console.log(
      `examples/next: next build (type check and prerender) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    const port = await freePort();
    server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env });
    base = `http://127.0.0.1:${port}`;
    let output = '';
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`next start did not get ready: ${output}`)), 30_000);
      const read = (chunk) => {
        output += chunk;
        if (/Ready/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
    });
    browser = await launchChromium({ protocolTimeout: 60_000 });
  });
  after(async () => {
    await browser?.close();
    server?.kill();
  });

  it('the server sends the element in the page', async () => {
    const html = await (await fetch(`${base}/`)).text();
    assert.match(html, /<ktech-pass-assessment id="eligibility"/);
  });

  it('renders a page of the edge runtime on request, where modules run when first used', async () => {
    const response = await fetch(`${base}/edge`);
    const html = await response.text();
    assert.equal(response.status, 200, html.slice(0, 2000));
    assert.match(html, /<ktech-pass-assessment id="edge-eligibility"/);
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${base}/edge`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('input[type=radio]'),
      { polling: 50, timeout: 15_000 },
      TAG,
    );
    assert.equal(await page.$eval(TAG, (element) => element.employerSize), 'sme');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('upgrades with the server-given props, without hydration problems, and scores by keyboard', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on(
      'console',
      (message) => ['error', 'warning', 'warn'].includes(message.type()) && problems.push(message.text()),
    );
    page.on(
      'response',
      (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
    );
    await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2'),
      { polling: 50, timeout: 15_000 },
      TAG,
    );
    assert.equal(await page.$eval(TAG, (element) => element.employerSize), 'sme');
    assert.equal(await page.$eval(TAG, (element) => element.getAttribute('employer-size')), 'sme');
    const prefilled = await widgetAnswers(page);
    assert.equal(prefilled.degree, 'masters', 'the prefill from the server component did not reach the element');
    const { employerSize: _preset, ...asked } = workedExamples.sme;
    await completeByKeyboard(page, asked, null);
    await page.waitForFunction(
      () => document.querySelector('#score-line')?.textContent?.startsWith('Estimated score: 66'),
      { timeout: 5_000 },
    );
    assert.equal(
      await page.$eval('#score-line', (line) => line.textContent),
      'Estimated score: 66 (pass mark 60), may qualify',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
