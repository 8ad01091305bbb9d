// The files loaded on demand (languages, the validator, the result view) are
// evaluated beside the main file: a second copy of Lit in one of them costs
// about 7 KB and its templates do not mix with the main file's. Their source
// maps say what each file holds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../../dist/', import.meta.url);
const onDemand = readdirSync(dist).filter((name) => /^ktech-pass-assessment\.[\w-]+\.js$/.test(name));

test('there are on-demand files to check (languages, validator, result view)', () => {
  for (const name of ['ko', 'zh-Hans', 'vi', 'validator', 'result'])
    assert.ok(onDemand.includes(`ktech-pass-assessment.${name}.js`), name);
});

for (const name of onDemand) {
  test(`${name} carries no copy of Lit`, () => {
    const { sources } = JSON.parse(readFileSync(new URL(`${name}.map`, dist), 'utf8')) as { sources: string[] };
    assert.deepEqual(
      sources.filter((source) => /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)),
      [],
    );
  });
}
