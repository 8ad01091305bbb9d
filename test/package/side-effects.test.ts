// package.json's `sideEffects` tells bundlers which modules must run where
// they are imported. The element's modules read DOM globals as they load (a
// class extending `HTMLElement` or `CustomEvent`), and where there is no DOM
// they load between the stand-in's install and its take-back
// (src/components/dom-stand-in.ts). A bundler that runs a module it believes
// pure only when first used (Turbopack, in the edge runtime of Next) ran
// `events.js` after the take-back and failed with "CustomEvent is not
// defined": every such module must be declared. The engine is pure and stays
// undeclared, so a host importing only `ktech-pass-assessment/rubric` keeps
// what it does not use out of its bundle.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const { sideEffects } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { sideEffects: string[] };

/** A `sideEffects` glob as a regular expression over `./`-relative paths (`**` any folders, `*` within one). */
const pattern = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '\u0000')
      .replace(/\*/g, '[^/]*')
      .replace(/\u0000/g, '(?:[^/]+/)*')}$`,
  );
const declared = (path: string) => sideEffects.some((glob) => pattern(glob).test(path));

/** Every built .js file under `folder`, as `./dist/lib/…`. */
const built = (folder: string): string[] =>
  readdirSync(join(repo, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => `./${relative(repo, join(repo, folder, name)).replaceAll('\\', '/')}`);

describe("package.json's sideEffects", () => {
  it('declares every module of the element, its entries and the React wrapper, which read DOM globals as they load', () => {
    const element = [
      ...built('dist/lib/components'),
      ...built('dist/lib/react'),
      './dist/lib/index.js',
      './dist/lib/element.js',
      './dist/ktech-pass-assessment.js',
    ];
    assert.ok(element.includes('./dist/lib/components/events.js'), 'run `npm run build` first');
    assert.deepEqual(
      element.filter((path) => !declared(path)),
      [],
      'add them to sideEffects in package.json',
    );
  });

  it('leaves the engine undeclared, so a bundle of the engine alone drops what it does not use', () => {
    const engine = built('dist/lib/rubric');
    assert.ok(engine.length > 0);
    assert.deepEqual(engine.filter(declared), []);
  });
});
