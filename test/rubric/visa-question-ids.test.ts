// src/rubric/visa-question-ids.json names every question of the built-in visa rubrics, so that
// the main file tells a page's answer for them (`answers`: age, Korean level…) from an id no
// rubric asks, before their file loads. It must stay equal to the rubrics themselves.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../../src/rubric/visas/', import.meta.url));
const read = (name: string) => JSON.parse(readFileSync(`${folder}${name}`, 'utf8'));

describe('the visa question ids the main file knows', () => {
  it('are exactly the questions of the built-in visa rubrics', () => {
    // The rubrics are the files without a language in their name (e-7-1.json, not e-7-1.ko.json).
    const rubrics = readdirSync(folder).filter((name) => /^[a-z]-\d+-\d+\.json$/.test(name));
    assert.ok(rubrics.length >= 3, rubrics.join());
    const asked = new Set(
      rubrics.flatMap((name) => read(name).questions.map((question: { id: string }) => question.id)),
    );
    const listed = JSON.parse(
      readFileSync(new URL('../../src/rubric/visa-question-ids.json', import.meta.url), 'utf8'),
    );
    assert.deepEqual(new Set(listed.questions), asked);
  });
});
