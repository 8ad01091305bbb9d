import table from './languages.json' with { type: 'json' };

/**
 * The languages the widget speaks: the one list every other place reads (the
 * language picker, the lang attribute's matching, "Did you mean" for a salary,
 * the build's one file per language, the screenshots). Its data is
 * languages.json, which build scripts read as it is. Each language's file is
 * loaded by loaders.ts, apart from this module: the result view reads pay
 * units from here and must not bundle every language.
 *
 * Adding a language: an entry in languages.json, its file
 * (src/locales/<code>.ts, with <code>.rubric.json) and its line in loaders.ts.
 */
export interface Language {
  /** BCP 47, written as the rubric's texts are keyed (`zh-Hans`, never `zh-hans`). */
  code: string;
  /** Its own name, as a reader looks for it in a list (한국어, not Korean). */
  nativeName: string;
  /**
   * Subtags of a tag in this language that ask for a variant with no file yet
   * (Traditional Chinese: `zh-Hant`, `zh-TW`…): such a tag gets English. Unless
   * the tag names this code's own script (`zh-Hans-HK` is Simplified).
   */
  otherVariants?: readonly string[];
  /**
   * The units a yearly pay is quoted in when the unit is left out, as "Did you
   * mean" may assume them, in order of preference: Korean and Chinese pay is
   * quoted in 만 / 万 (7500 is 7,500만 won), English and Vietnamese in
   * millions, and any of them in thousands (천원, as pay tables write it).
   */
  payUnits: readonly { factor: number; unit: string }[];
  /** Whether the unit is written after a space ("75 million", but "7500만"). */
  payUnitSpaced: boolean;
}

/** Every language, English (built in, the fallback) first. */
export const LANGUAGES: readonly Language[] = table;

/** English: the built-in language, and the fallback for every text. */
export const ENGLISH = LANGUAGES[0] as Language;

/** The language with this exact code, or undefined. A Map, never an object: `constructor` must find nothing. */
const byCode = new Map(LANGUAGES.map((language) => [language.code, language]));
export const languageOf = (code: string): Language | undefined => byCode.get(code);

/** The languages by their first subtag (`zh` for `zh-Hans`), as a tag is matched. */
export const byPrimarySubtag = new Map(
  LANGUAGES.map((language) => [language.code.toLowerCase().split('-')[0] ?? '', language]),
);
