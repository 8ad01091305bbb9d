// The README's "How amounts are read" is the one specification of how a typed
// salary is read. This test reads its table and holds the reader to every
// line, in each of the four languages the widget speaks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseMoney } from '../../src/components/money.js';
import { LANGUAGES } from '../../src/components/language.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.split('### How amounts are read')[1]?.split(/\n## /)[0] ?? '';
const rows = [...section.matchAll(/^\| (\S+) \| (.+?) \| (.+?) \|$/gm)]
  .filter(([, language]) => language !== 'Language' && !language?.startsWith('-'))
  .map(([, language = '', typed = '', read = '']) => ({ language, typed, won: read === 'no amount' ? Number.NaN : Number(read.replaceAll(',', '')) }));

describe('the money reading follows the README, line by line', () => {
  it('the README states it for every language, with amounts and with what is no amount', () => {
    for (const language of LANGUAGES) {
      const own = rows.filter((row) => row.language === language);
      assert.ok(own.some((row) => Number.isFinite(row.won)), `no amount for ${language}`);
      assert.ok(own.some((row) => Number.isNaN(row.won)), `no "no amount" line for ${language}`);
    }
    assert.ok(rows.every((row) => LANGUAGES.includes(row.language)), 'a line names a language the widget does not speak');
  });

  for (const { language, typed, won } of rows) {
    it(`${language}: "${typed}" is ${Number.isNaN(won) ? 'no amount' : won.toLocaleString('en')}`, () => {
      assert.equal(parseMoney(typed), won);
      // The same with the spacing people add or leave out, and in full-width digits.
      assert.equal(parseMoney(`  ${typed} `), won);
    });
  }
});
