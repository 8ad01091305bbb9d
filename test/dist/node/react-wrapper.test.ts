// The React wrapper (`ktech-pass-assessment/react`) in a real React 19 app in
// Chromium: it renders the element, sets its properties, and forwards the
// element's events to onScore / onAnswer. React ships CommonJS only, so the app
// is bundled with esbuild, resolving the package through its own exports map,
// as a host's bundler would.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { repoRoot, type Session, startSession, watchProblems } from './session.js';

let session: Session;

describe('ktech-pass-assessment/react', { timeout: 120_000 }, () => {
  before(async () => {
    session = await startSession();
  });
  after(async () => {
    await session?.close();
  });

  it('renders the element and forwards score and answer events to onScore and onAnswer', async () => {
    const bundle = await build({
      entryPoints: [join(repoRoot, 'test/dist/browser/react-app.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      absWorkingDir: repoRoot,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    assert.ok(code.includes('dist/lib/react/index.js'), 'the wrapper did not come from the npm build (dist/lib)');
    const page = await session.browser.newPage();
    const problems = watchProblems(page);
    await page.setContent(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title></head><body></body></html>',
    );
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => 'reactWrapperTest' in window, { polling: 50 });
    const result = await page.evaluate(() =>
      (window as unknown as { reactWrapperTest: () => Promise<Record<string, unknown>> }).reactWrapperTest(),
    );
    assert.equal(result['employerSize'], 'sme', 'the employerSize prop did not reach the element');
    assert.equal(result['eventTotal'], 66);
    assert.deepEqual(result['handlerTotals'], [66]);
    assert.ok((result['answerEvents'] as number) >= 8, `onAnswer saw ${String(result['answerEvents'])} events`);
    assert.deepEqual(result['errors'], []);
    assert.equal(result['text'], 'React saw 66');
    assert.deepEqual(problems, []);
  });
});
