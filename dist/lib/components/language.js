const LOADERS = /* @__PURE__ */ new Map([
  ["ko", () => import('../locales/ko.js')],
  ["zh-Hans", () => import('../locales/zh-Hans.js')],
  ["vi", () => import('../locales/vi.js')]
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
const loadedLocale = (code) => loaded.get(code);
function loadLocale(code) {
  let pending = loading.get(code);
  const loader = LOADERS.get(code);
  if (!pending && loader) {
    pending = loader().then(({ default: locale }) => (loaded.set(code, locale), locale));
    pending.catch(() => loading.delete(code));
    loading.set(code, pending);
  }
  return pending ?? Promise.reject(new Error(`no language "${code}"`));
}

export { LANGUAGES, loadLocale, loadedLocale, matchLanguage };
