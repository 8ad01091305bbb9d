// The language registry (src/locales/languages.ts, its data in languages.json,
// its files' loaders in loaders.ts)
// is the one list of languages: the picker, tag matching, "Did you mean" for a
// salary and the build's files all read it. What a new language needs beside
// its entry must therefore be there, or the widget would offer a language it
// cannot load.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ENGLISH, LANGUAGES, languageOf } from '../../src/locales/languages.js';
import { loaderOf } from '../../src/locales/loaders.js';

const locales = new URL('../../src/locales/', import.meta.url);

describe('the language registry', () => {
  it('lists English first, built in, and every other language with its file, texts and loader', () => {
    assert.equal(ENGLISH.code, 'en');
    assert.equal(loaderOf('en'), undefined);
    for (const { code } of LANGUAGES.slice(1)) {
      assert.ok(existsSync(new URL(`${code}.ts`, locales)), `no src/locales/${code}.ts`);
      assert.ok(existsSync(new URL(`${code}.rubric.json`, locales)), `no src/locales/${code}.rubric.json`);
      assert.equal(typeof loaderOf(code), 'function', `no loader for ${code} in loaders.ts`);
    }
  });

  it('has an entry for every language file in src/locales', () => {
    const files = readdirSync(locales)
      .filter((file) => file.endsWith('.rubric.json'))
      .map((file) => file.slice(0, -'.rubric.json'.length));
    for (const code of files) assert.ok(languageOf(code), `src/locales/${code}.rubric.json has no registry entry`);
  });

  it('gives each language a distinct code and name, and pay units a "Did you mean" can assume', () => {
    assert.equal(new Set(LANGUAGES.map((language) => language.code)).size, LANGUAGES.length);
    assert.equal(new Set(LANGUAGES.map((language) => language.nativeName)).size, LANGUAGES.length);
    for (const { code, payUnits } of LANGUAGES) {
      assert.ok(payUnits.length > 0, `${code} has no pay units`);
      for (const { factor, unit } of payUnits) assert.ok(factor > 1 && unit.trim(), `${code}: ${factor} ${unit}`);
    }
  });

  it('finds nothing for a code that is not a language, however it is spelled', () => {
    for (const code of ['constructor', '__proto__', 'toString', 'zh-hans', ''])
      assert.equal(languageOf(code), undefined, code);
  });
});
