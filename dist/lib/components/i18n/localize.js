const pick = (text, lang) => text ? text[lang] ?? text.en : "";
const TYPED_MAX_LENGTH = 40;
const formats = /* @__PURE__ */ new Map();
const plainFormat = (value, digits) => {
  const [whole = "", fraction = ""] = (Math.trunc(value * 10 ** digits) / 10 ** digits).toString().split(".");
  return whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction ? `.${fraction}` : "");
};
const formatNumber = (value, lang, maximumFractionDigits = 2) => {
  if (Number.isInteger(value) && value < 1e3 && value > -1e3) return String(value);
  const key = lang + maximumFractionDigits;
  let format = formats.get(key);
  if (format === void 0) {
    try {
      format = new Intl.NumberFormat(lang, {
        maximumFractionDigits,
        roundingMode: "trunc"
      });
    } catch {
      format = null;
    }
    formats.set(key, format);
  }
  try {
    if (format) return format.format(value);
  } catch {
  }
  return plainFormat(value, maximumFractionDigits);
};
const prepareFormats = (lang) => {
  for (const digits of [0, 1, 2]) formatNumber(0.5, lang, digits);
};
const parseTypedNumber = (typed) => {
  if (typed.length > TYPED_MAX_LENGTH) return Number.NaN;
  const cleaned = typed.replace(/[\s'’]|,(?=\d{3}\b)/g, "").replace(/,(?=\d\d?$)/, ".");
  const value = /^\d+(\.\d*)?$|^\.\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  return Number.isFinite(value) ? value : Number.NaN;
};
const pluralRules = /* @__PURE__ */ new Map();
const plural = (count, lang) => {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, rules = new Intl.PluralRules(lang));
  return rules.select(count);
};

export { TYPED_MAX_LENGTH, formatNumber, parseTypedNumber, pick, plural, prepareFormats };
