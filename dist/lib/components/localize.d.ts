import type { LocalizedText } from '../rubric/types.js';
/** A rubric text in the given language, falling back to English. */
export declare const pick: (text: LocalizedText | undefined, lang: string) => string;
/** A number in the language's own way (grouping, decimal mark). */
export declare const formatNumber: (value: number, lang: string, maximumFractionDigits?: number) => string;
/**
 * What a person typed into a number field, as a number: group separators and
 * spaces are ignored ("160,000,000" and "160 000 000" both work), and a comma
 * before one or two final digits is a decimal comma ("7,5", as Vietnamese and
 * most of Europe write it, and as the field itself shows 7.5 in Vietnamese).
 * NaN when it is not a number at all.
 */
export declare const parseTypedNumber: (typed: string) => number;
/** The plural category of a count in a language ("one", "other"…), for strings that have more than one form. */
export declare const plural: (count: number, lang: string) => Intl.LDMLPluralRule;
