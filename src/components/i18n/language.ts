// The languages there are, and loading each one's file once per page.
import type { Locale } from '../../locales/locale.js';
import { retryQuery } from '../loading/on-demand.js';

/**
 * The languages the widget speaks besides English, each loaded on demand from
 * its own file (the CDN build names it `ktech-pass-assessment.<code>.js`, next
 * to the main file). Adding a language: a file in src/locales/ and a line here.
 */
// Each takes the query its address gets after failed loads (on-demand.ts): the
// plain import first, so that every build sees the file.
const LOADERS = new Map<string, (query: string) => Promise<{ default: Locale }>>([
  ['ko', (query) => (query ? import(`../../locales/ko.js${query}`) : import('../../locales/ko.js'))],
  ['zh-Hans', (query) => (query ? import(`../../locales/zh-Hans.js${query}`) : import('../../locales/zh-Hans.js'))],
  ['vi', (query) => (query ? import(`../../locales/vi.js${query}`) : import('../../locales/vi.js'))],
]);

/** The languages the widget can show. */
export const LANGUAGES: readonly string[] = ['en', ...LOADERS.keys()];

/**
 * The supported language a BCP 47 tag asks for (`ko-KR` → `ko`), or undefined.
 * Looked up in a Map, never on an object: `lang="constructor"` must not find
 * Object.prototype's.
 */
export function matchLanguage(tag: string): string | undefined {
  // A host may set the lang property to anything (a number, an object): only text is a tag.
  const lower = (typeof tag === 'string' ? tag : '').trim().toLowerCase();
  const base = lower.split('-')[0] ?? '';
  // Chinese is Simplified unless the tag says Traditional: its script
  // (zh-Hant) or where it is written (Taiwan, Hong Kong, Macao), which have
  // no file yet and so get English with the usual notice.
  if (base === 'zh') return /-hans\b/.test(lower) || !/-(hant|tw|hk|mo)\b/.test(lower) ? 'zh-Hans' : undefined;
  return base === 'en' ? 'en' : LOADERS.has(base) ? base : undefined;
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
  const loader = LOADERS.get(code);
  if (!pending && loader) {
    pending = loader(retryQuery(failures.get(code) ?? 0)).then(
      ({ default: locale }) => (loaded.set(code, locale), locale),
    );
    // A failed load is tried again by the next instance or language choice, at a fresh address.
    pending.catch(() => {
      loading.delete(code);
      failures.set(code, (failures.get(code) ?? 0) + 1);
    });
    loading.set(code, pending);
  }
  return pending ?? Promise.reject(new Error(`no language "${code}"`));
}
