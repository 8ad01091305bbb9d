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
    payUnits: readonly {
        factor: number;
        unit: string;
    }[];
    /** Whether the unit is written after a space ("75 million", but "7500만"). */
    payUnitSpaced: boolean;
}
/** Every language, English (built in, the fallback) first. */
export declare const LANGUAGES: readonly Language[];
/** English: the built-in language, and the fallback for every text. */
export declare const ENGLISH: Language;
export declare const languageOf: (code: string) => Language | undefined;
/** The languages by their first subtag (`zh` for `zh-Hans`), as a tag is matched. */
export declare const byPrimarySubtag: Map<string, Language>;
