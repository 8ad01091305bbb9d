// The README's "How amounts are read" is the one specification of how a typed
// salary is read. This test reads its table and holds the reader to every
// line, in each of the four languages the widget speaks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseMoney } from '../../src/components/i18n/money.js';
import { LANGUAGES } from '../../src/components/i18n/language.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.split('### How amounts are read')[1]?.split(/\n## /)[0] ?? '';
const rows = [...section.matchAll(/^\| (\S+) \| (.+?) \| (.+?) \|$/gm)]
  .filter(([, language]) => language !== 'Language' && !language?.startsWith('-'))
  .map(([, language = '', typed = '', read = '']) => ({
    language,
    typed,
    won: read === 'no amount' ? Number.NaN : Number(read.replaceAll(',', '')),
  }));

describe('the money reading follows the README, line by line', () => {
  it('the README states it for every language, with amounts and with what is no amount', () => {
    for (const language of LANGUAGES) {
      const own = rows.filter((row) => row.language === language);
      assert.ok(
        own.some((row) => Number.isFinite(row.won)),
        `no amount for ${language}`,
      );
      assert.ok(
        own.some((row) => Number.isNaN(row.won)),
        `no "no amount" line for ${language}`,
      );
    }
    assert.ok(
      rows.every((row) => LANGUAGES.includes(row.language)),
      'a line names a language the widget does not speak',
    );
  });

  for (const { language, typed, won } of rows) {
    it(`${language}: "${typed}" is ${Number.isNaN(won) ? 'no amount' : won.toLocaleString('en')}`, () => {
      assert.equal(parseMoney(typed), won);
      // The same with the spacing people add or leave out, and in full-width digits.
      assert.equal(parseMoney(`  ${typed} `), won);
    });
  }
});

/**
 * Every way the specification allows an amount to be written, built from the
 * amount itself: an oracle independent of the reader. Amounts are whole 만
 * (as salaries are stated); a decimal spelling is made only where it is not
 * ambiguous by rule 2 (exactly three digits after the mark read as thousands).
 */
function spellings(won: number): string[] {
  const grouped = won.toLocaleString('en');
  const eok = Math.floor(won / 1e8);
  const man = (won % 1e8) / 1e4;
  const decimal = (value: number, mark: string) => {
    const [whole = '', fraction = ''] = String(value).split('.');
    return fraction.length === 3 && whole !== '0' ? undefined : String(value).replace('.', mark);
  };
  const units = (big: string, small: string, space: string) =>
    [eok ? `${eok}${big}` : '', man ? `${man}${small}` : ''].filter(Boolean).join(space);
  const written = [
    String(won),
    grouped,
    grouped.replaceAll(',', '.'),
    grouped.replaceAll(',', ' '),
    `₩${grouped}`,
    `KRW ${grouped}`,
    `${grouped}원`,
    units('억', '만', ' '),
    `${units('억', '만', '')}원`,
    `${won / 1e4}만`,
    units('亿', '万', ''),
    `${units('亿', '万', '')}元`,
    `${won / 1e3}k`,
  ];
  for (const [value, before, after] of [
    [won / 1e8, '', '억'],
    [won / 1e8, '', '亿'],
    [won / 1e6, '', ' triệu'],
    [won / 1e9, '', ' tỷ'],
    [won / 1e6, '', ' million'],
    [won / 1e6, '', 'm'],
  ] as const) {
    const dot = decimal(value, '.');
    const comma = decimal(value, ',');
    if (dot) written.push(`${before}${dot}${after}`);
    // The decimal comma as Vietnamese writes it.
    if (comma && /tỷ|triệu/.test(after)) written.push(`${before}${comma}${after}`);
  }
  return written;
}

it('every spelling of 3,000 amounts from KRW 10,000,000 to 10,000,000,000 reads as the amount (property, seed 24)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1_000, max: 1_000_000 }), (tenThousands) => {
      const won = tenThousands * 1e4;
      for (const typed of spellings(won)) assert.equal(parseMoney(typed), won, `"${typed}"`);
    }),
    { seed: 24, numRuns: 3_000 },
  );
});
