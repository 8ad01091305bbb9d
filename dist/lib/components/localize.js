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
const parseTypedNumber = (typed) => {
  const cleaned = typed.replace(/[\s'’]|,(?=\d{3}\b)/g, "").replace(/,(?=\d\d?$)/, ".");
  const value = /^\d*\.?\d+$|^\d+\.$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  return Number.isFinite(value) ? value : Number.NaN;
};
const keepCodes = (text) => text.split(/\b([A-Z]-\d+(?:-[A-Z0-9]+)?|K-Tech)\b/).map((part, index) => index % 2 ? html`<span class="code">${part}</span>` : part);

export { formatNumber, keepCodes, parseTypedNumber, pick };
