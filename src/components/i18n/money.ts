// A yearly salary in won, typed the ways people write it: 150,000,000 /
// 150.000.000 / 150 000 000, full-width digits, ₩ / KRW / 원 / 元, and the
// units of the widget's languages: Korean (1억 5천만, 1.5억, 15000만, 1억5),
// Chinese (1.5亿, 15000万, 1亿5千万, 1亿5), Vietnamese (150 triệu, 1,5 tỷ,
// 1 tỷ 5) and English (150 million, 150m, 150k). The README's "How amounts
// are read" is the specification; test/rubric/money-spec.test.ts holds this
// file to it. Every pattern here runs in time linear in its input, and input
// longer than any amount is refused before it is read.

import { TYPED_MAX_LENGTH } from './localize.js';
import { ENGLISH, languageOf } from '../../locales/languages.js';

/**
 * Units that multiply the number before them and compose with a bigger unit
 * after (5천만 is 5 × 천 × 만). In a section each is smaller than the one
 * before (5천5백만; 1백천만 and 5천 5천만 are no amounts).
 */
const UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1e3, 百: 100, 千: 1e3 };
/** Units that close a section: each must be smaller than the one before (1억 5천만, 1 tỷ 500 triệu). */
const BIG_UNITS: Record<string, number> = {
  만: 1e4,
  억: 1e8,
  万: 1e4,
  亿: 1e8,
  triệu: 1e6,
  tỷ: 1e9,
  k: 1e3,
  m: 1e6,
  million: 1e6,
};
/**
 * The unit a number after the last unit is said in, when its own is left
 * out: the next unit down in the same language (1억 5000 is 1억 5000만,
 * 1 tỷ 500 is 1 tỷ 500 triệu); after 만 and k it is won.
 */
const SAID_IN: Record<string, number> = {
  만: 1,
  万: 1,
  k: 1,
  억: 1e4,
  亿: 1e4,
  triệu: 1e3,
  m: 1e3,
  million: 1e3,
  tỷ: 1e6,
};
// Longest first, so "million" is not read as "m" and the rest.
const UNIT = Object.keys({ ...UNITS, ...BIG_UNITS })
  .sort((a, b) => b.length - a.length)
  .join('|');
const HAS_UNIT = new RegExp(UNIT);
const TOKENS = new RegExp(`([\\d.,]+)|(${UNIT})`, 'g');
const READABLE = new RegExp(`[\\d.,]|${UNIT}`, 'g');

/**
 * One number without units. A separator before groups of exactly three
 * digits groups them (`,` `.` space or apostrophe: 150.000 is 150 thousand,
 * as Vietnamese and much of Europe write it) unless the number starts with
 * 0 (0.500 is a half: no one writes thousands after a zero); any other `.` or
 * `,` is the decimal mark (1,5 is 1.5). No pattern here can backtrack more
 * than a step per character.
 */
