// Every reader of typed text takes time linear in what it is given, and
// refuses what is longer than any answer: a 100,000-character paste of any
// shape never freezes the page. Property test with a fixed seed; each input
// is timed as the median of several runs, so a busy machine (the test
// machine has two shared cores) does not fail it, while one quadratic
// pattern (seconds per parse at this length) always does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseTypedNumber, TYPED_MAX_LENGTH } from '../../src/components/i18n/localize.js';
import { parseMoney } from '../../src/components/i18n/money.js';

const LENGTH = 100_000;
const BUDGET_MS = 5;

/** The pieces amounts are made of, and some that are not: repeated, they make every shape of long input. */
const PIECE = fc.constantFrom(
  '1',
  '0',
  '9',
  '１',
  ' ',
  '\u3000',
  '\t',
  ',',
  '.',
  "'",
  '’',
  '-',
  'e',
  '억',
  '만',
  '천',
  '亿',
  '万',
  '千',
  'tỷ',
  'triệu',
  'k',
  'm',
  'million',
  'won',
  '원',
  '₩',
  'KRW',
  '元',
  '1,000',
  '1.000',
  '1 000',
  '150',
  'x',
  '😀',
);

/** Shapes that make a backtracking pattern take quadratic time: long runs that almost match. */
const WORST = ['1', '1 ', ' ', '1,', '1.', '1,000', '1 000 ', '억1', '\t'].flatMap((run) =>
  ['', 'x', '.', ',5', '억x', ' 000x'].map(
    (tail) => run.repeat(Math.ceil(LENGTH / run.length)).slice(0, LENGTH) + tail,
  ),
);

/** A 100,000-character text: a pattern of pieces repeated, between optional runs of something else. */
const longText = fc
  .record({
    pattern: fc.array(PIECE, { minLength: 1, maxLength: 6 }),
    head: fc.constantFrom('', '1', ' ', '1억'),
    tail: fc.constantFrom('', 'x', '5', ' ', ',5', '억'),
  })
  .map(
    ({ pattern, head, tail }) =>
      head +
      pattern
        .join('')
        .repeat(Math.ceil(LENGTH / pattern.join('').length))
        .slice(0, LENGTH) +
      tail,
  );

/** The worst shapes first, then random ones. */
const anyLongText = fc.oneof(fc.constantFrom(...WORST), longText);

function medianMs(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2] as number;
}

/** fc.assert, with a failing 100,000-character input shown by its start only. */
function holds(texts: fc.Arbitrary<string>, numRuns: number, check: (text: string) => void): void {
  const details = fc.check(fc.property(texts, check), { seed: 24, numRuns, endOnFailure: true });
  if (details.failed) {
    const [text = ''] = details.counterexample ?? [];
    assert.fail(
      `${String(details.errorInstance)} for ${JSON.stringify(text.slice(0, 60))}… (${text.length} characters)`,
    );
  }
}

describe('typed numbers are read in linear time, and long input is refused (property, seed 24)', () => {
  for (const [name, parse] of [
    ['parseMoney', parseMoney],
    ['parseTypedNumber', parseTypedNumber],
  ] as const) {
    it(`${name}: every 100,000-character input is read in under ${BUDGET_MS} ms`, () => {
      holds(anyLongText, 120, (text) => {
        // Longer than any amount once trimmed: no number.
        if (text.trim().length > TYPED_MAX_LENGTH)
          assert.ok(Number.isNaN(parse(text)), 'a text longer than any amount is no amount');
        const ms = medianMs(() => parse(text));
        assert.ok(ms < BUDGET_MS, `${ms.toFixed(2)} ms`);
      });
    });

    it(`${name}: input at the length limit, of every shape, is read in under ${BUDGET_MS} ms`, () => {
      holds(anyLongText, 300, (text) => assert.ok(medianMs(() => parse(text.slice(0, TYPED_MAX_LENGTH))) < BUDGET_MS));
    });
  }

  it('an amount padded with spaces up to the limit is still read', () => {
    assert.equal(parseMoney(' 150,000,000 '.padEnd(TYPED_MAX_LENGTH, ' ')), 150_000_000);
    assert.equal(parseTypedNumber('7.5'), 7.5);
  });
});
