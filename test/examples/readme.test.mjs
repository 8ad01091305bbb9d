// The README's `score` example runs as written: pasted below the embed
// script tag into an empty page, it shows the applicant's result when they
// finish the assessment (by keyboard), with no error in the console.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import workedExamples from '../worked-examples.json' with { type: 'json' };
import { completeByKeyboard } from './drive.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(repo, 'README.md'), 'utf8');

/** The first ```html block after a heading. */
function htmlBlockAfter(heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has no "${heading}"`);
  const block = /```html\n([\s\S]*?)```/.exec(readme.slice(start));
  assert.ok(block?.[1], `no html block under "${heading}"`);
  return block[1];
}

let root = '';
let server;
let browser;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'ktp-readme-'));
  mkdirSync(join(root, 'dist'));
  // The script and the files it loads on demand beside it (the result view), as a CDN serves them.
  for (const file of readdirSync(join(repo, 'dist')).filter((name) => /^ktech-pass-assessment(\..+)?\.js$/.test(name)))
    copyFileSync(join(repo, 'dist', file), join(root, 'dist', file));
  const embed = htmlBlockAfter('## Embed');
  const score = htmlBlockAfter('## Handling the `score` event');
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>README</title></head><body>\n${embed.replace(/<ktech-pass-assessment><\/ktech-pass-assessment>\n?/, '')}\n${score}</body></html>`,
  );
  server = createStaticServer(root);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

test("the README's score example shows the result when the applicant finishes", async () => {
  const base = await listen(server);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
  await page.goto(`${base}/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('ktech-pass-assessment')?.shadowRoot?.querySelector('h2'));
  assert.equal(await page.$$eval('ktech-pass-assessment', (nodes) => nodes.length), 1, 'one widget on the page');
  await completeByKeyboard(page, workedExamples.sme, null);
  assert.equal(
    await page.$eval('#ktp-result', (node) => node.textContent),
    'You may qualify: 56 / 100 plus a 10-point bonus (pass mark 60).',
  );
  // A page that clears the answers on the result: the widget reports an
  // unfinished assessment (total 0), and the example shows no result for it.
  await page.evaluate(() => {
    document.querySelector('ktech-pass-assessment').answers = {};
  });
  await page.waitForFunction(() => document.querySelector('#ktp-result').textContent === '', { timeout: 5000 });
  assert.deepEqual(problems, []);
});
