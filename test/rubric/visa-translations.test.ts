// Each visa rubric's texts in every language the widget has, kept beside it
// (src/rubric/visas/<visa>.<code>.json) and loaded on demand: complete, on
// their own rubric, nothing left over, composed Unicode.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractTranslation, parseRubric, translateRubric, type RubricTranslation } from '../../src/rubric/index.js';
import { visaRubrics } from './visa-fixtures.js';

const folder = new URL('../../src/rubric/visas/', import.meta.url);
const widgetLanguages = readdirSync(new URL('../../src/locales/', import.meta.url))
  .filter((file) => file.endsWith('.rubric.json'))
  .map((file) => file.slice(0, -'.rubric.json'.length));
const visaFiles = readdirSync(folder).filter((file) => /^[a-z0-9-]+\.json$/.test(file));

describe('visa rubric translations', () => {
  it('every language of the widget is there for every visa', () => {
    assert.ok(widgetLanguages.length >= 3);
    for (const file of visaFiles) {
      for (const code of widgetLanguages)
        assert.doesNotThrow(
          () => readFileSync(new URL(`${file.slice(0, -5)}.${code}.json`, folder)),
          `${file} in ${code}`,
        );
    }
  });

  for (const rubric of visaRubrics) {
    const name = visaFiles
      .find((file) => (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { id: string }).id === rubric.id)
      ?.slice(0, -5);
    for (const code of widgetLanguages) {
      describe(`${rubric.id} in ${code}`, () => {
        const translation = JSON.parse(
          readFileSync(new URL(`${name}.${code}.json`, folder), 'utf8'),
        ) as RubricTranslation;

        it('is for this rubric and this language', () => {
          assert.equal(translation.rubric, rubric.id);
          assert.equal(translation.language, code);
        });

        it('is complete: the translated rubric passes parseRubric, which requires every text in every language it claims', () => {
          const translated = translateRubric(rubric, translation);
          assert.deepEqual(translated.languages, ['en', code]);
          assert.doesNotThrow(() => parseRubric(translated));
        });

        it('has nothing the rubric does not have', () => {
          assert.deepEqual(extractTranslation(translateRubric(rubric, translation), code), translation);
        });

        it('is in composed Unicode (NFC) and never left in English', () => {
          const text = JSON.stringify(translation.texts);
          assert.equal(text, text.normalize('NFC'));
          const english = JSON.stringify(extractTranslation(rubric, 'en').texts);
          assert.notEqual(text, english);
        });
      });
    }
  }
});
