// The built engine hands every importer the same, frozen built-in rubric:
// one caller cannot change what the next one scores, whether or not the
// element module was ever imported (it used to be the one that froze it).
import assert from 'node:assert/strict';
import { test } from 'node:test';

for (const path of ['../../../dist/rubric.js', '../../../dist/lib/rubric/index.js']) {
  test(`${path.replace('../../../', '')}: defaultRubric is frozen, and a change to it throws`, async () => {
    const { assess, defaultRubric } = (await import(path)) as typeof import('../../../src/rubric/index.js');
    const passMark = assess(defaultRubric, {}).passMark;
    assert.throws(() => ((defaultRubric.passMark as { value: number }).value = 40), TypeError);
    assert.equal(Object.isFrozen(defaultRubric.questions[0]?.label), true);
    assert.equal(assess(defaultRubric, {}).passMark, passMark);
  });
}
