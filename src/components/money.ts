// A yearly salary in won, typed the ways people write it: 150,000,000 /
// 150.000.000 / 150 000 000, full-width digits, ₩ / KRW / 원 / 元, and the
// units of the widget's languages: Korean (1억 5천만, 1.5억, 15000만),
// Chinese (1.5亿, 15000万, 1亿5千万), Vietnamese (150 triệu, 1,5 tỷ) and
// English (150 million, 150m, 150k).

/** Units that multiply the number before them and compose with a bigger unit after (5천만 is 5 × 천 × 만). */
const UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1e3, 百: 100, 千: 1e3 };
/** Units that close a section: each must be smaller than the one before (1억 5천만, 1 tỷ 500 triệu). */
const BIG_UNITS: Record<string, number> = { 만: 1e4, 억: 1e8, 万: 1e4, 亿: 1e8, triệu: 1e6, tỷ: 1e9, k: 1e3, m: 1e6, million: 1e6 };
// Longest first, so "million" is not read as "m" and the rest.
const UNIT = Object.keys({ ...UNITS, ...BIG_UNITS })
  .sort((a, b) => b.length - a.length)
  .join('|');

/** One number without units: group separators (`,` `.` space, apostrophe), at most one decimal mark. */
function plainNumber(text: string): number {
  // Separators every three digits group (won have no decimals worth typing, so
  // a lone "150.000" is 150 thousand); a mark before other digits is decimal.
  const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d{1,3}(\.\d{3})+(,\d+)?$|^\d{1,3}([ ']\d{3})+([.,]\d+)?$/.exec(text);
  if (grouped) {
    const decimalMark = /^\d{1,3}(\.\d{3})+/.test(text) ? ',' : '.';
    const [whole = '', fraction = ''] = text.split(decimalMark);
    return Number(`${whole.replace(/[,.' ]/g, '')}.${fraction || 0}`);
  }
  return /^\d*[.,]?\d+$|^\d+\.$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

/**
 * A salary in whole won (won have no fractions: 157,247,999.5 is shown and
 * scored as 157,248,000, and 1.57248억 is 157,248,000 whatever the floating
 * point says). Below the floor a number is not a salary but a slip that
 * "Did you mean" scales, so it keeps its fraction (157.5 → 157,500,000).
 */
const wholeWon = (value: number): number => (value >= MONEY_FLOOR ? Math.round(value) : value);

/**
 * What a person typed as an amount of won, as a number; NaN when it is not
 * one. Units compose as in speech: 천만 is 천 × 만, and 1억 5천만 is
 * 1억 + 5천만.
 */
export function parseMoney(typed: string): number {
  const text = typed
    .normalize('NFKC') // full-width digits, commas, spaces and ￦ become their ASCII forms
    .toLowerCase()
    .replace(/krw|₩|원|韩?元|\s*won\b/g, '')
    .trim();
  if (!new RegExp(UNIT).test(text)) return wholeWon(plainNumber(text.replace(/\s+(?=\d{3}\b)/g, ' ')));
  const tight = text.replace(/\s+/g, '');
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let lastBig = Infinity;
  // Numbers and units in turn: "1억 5천만" → 1, 억, 5, 천, 만.
  for (const [, number, unit = ''] of tight.matchAll(new RegExp(`([\\d.,]+)|(${UNIT})`, 'g'))) {
    if (number !== undefined) {
      if (pending !== null) return Number.NaN;
      pending = plainNumber(number);
      if (Number.isNaN(pending)) return Number.NaN;
    } else if (UNITS[unit]) {
      section += (pending ?? 1) * UNITS[unit];
      pending = null;
    } else if (BIG_UNITS[unit]) {
      // 억 needs a number before it, and comes before 만 (억억, 만 5억: not amounts).
      if ((pending === null && !section) || BIG_UNITS[unit] >= lastBig) return Number.NaN;
      lastBig = BIG_UNITS[unit];
      total += (section + (pending ?? 0)) * lastBig;
      section = 0;
      pending = null;
    }
  }
  let rest = section + (pending ?? 0);
  // After 억, a rest below 만 is said without its 만: "1억 5천" is 1억 5천만,
  // never 100,005,000 won.
  if (lastBig === 1e8 && rest < 1e4) rest *= 1e4;
  const value = total + rest;
  // Anything left unread (letters, other symbols) makes it not a number.
  return tight.replace(new RegExp(`[\\d.,]|${UNIT}`, 'g'), '') === '' && Number.isFinite(value) ? wholeWon(value) : Number.NaN;
}

/** Below this a yearly salary in won is surely a slip (a tenth of the minimum wage's year). */
export const MONEY_FLOOR = 10_000_000;
/** Above this (KRW 100 billion) it is refused. */
export const MONEY_CEILING = 100_000_000_000;

/**
 * The salary someone who typed `value` most likely meant, when `value` is
 * below the floor: the amount in thousands of won (천원, as pay tables write
 * it), in 만 or in millions, whichever lands nearest a typical yearly pay of
 * KRW 100,000,000 (150 → 150,000,000; 150,000 → 150,000,000, not
 * 1,500,000,000; 15,000 → 150,000,000).
 */
export function likelyMeant(value: number): number | undefined {
  if (!(value > 0) || value >= MONEY_FLOOR) return undefined;
  let best: number | undefined;
  const distance = (amount: number) => Math.abs(Math.log10(amount) - 8);
  for (const factor of [1e3, 1e4, 1e6]) {
    const meant = value * factor;
    if (meant >= MONEY_FLOOR && meant <= 2e9 && (best === undefined || distance(meant) < distance(best))) best = meant;
  }
  return best;
}
