import { LANGUAGES as LANGUAGES$1, byPrimarySubtag } from '../../locales/languages.js';
import { loaderOf } from '../../locales/loaders.js';

const LANGUAGES = LANGUAGES$1.map((language) => language.code);
function matchLanguage(tag) {
  const lower = (typeof tag === "string" ? tag : "").trim().toLowerCase();
  const base = lower.split("-")[0] ?? "";
  const language = byPrimarySubtag.get(base);
  const names = (subtags) => subtags.length > 0 && new RegExp(`-(${subtags.join("|")})\\b`).test(lower);
  return language && (!language.otherVariants || names(language.code.toLowerCase().split("-").slice(1)) || !names(language.otherVariants)) ? language.code : void 0;
}
const loaded = /* @__PURE__ */ new Map();
const loading = /* @__PURE__ */ new Map();
const failures = /* @__PURE__ */ new Map();
const loadedLocale = (code) => loaded.get(code);
function loadLocale(code) {
  let pending = loading.get(code);
  const load = loaderOf(code);
  if (!pending && load) {
    pending = load(failures.get(code) ?? 0).then((locale) => (loaded.set(code, locale), locale));
    pending.catch(() => {
      loading.delete(code);
      failures.set(code, (failures.get(code) ?? 0) + 1);
    });
    loading.set(code, pending);
  }
  return pending ?? Promise.reject(new Error(`no language "${code}"`));
}

export { LANGUAGES, loadLocale, loadedLocale, matchLanguage };
