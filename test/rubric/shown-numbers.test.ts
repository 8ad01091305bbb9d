// A number is shown cut to its decimals, never rounded up: 7.999 years is
// shown as 7.99, because the rule "at least 8 years" it fails must not seem
// met (it was shown as "8 years", with "8 years → +2" under it). In every
// language, and whatever the page did to Intl.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatNumber, parseTypedNumber } from '../../src/components/i18n/localize.js';
import { LANGUAGES } from '../../src/components/i18n/language.js';

describe('numbers as the widget shows them', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: 7.999 is shown as 7.99 (cut, never 8)`, () => {
      assert.equal(parseTypedNumber(formatNumber(7.999, lang).replace(',', '.')), 7.99);
    });
  }

  it('no value is ever shown as more than it is (property, seed 24)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (value) => {
        const shown = parseTypedNumber(formatNumber(value, 'en'));
        assert.ok(shown <= value, `${value} shown as ${formatNumber(value, 'en')}`);
      }),
      { seed: 24, numRuns: 2_000 },
    );
  });

  it('a page whose Intl.NumberFormat throws still gets its numbers, grouped', () => {
    const original = Intl.NumberFormat;
    (Intl as { NumberFormat: unknown }).NumberFormat = function () {
      throw new Error('locked by the page');
    };
    try {
      // A precision no other test asked for: no formatter is cached.
      assert.equal(formatNumber(1234567.891, 'en', 1), '1,234,567.8');
      assert.equal(formatNumber(12, 'en', 1), '12');
    } finally {
      (Intl as { NumberFormat: unknown }).NumberFormat = original;
    }
  });
});
