// The check that keeps comments honest (scripts/check-comment-paths.mjs):
// a comment naming a missing file, or a file outside the repository, or
// referring to an issue tracker, fails it; strings, regular expressions, URLs
// and placeholders do not.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain JavaScript module without declarations
import { missingCommentPaths, trackerReferences } from '../../scripts/check-comment-paths.mjs';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ktp-comments-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('comments that name files', () => {
  it('reports a comment naming a file that does not exist, with its line', () => {
    const root = tree({
      'src/a.ts': 'const x = 1;\n// Read src/missing.ts first.\nexport { x };\n',
      'src/b.ts': '',
    });
    try {
      assert.deepEqual(missingCommentPaths(root), ['src/a.ts:2: src/missing.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('accepts existing files (beside the file, from the root, or by bare name), and ignores strings, regexes, URLs and placeholders', () => {
    const root = tree({
      'src/a.ts': [
        '// See ./b.ts, src/b.ts, b.ts and dist/ktech-pass-assessment.<code>.js.',
        '/* From https://example.com/docs/guide.html */',
        "const path = 'src/not-a-comment.ts';",
        'const pattern = /\\/\\/ src\\/in-a-regex.ts/;',
        'const half = 1 / 2; // divided, then a comment naming styles.css',
        'export { path, pattern, half };',
      ].join('\n'),
      'src/b.ts': '',
      'src/styles.css': '/* a.ts is beside me */',
      'demo/page.html': '<!-- uses src/b.ts -->',
    });
    try {
      assert.deepEqual(missingCommentPaths(root), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads the comments after a closing brace and a template literal, and only those outside strings', () => {
    // A `}` of an import list or a block is code, not the end of a template's `${`.
    const root = tree({
      'src/a.ts': [
        "import { b } from './b.js';",
        'function f() {',
        '  return `x ${b({ y: 1 })} // src/in-a-template.ts`;',
        '}',
        '// After the braces: src/gone.ts',
        "const s = 'with a `backtick';",
        '// And after a backtick in a string: src/also-gone.ts',
        'export { f, s };',
      ].join('\n'),
      'src/b.ts': 'export const b = (o: object) => o;',
    });
    try {
      assert.deepEqual(missingCommentPaths(root), ['src/a.ts:5: src/gone.ts', 'src/a.ts:7: src/also-gone.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('counts no file outside the repository, and takes an import-style .js name for its .ts source', () => {
    const outside = tree({ 'NOTES.md': 'notes' });
    const root = tree({
      'src/a.ts': `// See ../${outside.split('/').at(-1)}/NOTES.md and ./b.js.\nexport {};\n`,
      'src/b.ts': '',
    });
    try {
      assert.deepEqual(missingCommentPaths(root), [`src/a.ts:1: ../${outside.split('/').at(-1)}/NOTES.md`]);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('this repository: every file named in a comment exists', () => {
    assert.deepEqual(missingCommentPaths(new URL('../../', import.meta.url).pathname), []);
  });
});

describe('comments that refer to an issue tracker', () => {
  it('reports "issue N" and its kin in comments and test titles, with their lines, and nothing in other code or strings', () => {
    const root = tree({
      'src/a.ts': [
        '// The reset (issue 13). Fine words here.',
        "const label = 'issue 7 in a string is text, not a comment';",
        '/* Issues 4 and 11 asked for it; see PR #12 and GH-9. */',
        '// An issue with 3 parts, and the 2 issues of the day, name no tracker.',
        'export { label };',
      ].join('\n'),
      'test/b.test.ts': '// Hostile host CSS (Issue 7): the widget looks the same.\n',
      // A test's title is what a reader of the results sees: no tracker there either.
      'test/c.test.ts': ['the options of issues 4 and 11', 'an issue with 2 parts']
        .map((title) => `${'it'}('${title}', () => {});\n`)
        .join(''),
      'demo/page.html': '<!-- ticket 5 -->',
    });
    try {
      assert.deepEqual(
        trackerReferences(root).sort(),
        [
          'demo/page.html:1: ticket 5',
          'src/a.ts:1: issue 13',
          'src/a.ts:3: Issues 4',
          'src/a.ts:3: PR #12',
          'src/a.ts:3: GH-9',
          'test/b.test.ts:1: Issue 7',
          'test/c.test.ts:1: issues 4',
        ].sort(),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('this repository: no comment refers to an issue tracker', () => {
    assert.deepEqual(trackerReferences(new URL('../../', import.meta.url).pathname), []);
  });
});
