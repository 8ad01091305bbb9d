// The CDN build splits the built-in rubric in two (the main file's part and
// the texts only the result shows, scripts/rollup/result-texts.mjs); the
// result file puts them back (src/components/loading/result-texts.ts). Put back, the
// rubric must be the whole rubric again, key for key and in the same order of
// list items; a rubric already whole must come back as the same object.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { splitRubric } from '../../scripts/rollup/result-texts.mjs';
import { added, withResultTexts } from '../../src/components/loading/result-texts.js';
import { defaultRubric } from '../../src/rubric/index.js';

const json = () => {
  const { $schema: _, ...rubric } = JSON.parse(
    readFileSync(new URL('../../src/rubric/default-rubric.json', import.meta.url), 'utf8'),
  );
  return rubric;
};

describe('the built-in rubric split for the result file and put back', () => {
  it('is the whole rubric again', () => {
    const [first, result] = splitRubric(json());
    assert.ok(
      first.pathways.every((pathway: object) => !('next' in pathway)),
      'the first part has no next steps',
    );
    assert.ok(!('sources' in first), 'nor the sources');
    assert.deepEqual(added(first, result), json());
  });

  it('a whole rubric comes back as it is (the npm build)', () => {
    assert.equal(withResultTexts(defaultRubric), defaultRubric);
  });
});
