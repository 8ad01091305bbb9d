// Small files with one job: no source file over 300 lines, and the element
// itself a thin shell (its parts live in the folders beside it).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const MAX_LINES = 300;
const SHELL_MAX_LINES = 250;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mts)$/.test(entry.name) ? [path] : [];
  });
}

const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;

test(`no file in src/ is over ${MAX_LINES} lines`, () => {
  const long = sources('src')
    .map((path) => [path, lines(path)] as const)
    .filter(([, count]) => count > MAX_LINES)
    .map(([path, count]) => `${path}: ${count}`);
  assert.deepEqual(long, []);
});

test(`the element is a shell of at most ${SHELL_MAX_LINES} lines`, () => {
  const count = lines('src/components/ktech-pass-assessment.ts');
  assert.ok(count <= SHELL_MAX_LINES, `${count} lines`);
});
