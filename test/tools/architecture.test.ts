// ARCHITECTURE.md is the map a newcomer changes the code by: every path it
// names exists, every folder of src/ is on it, it says where each common
// change goes, and it fits on two screens.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';

const root = process.cwd();
const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
/** Every `code span` of the document. */
const spans = [...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] as string);
const TOP = /^(src|test|scripts|demo|bench|types|examples)\//;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    return entry.isDirectory() ? [path, ...filesUnder(path)] : [path];
  });
}
const everything = ['src', 'test', 'scripts'].flatMap((dir) => filesUnder(join(root, dir)));

/** A path with `<code>`-like placeholders matches some file there. */
function exists(path: string): boolean {
  if (!/[<*]/.test(path)) return existsSync(join(root, path));
  const pattern = new RegExp(
    `^${path
      .split(/(<[^>]+>|\*)/)
      .map((part) => (/^(<[^>]+>|\*)$/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
  const dir = join(root, dirname(path.replace(/<[^>]+>.*$/, 'x')));
  return existsSync(dir) && filesUnder(dir).some((file) => pattern.test(file.slice(root.length + 1)));
}

describe('ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const missing = spans.filter((span) => TOP.test(span) && !exists(span));
    assert.deepEqual(missing, []);
  });

  it('names only files that exist when it gives a bare file name', () => {
    const names = new Set(everything.map((file) => basename(file)));
    const missing = spans.filter((span) => /^[\w.-]+\.(ts|mjs|json|md)$/.test(span) && !names.has(span));
    assert.deepEqual(missing, []);
  });

  it('lists every folder of src/', () => {
    const folders = filesUnder(join(root, 'src'))
      .filter((path) => statSync(path).isDirectory())
      .map((path) => `${path.slice(root.length + 1)}/`);
    const unlisted = folders.filter((folder) => !text.includes(folder));
    assert.deepEqual(unlisted, []);
  });

  for (const change of ['A language', 'A question type', 'A host attribute', 'A route']) {
    it(`says where ${change.toLowerCase()} goes, naming files that exist`, () => {
      const line = text.split('\n- ').find((item) => item.startsWith(`**${change}`));
      assert.ok(line, `no "${change}" entry under "Where changes go"`);
      const files = [...line.matchAll(/`([^`]+)`/g)]
        .map((match) => match[1] as string)
        .filter((span) => TOP.test(span));
      assert.ok(files.length > 0, `the "${change}" entry names no file`);
      assert.deepEqual(
        files.filter((file) => !exists(file)),
        [],
      );
    });
  }

  it('fits on two screens (at most 100 lines)', () => {
    assert.ok(text.split('\n').length <= 100, `${text.split('\n').length} lines`);
  });
});
