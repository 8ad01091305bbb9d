// The source maps shipped beside every bundle in dist/ point at the right
// lines of src/, so an error report or a DevTools session on a host page leads
// to the code that ran. Decoded with @jridgewell/trace-mapping (the decoder
// terser and rollup's ecosystem use), against the sources on disk.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  decodedMappings,
  eachMapping,
  originalPositionFor,
  TraceMap,
  type EncodedSourceMap,
} from '@jridgewell/trace-mapping';

const dist = new URL('../../../dist/', import.meta.url);
const src = fileURLToPath(new URL('../../../src/', import.meta.url));

/** Every bundle directly in dist/ that ships a map: the main file, and any file loaded on demand. */
const bundles = readdirSync(dist).filter((name) => name.endsWith('.js') && existsSync(new URL(`${name}.map`, dist)));

const RESULT_VIEW = 'ktech-pass-assessment.result.js';
const readMap = (bundle: string): EncodedSourceMap => JSON.parse(readFileSync(new URL(`${bundle}.map`, dist), 'utf8'));
const traceMap = (bundle: string, map = readMap(bundle)) => new TraceMap(map, new URL(`${bundle}.map`, dist).href);

const sourceLines = new Map<string, string[]>();
function linesOf(url: string): string[] {
  const path = fileURLToPath(url);
  let lines = sourceLines.get(path);
  if (!lines) sourceLines.set(path, (lines = readFileSync(path, 'utf8').split('\n')));
  return lines;
}

/** `text`'s only occurrence in the built file, as the line and column a source map is asked about. */
function generatedPosition(code: string, text: string): { line: number; column: number } {
  const index = code.indexOf(text);
  assert.ok(index >= 0, `${text} is in the built file`);
  assert.equal(code.indexOf(text, index + 1), -1, `${text} occurs once in the built file`);
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length };
}

/** Where `text` in the built file comes from, as the source file and the text at that place. */
function resolveCall(code: string, map: TraceMap, text: string) {
  const original = originalPositionFor(map, generatedPosition(code, text));
  assert.ok(original.source && original.line !== null, `${text} has a mapping`);
  return {
    source: fileURLToPath(original.source),
    atPosition: (linesOf(original.source)[original.line - 1] ?? '').slice(original.column ?? 0),
  };
}

/**
 * Mappings into src/ that carry a name (every identifier terser kept track
 * of) and land on a line that does not contain that name. A name that occurs
 * nowhere in its source file was made up by a compiler (`this` of a
 * TypeScript parameter property, the name of a default export): nothing to
 * point at, so it is counted apart. Private names are written `#name`.
 */
function misplacedNames(map: TraceMap) {
  const misplaced: string[] = [];
  let named = 0;
  let checked = 0;
  eachMapping(map, (mapping) => {
    if (!mapping.name || !mapping.source?.startsWith(pathToFileURL(src).href)) return;
    named += 1;
    const lines = linesOf(mapping.source);
    const name = new RegExp(`(^|[^\\w$])#?${mapping.name.replaceAll('$', '\\$')}(?![\\w$])`);
    if (!lines.some((line) => name.test(line))) return;
    checked += 1;
    if (!name.test(lines[mapping.originalLine - 1] ?? ''))
      misplaced.push(
        `${mapping.name} -> src/${fileURLToPath(mapping.source).slice(src.length)}:${mapping.originalLine}`,
      );
  });
  return { misplaced, named, checked };
}

describe('source maps in dist/', () => {
  it('ships one for the main file and the engine', () => {
    assert.ok(bundles.includes('ktech-pass-assessment.js'));
    assert.ok(bundles.includes('rubric.js'));
  });

  // The Print button is on the result, whose view is a file of its own.
  it('resolve window.print() in the built result view to the Print button in src/components', () => {
    const code = readFileSync(new URL(RESULT_VIEW, dist), 'utf8');
    const { source, atPosition } = resolveCall(code, traceMap(RESULT_VIEW), 'window.print()');
    assert.ok(source.startsWith(src), `${source} is under src/`);
    assert.match(atPosition, /^window\.print\(\)/);
  });

  for (const bundle of bundles) {
    it(`${bundle}: every named identifier from src/ maps to a line of src/ that has that name`, () => {
      const { misplaced, named, checked } = misplacedNames(traceMap(bundle));
      assert.deepEqual(misplaced, []);
      // Not vacuous: names a compiler made up are a handful (3 of about 4,000 in the widget).
      assert.ok(named > 0 && checked >= 0.95 * named, `${checked} of ${named} named mappings into src/ checked`);
    });
  }

  describe('controls: the same checks catch a map that is one line off', () => {
    // Every mapping moved one source line down, as a transform that adds or
    // drops a line without saying so in its map leaves them.
    const offByOne = (bundle: string) => {
      const map = traceMap(bundle);
      const mappings = decodedMappings(map).map((line) =>
        line.map((segment) => segment.map((value, i) => (i === 2 ? value + 1 : value))),
      );
      return new TraceMap({ ...readMap(bundle), mappings: mappings as never }, new URL(`${bundle}.map`, dist).href);
    };

    it('window.print() no longer resolves to the Print button', () => {
      const code = readFileSync(new URL(RESULT_VIEW, dist), 'utf8');
      assert.doesNotMatch(resolveCall(code, offByOne(RESULT_VIEW), 'window.print()').atPosition, /^window\.print\(\)/);
    });

    it('the named identifiers are reported', () => {
      assert.ok(misplacedNames(offByOne('ktech-pass-assessment.js')).misplaced.length > 100);
    });
  });
});
