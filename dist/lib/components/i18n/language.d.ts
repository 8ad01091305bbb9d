import type { Locale } from '../../locales/locale.js';
/** The codes of the languages the widget can show (the registry: src/locales/languages.ts). */
export declare const LANGUAGES: readonly string[];
/**
 * The supported language a BCP 47 tag asks for (`ko-KR` → `ko`), or undefined.
 * Looked up in a Map, never on an object: `lang="constructor"` must not find
 * Object.prototype's.
 */
export declare function matchLanguage(tag: string): string | undefined;
/** A language already loaded on this page (shared by every instance), or undefined. */
export declare const loadedLocale: (code: string) => Locale | undefined;
/** Loads a language once per page; every instance that asks waits for the same request. */
export declare function loadLocale(code: string): Promise<Locale>;
