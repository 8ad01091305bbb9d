import { html } from 'lit';

const pick = (text, lang) => text ? text[lang] ?? text.en : "";
const formats = /* @__PURE__ */ new Map();
const formatNumber = (value, lang, maximumFractionDigits = 2) => {
  if (Number.isInteger(value) && value < 1e3 && value > -1e3) return String(value);
  const key = lang + maximumFractionDigits;
  let format = formats.get(key);
  if (!format) formats.set(key, format = new Intl.NumberFormat(lang, { maximumFractionDigits }));
  return format.format(value);
};
const prepareFormats = (lang) => {
  for (const digits of [0, 1, 2]) formatNumber(0.5, lang, digits);
};
const parseTypedNumber = (typed) => {
  const cleaned = typed.replace(/[\s'’]|,(?=\d{3}\b)/g, "").replace(/,(?=\d\d?$)/, ".");
  const value = /^\d*\.?\d+$|^\d+\.$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  return Number.isFinite(value) ? value : Number.NaN;
};
const pluralRules = /* @__PURE__ */ new Map();
const plural = (count, lang) => {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, rules = new Intl.PluralRules(lang));
  return rules.select(count);
};
const keepCodes = (text) => text.split(/\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/).map((part, index) => index % 2 ? html`<span class="code">${part}</span>` : part);

export { formatNumber, keepCodes, parseTypedNumber, pick, plural, prepareFormats };
