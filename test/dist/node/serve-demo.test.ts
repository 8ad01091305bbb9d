// `npm start` serves the demo on PORT (8000 unless set) and keeps running; when
// that port is taken it says so and serves on a free one, with no stack trace.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, describe, it } from 'node:test';
import { repoRoot } from './session.js';

const started: ChildProcess[] = [];
after(() => started.forEach((child) => child.kill()));

/** Starts scripts/serve-demo.mjs with PORT; resolves with what it printed up to the demo's URL. */
function serve(port: number): Promise<{ output: string; url: string }> {
  const child = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port) },
  });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 10_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /Demo: (http:\/\/\S+)/.exec(output)?.[1];
      if (url && output.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve({ output, url });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/** A port nothing listens on, and one held busy. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start', { timeout: 30_000 }, () => {
  it('serves the demo on PORT and says it keeps running until Ctrl+C', async () => {
    const port = await freePort();
    const { output, url } = await serve(port);
    assert.equal(url, `http://127.0.0.1:${port}/demo/`);
    assert.match(output, /keeps running until Ctrl\+C/);
    assert.match(output, /PORT=/, 'it does not say how to choose the port');
    assert.equal((await fetch(url)).status, 200);
  });

  it('on a busy port, says so and serves on a free one, with no stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const { output, url } = await serve(port);
      assert.match(output, new RegExp(`Port ${port} is in use, so the demo uses port \\d+ instead`));
      assert.notEqual(new URL(url).port, String(port));
      assert.doesNotMatch(output, /\n\s+at /, 'it printed a stack trace');
      assert.equal((await fetch(url)).status, 200);
    } finally {
      busy.close();
    }
  });
});
