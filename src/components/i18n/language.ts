// The languages there are, and loading each one's file once per page.
import type { Locale } from '../../locales/locale.js';
import { byPrimarySubtag, LANGUAGES as REGISTRY } from '../../locales/languages.js';
import { loaderOf } from '../../locales/loaders.js';

/** The codes of the languages the widget can show (the registry: src/locales/languages.ts). */
export const LANGUAGES: readonly string[] = REGISTRY.map((language) => language.code);

/**
 * The supported language a BCP 47 tag asks for (`ko-KR` → `ko`), or undefined.
 * Looked up in a Map, never on an object: `lang="constructor"` must not find
 * Object.prototype's.
 */
export function matchLanguage(tag: string): string | undefined {
  // A host may set the lang property to anything (a number, an object): only text is a tag.
  const lower = (typeof tag === 'string' ? tag : '').trim().toLowerCase();
  const base = lower.split('-')[0] ?? '';
  const language = byPrimarySubtag.get(base);
  // A language with variants that have no file yet matches unless the tag
  // names one of them and not its own script: Chinese is Simplified unless the
  // tag says Traditional (zh-Hant, or Taiwan, Hong Kong, Macao), which gets
  // English with the usual notice.
  const names = (subtags: readonly string[]) =>
    subtags.length > 0 && new RegExp(`-(${subtags.join('|')})\\b`).test(lower);
  return language &&
    (!language.otherVariants ||
      names(language.code.toLowerCase().split('-').slice(1)) ||
      !names(language.otherVariants))
    ? language.code
    : undefined;
}

const loaded = new Map<string, Locale>();
const loading = new Map<string, Promise<Locale>>();
/** Failed loads per language: the next one asks for an address of its own. */
const failures = new Map<string, number>();

/** A language already loaded on this page (shared by every instance), or undefined. */
export const loadedLocale = (code: string): Locale | undefined => loaded.get(code);

/** Loads a language once per page; every instance that asks waits for the same request. */
export function loadLocale(code: string): Promise<Locale> {
  let pending = loading.get(code);
  const load = loaderOf(code);
  if (!pending && load) {
    pending = load(failures.get(code) ?? 0).then((locale) => (loaded.set(code, locale), locale));
    // A failed load is tried again by the next instance or language choice, at a fresh address.
    pending.catch(() => {
      loading.delete(code);
      failures.set(code, (failures.get(code) ?? 0) + 1);
    });
    loading.set(code, pending);
  }
  return pending ?? Promise.reject(new Error(`no language "${code}"`));
}
