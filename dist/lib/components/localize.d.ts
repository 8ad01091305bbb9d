import type { LocalizedText } from '../rubric/types.js';
/** A rubric text in the given language, falling back to English. */
export declare const pick: (text: LocalizedText | undefined, lang: string) => string;
/** A number in the language's own way (grouping, decimal mark). */
export declare const formatNumber: (value: number, lang: string, maximumFractionDigits?: number) => string;
/**
 * What a person typed into a number field, as a number: group separators and
 * spaces are ignored ("160,000,000" and "160 000 000" both work). NaN when it
 * is not a number at all (including "5,5": a decimal comma is not guessed at).
 */
export declare const parseTypedNumber: (typed: string) => number;
