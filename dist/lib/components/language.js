import { retryQuery } from './on-demand.js';

const LOADERS = /* @__PURE__ */ new Map([
  ["ko", (query) => query ? import(`../locales/ko.js${query}`) : import('../locales/ko.js')],
  ["zh-Hans", (query) => query ? import(`../locales/zh-Hans.js${query}`) : import('../locales/zh-Hans.js')],
  ["vi", (query) => query ? import(`../locales/vi.js${query}`) : import('../locales/vi.js')]
]);
const LANGUAGES = ["en", ...LOADERS.keys()];
function matchLanguage(tag) {
  const lower = (typeof tag === "string" ? tag : "").trim().toLowerCase();
  const base = lower.split("-")[0] ?? "";
  if (base === "zh") return /-hans\b/.test(lower) || !/-(hant|tw|hk|mo)\b/.test(lower) ? "zh-Hans" : void 0;
  return base === "en" ? "en" : LOADERS.has(base) ? base : void 0;
}
const loaded = /* @__PURE__ */ new Map();
const loading = /* @__PURE__ */ new Map();
const failures = /* @__PURE__ */ new Map();
const loadedLocale = (code) => loaded.get(code);
function loadLocale(code) {
  let pending = loading.get(code);
  const loader = LOADERS.get(code);
  if (!pending && loader) {
    pending = loader(retryQuery(failures.get(code) ?? 0)).then(
      ({ default: locale }) => (loaded.set(code, locale), locale)
    );
    pending.catch(() => {
      loading.delete(code);
      failures.set(code, (failures.get(code) ?? 0) + 1);
    });
    loading.set(code, pending);
  }
  return pending ?? Promise.reject(new Error(`no language "${code}"`));
}

export { LANGUAGES, loadLocale, loadedLocale, matchLanguage };
