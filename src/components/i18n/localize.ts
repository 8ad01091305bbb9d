// Numbers and texts in the reader's language: picking a translation, formatting and reading typed numbers.
import type { LocalizedText } from '../../rubric/types.js';

/** A rubric text in the given language, falling back to English. */
export const pick = (text: LocalizedText | undefined, lang: string): string => (text ? (text[lang] ?? text.en) : '');

/**
 * The most characters a number field takes (its `maxlength`) and its reader
 * reads: "KRW 1,500,000,000 원" is 20. A longer paste is no amount, and is
 * refused before any pattern runs over it.
 */
export const TYPED_MAX_LENGTH = 40;

// Creating an Intl.NumberFormat is slow (it was half of the first render):
// one per language and precision, made on first use.
const formats = new Map<string, Intl.NumberFormat | null>();

/** `value` with digits grouped by three and at most `digits` decimals cut off, for when Intl cannot format. */
const plainFormat = (value: number, digits: number): string => {
  const [whole = '', fraction = ''] = (Math.trunc(value * 10 ** digits) / 10 ** digits).toString().split('.');
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction ? `.${fraction}` : '');
};

/**
 * A number in the language's own way (grouping, decimal mark). Decimals past
 * `maximumFractionDigits` are cut, never rounded up: 7.999 years is shown as
 * 7.99, never as the 8 a rule "at least 8 years" would then seem to meet.
 */
export const formatNumber = (value: number, lang: string, maximumFractionDigits = 2): string => {
  // Whole numbers under 1,000 (every score) read the same in every language
  // the widget speaks; skipping Intl for them keeps ICU's 30 ms start-up off the first render.
  if (Number.isInteger(value) && value < 1000 && value > -1000) return String(value);
  const key = lang + maximumFractionDigits;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      // roundingMode is ES2023 (every browser the widget supports has it); the lib types here are ES2022.
      format = new Intl.NumberFormat(lang, {
        maximumFractionDigits,
        roundingMode: 'trunc',
      } as Intl.NumberFormatOptions);
    } catch {
      // A page that broke Intl (or locked it away) still gets its numbers.
      format = null;
    }
    formats.set(key, format);
  }
  try {
    if (format) return format.format(value);
  } catch {
    // As above.
  }
  return plainFormat(value, maximumFractionDigits);
};

/**
 * Builds the language's number formats before they are needed: the first
 * costs about 70 ms on a mid-range phone, which the first keystroke in a
 * number field would otherwise wait for. Called while the browser is idle,
 * once the applicant has started.
 */
export const prepareFormats = (lang: string): void => {
  for (const digits of [0, 1, 2]) formatNumber(0.5, lang, digits);
};

/**
 * What a person typed into a number field, as a number: group separators and
 * spaces are ignored ("160,000,000" and "160 000 000" both work), and a comma
 * before one or two final digits is a decimal comma ("7,5", as Vietnamese and
 * most of Europe write it, and as the field itself shows 7.5 in Vietnamese).
 * NaN when it is not a number at all, or longer than TYPED_MAX_LENGTH.
 */
export const parseTypedNumber = (typed: string): number => {
  if (typed.length > TYPED_MAX_LENGTH) return Number.NaN;
  // A comma before three digits groups them; before one or two it is decimal:
  // "5,5" is 5.5 years, never silently 55.
  const cleaned = typed.replace(/[\s'’]|,(?=\d{3}\b)/g, '').replace(/,(?=\d\d?$)/, '.');
  // Finite only: 309 typed digits are Infinity, which no question can score.
  // Each pattern backtracks at most a step per character.
  const value = /^\d+(\.\d*)?$|^\.\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  return Number.isFinite(value) ? value : Number.NaN;
};

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of a count in a language ("one", "other"…), for strings that have more than one form. */
export const plural = (count: number, lang: string): Intl.LDMLPluralRule => {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
};
