// What a user of the npm package gets: `npm pack`, installed into an empty
// project, must let that project import the element (registered, types
// resolved by tsc) and the engine (in Node). Run by `npm run test:package`
// after `npm run build`; it packs what is in dist/ now.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { findChromium, launchChromium } from '../../scripts/lib/chromium.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(repo, 'node_modules/.bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let project = '';
let tarball = '';
let packedFiles: string[] = [];

const run = (command: string, args: string[], cwd = project) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

describe('the npm package, installed into an empty project', { timeout: 240_000 }, () => {
  before(() => {
    project = mkdtempSync(join(tmpdir(), 'ktp-package-'));
    const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', project], repo)) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    assert.ok(packed);
    tarball = join(project, packed.filename);
    packedFiles = packed.files.map((file) => file.path);
    writeFileSync(join(project, 'package.json'), '{}\n');
    // --prefer-offline: lit, zod and @lit/react come from the npm cache the
    // repository's own install filled, and from the registry only if missing.
    run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  });

  after(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("the README's install names the tarball npm pack writes (by a glob), so it works when pasted", () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const install = /## Install\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    assert.match(install, /npm pack/);
    const path = /npm install \.\.\/ktech-pass-assessment\/(\S+\.tgz)/.exec(install)?.[1];
    assert.ok(path, `the install block installs no tarball:\n${install}`);
    const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    assert.match(
      tarball.split('/').pop() ?? '',
      glob,
      `npm pack wrote ${tarball.split('/').pop()}; the README installs ${path}`,
    );
  });

  it('ships the builds, their declarations, the schema and the manifest, and no sources or tests', () => {
    const files = packedFiles;
    for (const expected of [
      'dist/ktech-pass-assessment.js',
      'dist/rubric.js',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'dist/lib/rubric/index.js',
      'dist/lib/react/index.js',
      'rubric.schema.json',
      'custom-elements.json',
      'README.md',
      'LICENSE',
    ]) {
      assert.ok(files.includes(expected), `${expected} is not in the tarball`);
    }
    assert.deepEqual(
      files.filter((file) => /^(src|test|bench|demo|scripts)\//.test(file)),
      [],
    );
  });

  it('imports ktech-pass-assessment/rubric in Node and scores the worked example', () => {
    const script = `
      const { assess, defaultRubric, parseRubric } = await import('ktech-pass-assessment/rubric');
      const result = assess(parseRubric(defaultRubric), {
        jobOffer: 'yes', governmentProgramme: 'none', inKorea: 'no', salary: 80000000, employerSize: 'sme',
        degree: 'masters', institution: 'other', experience: 5, employer: ['large'], koreaExperience: 'no',
        researchDistinction: 'none', evidence: 'solid', role: 'core-rnd', field: 'ai',
      });
      console.log(JSON.stringify({ total: result.total, eligible: result.eligible, topTierStandard: result.pathways.topTierStandard, categories: result.categories }));
    `;
    const output = run(process.execPath, ['--input-type=module', '-e', script]);
    assert.deepEqual(JSON.parse(output), {
      total: 66,
      eligible: true,
      topTierStandard: false,
      categories: { quantitative: 30, qualitative: 26, bonus: 10 },
    });
  });

  it('resolves the schema and the manifest through the package exports', () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/');
      const schema = require(require.resolve('ktech-pass-assessment/rubric.schema.json'));
      const manifest = require(require.resolve('ktech-pass-assessment/custom-elements.json'));
      console.log(JSON.stringify([schema.title, manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement).tagName]));
    `;
    const output = run(process.execPath, ['--input-type=module', '-e', script]);
    assert.deepEqual(JSON.parse(output), ['K-Tech Pass assessment rubric', 'ktech-pass-assessment']);
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/ktech-pass-assessment/package.json'), 'utf8')) as {
      customElements: string;
    };
    assert.equal(pkg.customElements, 'custom-elements.json');
  });

  it('type-checks a host module with tsc: the element in HTMLElementTagNameMap, typed events, the engine', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['host.ts'],
      }),
    );
    writeFileSync(
      join(project, 'host.ts'),
      `import { KtechPassAssessment, type ScoreDetail } from 'ktech-pass-assessment';
import { assess, defaultRubric, type Assessment } from 'ktech-pass-assessment/rubric';

const widget = document.createElement('ktech-pass-assessment');
const asClass: KtechPassAssessment = widget;
asClass.employerSize = 'sme';
asClass.persist = false;
widget.addEventListener('score', (event) => {
  const detail: ScoreDetail = event.detail;
  const eligible: boolean = detail.eligible;
  const total: number = detail.total;
  void eligible;
  void total;
});
widget.addEventListener('assessment-error', (event) => console.log(event.detail.message, event.detail.issues.length));
const found = document.querySelector('ktech-pass-assessment');
found?.reset();
const estimate: Assessment = assess(defaultRubric, { degree: 'doctorate' });
void estimate;
// Controls: these must be type errors, or the types above resolved to any.
// @ts-expect-error employerSize is a string
widget.employerSize = 5;
// @ts-expect-error the score detail has no such field
widget.addEventListener('score', (event) => event.detail.notAField);
`,
    );
    try {
      run(tsc, ['-p', 'tsconfig.json']);
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      assert.fail(`tsc rejected the host module:\n${stdout}${stderr}`);
    }
  });

  it('registers the element when a bundler resolves `import "ktech-pass-assessment"`', async (t) => {
    if (!findChromium()) return t.skip('no Chromium (npm test installs one)');
    // esbuild resolves the package the way a host's bundler does: exports
    // map, lit and zod from the host's node_modules.
    writeFileSync(
      join(project, 'app.js'),
      `import { KtechPassAssessment } from 'ktech-pass-assessment';\nwindow.registered = customElements.get('ktech-pass-assessment') === KtechPassAssessment;\n`,
    );
    const bundle = await build({
      entryPoints: [join(project, 'app.js')],
      bundle: true,
      format: 'esm',
      write: false,
      absWorkingDir: project,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    assert.ok(!/ktech-pass-assessment\/src\//.test(code));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.setContent(
        '<!doctype html><html lang="en"><body><ktech-pass-assessment></ktech-pass-assessment></body></html>',
      );
      await page.addScriptTag({ content: code, type: 'module' });
      await page.waitForFunction(() => (window as unknown as { registered?: boolean }).registered !== undefined);
      assert.equal(await page.evaluate(() => (window as unknown as { registered: boolean }).registered), true);
      const heading = await page.waitForFunction(
        () => document.querySelector('ktech-pass-assessment')?.shadowRoot?.querySelector('h2')?.textContent,
      );
      assert.match(String(await heading.jsonValue()), /K-Tech Pass/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
