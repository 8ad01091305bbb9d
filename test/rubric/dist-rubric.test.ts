// dist/rubric.js is the engine as hosts load it (`import('./dist/rubric.js')`
// in Node, or the package export `./rubric`). It must run without a DOM and
// score exactly as the sources do. Run `npm run build` if it is missing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as sources from '../../src/rubric/index.js';
import { smeApplicant, topTierApplicant } from './fixtures.js';

type RubricModule = typeof sources;

describe('dist/rubric.js', () => {
  it('runs in Node without a DOM and scores both worked examples exactly as the sources do', async () => {
    assert.equal(
      typeof (globalThis as { document?: unknown }).document,
      'undefined',
      'this test needs a page-less Node',
    );
    // A computed specifier: the built file has no type declarations of its own.
    const built = (await import(new URL('../../dist/rubric.js', import.meta.url).href)) as RubricModule;
    for (const answers of [topTierApplicant, smeApplicant]) {
      assert.deepEqual(built.assess(built.defaultRubric, answers), sources.assess(sources.defaultRubric, answers));
    }
    assert.equal(built.assess(built.defaultRubric, topTierApplicant).total, 96);
    assert.equal(built.assess(built.defaultRubric, smeApplicant).total, 66);
    assert.throws(() => built.assess(built.defaultRubric, { degree: 'phd' }), built.AnswerError);
    assert.throws(() => built.parseRubric({}), built.RubricError);
  });
});
