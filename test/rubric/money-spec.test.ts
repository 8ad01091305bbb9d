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

describe('천, 백 and 십 as said aloud (rules 3 and 4), in Korean and Chinese', () => {
  // Each with its language's 만 and 억.
  const SMALL = [
    ['천', 1_000, '만', '억'],
    ['백', 100, '만', '억'],
    ['십', 10, '만', '억'],
    ['千', 1_000, '万', '亿'],
    ['百', 100, '万', '亿'],
  ] as const;

  it('a single digit after one is its tenths where it ends the amount; before 만/万 or 억/亿 it is as written', () => {
    for (const [unit, value, man, eok] of SMALL)
      for (let digit = 1; digit <= 9; digit++) {
        const said = 5 * value + (digit * value) / 10;
        // 5천5만 is 오천오만 as written: 5,005만.
        const written = 5 * value + digit;
        for (const [typed, won] of [
          [`5${unit}${digit}`, said],
          [`5${unit}${digit}${man}`, written * 1e4],
          [`1${eok} 5${unit}${digit}${man}`, 1e8 + written * 1e4],
          // After 억 the rest is said in 만 (rule 4): 1억 5천5 is 1억 5천5백만.
          [`1${eok} 5${unit}${digit}`, 1e8 + said * 1e4],
        ] as const)
          assert.equal(parseMoney(typed), won, typed);
      }
  });

  it('more digits after one are that many (5천 50 is 5,050)', () => {
    assert.equal(parseMoney('5천 50'), 5_050);
    assert.equal(parseMoney('5천50만'), 50_500_000);
    assert.equal(parseMoney('1억 5천 50'), 150_500_000);
  });

  it('one that is not smaller than the one before it, in the same section, is no amount', () => {
    for (const [first, firstValue] of SMALL)
      for (const [second, secondValue] of SMALL) {
        const typed = [`1${first}${second}만`, `5${first} 5${second}만`, `1억 1${first} 1${second}`];
        for (const text of typed)
          if (secondValue >= firstValue) assert.ok(Number.isNaN(parseMoney(text)), `"${text}" is no amount`);
          else assert.ok(Number.isFinite(parseMoney(text)), `"${text}" is an amount`);
      }
    // A new section starts after 만 or 억: 5천만 5천 is 50,005,000.
    assert.equal(parseMoney('5천만 5천'), 50_005_000);
  });
});
