import type { LocalizedText } from '../../rubric/types.js';
/** A rubric text in the given language, falling back to English. */
export declare const pick: (text: LocalizedText | undefined, lang: string) => string;
/**
 * The most characters a number field takes (its `maxlength`) and its reader
 * reads: "KRW 1,500,000,000 원" is 20. A longer paste is no amount, and is
 * refused before any pattern runs over it.
 */
export declare const TYPED_MAX_LENGTH = 40;
/**
 * A number in the language's own way (grouping, decimal mark). Decimals past
 * `maximumFractionDigits` are cut, never rounded up: 7.999 years is shown as
 * 7.99, never as the 8 a rule "at least 8 years" would then seem to meet.
 */
export declare const formatNumber: (value: number, lang: string, maximumFractionDigits?: number) => string;
/**
 * Builds the language's number formats before they are needed: the first
 * costs about 70 ms on a mid-range phone, which the first keystroke in a
 * number field would otherwise wait for. Called while the browser is idle,
 * once the applicant has started.
 */
export declare const prepareFormats: (lang: string) => void;
/**
 * What a person typed into a number field, as a number: group separators and
 * spaces are ignored ("160,000,000" and "160 000 000" both work), and a comma
 * before one or two final digits is a decimal comma ("7,5", as Vietnamese and
 * most of Europe write it, and as the field itself shows 7.5 in Vietnamese).
 * NaN when it is not a number at all, or longer than TYPED_MAX_LENGTH.
 */
export declare const parseTypedNumber: (typed: string) => number;
/** The plural category of a count in a language ("one", "other"…), for strings that have more than one form. */
export declare const plural: (count: number, lang: string) => Intl.LDMLPluralRule;