function plainNumber(text: string): number {
  const grouped =
    /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$|^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$|^[1-9]\d{0,2}([ ']\d{3})+([.,]\d+)?$/.exec(text);
  if (grouped) {
    const decimalMark = grouped[3] ? ',' : (grouped[6]?.[0] ?? '.');
    const [whole = '', fraction = ''] = text.split(decimalMark);
    return Number(`${whole.replace(/[,.' ]/g, '')}.${fraction || 0}`);
  }
  return /^\d+([.,]\d*)?$|^[.,]\d+$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
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
 * one (or is longer than TYPED_MAX_LENGTH characters). Units compose as in
 * speech: 천만 is 천 × 만, and 1억 5천만 is 1억 + 5천만; a single digit is the
 * tenths of the unit before it when it ends the amount (1억5 is 1억 5천만,
 * 1 tỷ 5 is 1.5 tỷ, 5천5 is 5,500, 1억 5천5 is 1억 5천5백만); before 만 or 억
 * a number is as written (5천5만 is 5,005만); after the last unit more digits
 * are in the next unit down (1억 2500 is 1억 2500만).
 */
export function parseMoney(typed: string): number {
  const trimmed = typed.trim();
  if (trimmed.length > TYPED_MAX_LENGTH) return Number.NaN;
  const text = trimmed
    .normalize('NFKC') // full-width digits, commas, spaces and ￦ become their ASCII forms
    .toLowerCase()
    .replace(/krw|₩|원|韩?元|won\b/g, '')
    .trim()
    // One space between groups: 150 000 000 typed with two spaces is still grouped.
    .replace(/\s+/g, ' ');
  if (!HAS_UNIT.test(text)) return wholeWon(plainNumber(text));
  const tight = text.replace(/ /g, '');
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let pendingText = '';
  let lastBig = '';
  // The last of 천, 백, 십 in this section (0: none yet).
  let lastSmall = 0;
  // The number after 천, 백 or 십 that ends the amount: "5천5" is 5천 5백, as said aloud.
  const tail = (): number =>
    pending === null ? 0 : lastSmall && /^\d$/.test(pendingText) ? (pending * lastSmall) / 10 : pending;
  // Numbers and units in turn: "1억 5천만" → 1, 억, 5, 천, 만.
  for (const [, number, unit = ''] of tight.matchAll(TOKENS)) {
    if (number !== undefined) {
      if (pending !== null) return Number.NaN;
      pending = plainNumber((pendingText = number));
      if (Number.isNaN(pending)) return Number.NaN;
    } else if (UNITS[unit]) {
      // Each smaller than the one before it in its section (1백천만, 5천 5천만: not amounts).
      if (lastSmall && UNITS[unit] >= lastSmall) return Number.NaN;
      lastSmall = UNITS[unit];
      section += (pending ?? 1) * lastSmall;
      pending = null;
    } else if (BIG_UNITS[unit]) {
      // 억 needs a number before it, and comes before 만 (억억, 만 5억: not amounts).
      if ((pending === null && !section) || (lastBig && BIG_UNITS[unit] >= (BIG_UNITS[lastBig] as number)))
        return Number.NaN;
      lastBig = unit;
      // Before 만 or 억 a number is as written: 5천5만 is 오천오만, 5,005만.
      total += (section + (pending ?? 0)) * BIG_UNITS[unit];
      section = 0;
      lastSmall = 0;
      pending = null;
    }
  }
  let rest = section + tail();
  if (lastBig && rest) {
    const big = BIG_UNITS[lastBig] as number;
    const unit = SAID_IN[lastBig] as number;
    // "1억5", "1 tỷ 5": a lone digit after the unit is its tenths, as said aloud.
    if (!lastSmall && /^\d$/.test(pendingText)) rest *= big / 10;
    // "1억 5천", "1 tỷ 500": the rest is said without its unit. More than that unit holds is no amount.
    else if (rest * unit < big) rest *= unit;
    else return Number.NaN;
  }
  const value = total + rest;
  // Anything left unread (letters, other symbols) makes it not a number.
  return tight.replace(READABLE, '') === '' && Number.isFinite(value) ? wholeWon(value) : Number.NaN;
}

/** Below this a yearly salary in won is surely a slip (a tenth of the minimum wage's year). */
export const MONEY_FLOOR = 10_000_000;
/** Above this (KRW 100 billion) it is refused. */
export const MONEY_CEILING = 100_000_000_000;

/** What someone most likely meant by an amount below the floor: the salary, and the typed number with the unit assumed ("75 million"). */
export interface MeantAmount {
  amount: number;
  /** The unit assumed, after the number as typed (formatted by the caller): `${number}${unit}`. */
  unit: string;
}

/**
 * The salary someone who typed `value` without a unit most likely meant, when
 * `value` is below the floor: read in one of the pay units of the language
 * shown (`payUnits` in src/locales/languages.json; a slip of the unit, never a
 * guess across languages), whichever lands
 * nearest a typical yearly pay of KRW 100,000,000 (75 in English is 75
 * million; 7500 in Korean is 7,500만; 150,000 is 150,000 thousand).
 */
export function likelyMeant(value: number, lang = 'en'): MeantAmount | undefined {
  if (!(value > 0) || value >= MONEY_FLOOR) return undefined;
  const { payUnits, payUnitSpaced } = languageOf(lang) ?? ENGLISH;
  let best: MeantAmount | undefined;
  const distance = (amount: number) => Math.abs(Math.log10(amount) - 8);
  for (const { factor, unit } of payUnits) {
    const amount = value * factor;
    if (amount >= MONEY_FLOOR && amount <= 2e9 && (best === undefined || distance(amount) < distance(best.amount)))
      best = { amount, unit: payUnitSpaced ? ` ${unit}` : unit };
  }
  return best;
}

/** Whether typed text names its own unit (12万, 1.5억, 150 million): then it is read as written, and nothing else is offered. */
export const namesUnit = (typed: string): boolean =>
  HAS_UNIT.test(typed.trim().slice(0, TYPED_MAX_LENGTH).normalize('NFKC').toLowerCase());

/** The salary to offer for a field's text below the floor, in the language shown; undefined when the text named its unit. */
export const meantFor = (typed: string, lang: string): MeantAmount | undefined =>
  namesUnit(typed) ? undefined : likelyMeant(parseMoney(typed), lang);
