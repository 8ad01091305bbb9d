// Server rendering imports the package where there is no page: Next (its
// edge runtime too), Nuxt, SvelteKit and Astro on Node or on a Cloudflare or
// Vercel edge adapter. Each entry of the package must import there without
// throwing, define nothing and leave the server's global scope as it was
// (Lit's own bookkeeping aside), under every export condition those servers
// resolve. Two ways: Node's own resolution with `--conditions` (Node keeps its
// `node` condition too, so Lit's build for Node wins except under `browser`),
// and a bundle made for the condition alone (esbuild, platform neutral), as an
// edge adapter makes it: there Lit's browser build is the one that loads.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);
const CONDITIONS = ['browser', 'worker', 'workerd', 'edge-light'];
/** Every JavaScript entry of package.json's exports (types-only and JSON entries aside). */
const ENTRIES = ['', '/define', '/element', '/react', '/rubric', '/ktech-pass-assessment.js'];
/** Globals Lit itself keeps (its versions, property metadata and, in its Node build, stand-ins of its own); zod's registry. */
const OTHERS = new Set([
  'litPropertyMetadata',
  'reactiveElementVersions',
  'litHtmlVersions',
  'litElementVersions',
  'litServerRoot',
  'customElements',
  '__zod_globalConfig',
  '__zod_globalRegistry',
]);

/** Imports `specifier` in a fresh Node process and reports what it exported and what it left in the global scope. */
async function importInNode(
  specifier: string,
  conditions: string[],
): Promise<{ exports: string[]; globals: string[]; defined: boolean }> {
  const probe = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const module = await import(${JSON.stringify(specifier)});
    const globals = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    const defined = typeof customElements !== 'undefined' && !!customElements.get?.('ktech-pass-assessment') && typeof document !== 'undefined';
    console.log(JSON.stringify({ exports: Object.keys(module), globals, defined }));`;
  const args = [...conditions.map((condition) => `--conditions=${condition}`), '--input-type=module', '-e', probe];
  try {
    const { stdout } = await run(process.execPath, args, {
      cwd: repo,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    assert.fail(`importing ${specifier} under ${conditions.join(', ') || 'Node'} threw:\n${stderr ?? String(error)}`);
  }
}

function assertNothingLeft(result: { exports: string[]; globals: string[]; defined: boolean }, label: string) {
  assert.ok(result.exports.length > 0, `${label}: exported nothing`);
  assert.deepEqual(
    result.globals.filter((name) => !OTHERS.has(name)),
    [],
    `${label}: left globals behind`,
  );
  assert.ok(
    !result.globals.includes('document') && !result.globals.includes('HTMLElement'),
    `${label}: left a DOM stand-in behind`,
  );
  assert.equal(result.defined, false, `${label}: defined the element without a page`);
}

describe('every entry imports where there is no DOM', { timeout: 180_000 }, () => {
  const bundles = mkdtempSync(join(tmpdir(), 'ktp-conditions-'));
  after(() => rmSync(bundles, { recursive: true, force: true }));

  it('in Node itself (server rendering in Node, no condition added)', async () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined', 'no DOM in this process');
    for (const entry of ENTRIES)
      assertNothingLeft(await importInNode(`ktech-pass-assessment${entry}`, []), `ktech-pass-assessment${entry}`);
  });

  for (const condition of CONDITIONS) {
    it(`under --conditions=${condition}`, async () => {
      const results = await Promise.all(
        ENTRIES.map((entry) => importInNode(`ktech-pass-assessment${entry}`, [condition])),
      );
      results.forEach((result, index) =>
        assertNothingLeft(result, `ktech-pass-assessment${ENTRIES[index]} under ${condition}`),
      );
    });

    it(`bundled for the ${condition} condition alone (an edge adapter's bundle: Lit's browser build)`, async () => {
      const files = await Promise.all(
        ENTRIES.map(async (entry, index) => {
          const outfile = join(bundles, `${condition}-${index}.mjs`);
          await build({
            stdin: { contents: `export * from 'ktech-pass-assessment${entry}';`, resolveDir: repo, loader: 'js' },
            bundle: true,
            format: 'esm',
            platform: 'neutral',
            conditions: [condition],
            mainFields: ['module', 'main'],
            define: { 'process.env.NODE_ENV': '"production"' },
            outfile,
            logLevel: 'silent',
          });
          return outfile;
        }),
      );
      const results = await Promise.all(files.map((file) => importInNode(`file://${file}`, [])));
      results.forEach((result, index) =>
        assertNothingLeft(result, `ktech-pass-assessment${ENTRIES[index]} bundled for ${condition}`),
      );
    });
  }
});
