// The README's "The engine in code" runs as written: each `assess(…)` call of
// its code block, with the answers it shows, gives the total, the points per
// category and the eligibility its `// →` comment states, from the built
// engine (dist/rubric.js) a reader imports. A rubric change that moves a
// worked example fails here until the README says what it now gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type * as sources from '../../../src/rubric/index.js';

// A computed specifier: the built file has no type declarations of its own.
const { assess, defaultRubric } = (await import(
  new URL('../../../dist/rubric.js', import.meta.url).href
)) as typeof sources;
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const readme = readFileSync(`${repo}README.md`, 'utf8');
const section = readme.slice(readme.indexOf('\n## The engine in code\n'));
const code = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

/** Each `assess(defaultRubric, {…});` with the `// →` comment after it. */
const calls = [...code.matchAll(/assess\(defaultRubric, (\{[\s\S]*?\})\);\n((?:\/\/.*\n)+)/g)].map(
  ([, answers, said]) => ({
    // An object literal in the README's own syntax (numeric separators, single quotes): evaluated as written.
    answers: new Function(`return (${answers});`)() as Record<string, unknown>,
    said: said ?? '',
  }),
);

describe("the README's engine examples", () => {
  it('has its two worked examples', () => {
    assert.equal(calls.length, 2, code);
  });

  for (const [index, { answers, said }] of calls.entries()) {
    it(`example ${index + 1} gives what its comment says`, () => {
      const result = assess(defaultRubric, answers as never);
      assert.equal(result.complete, true, `the example leaves questions unanswered: ${result.missing}`);
      const total = /total (\d+)/.exec(said)?.[1];
      assert.equal(result.total, Number(total), said);
      const categories = /categories (\{[^}]*\})/.exec(said)?.[1] ?? '';
      assert.deepEqual(result.categories, new Function(`return (${categories});`)(), said);
      const eligible = /eligible: (true|false)/.exec(said)?.[1];
      assert.equal(result.eligible, eligible === 'true', said);
    });
  }
});
