import { TYPED_MAX_LENGTH } from './localize.js';
import { languageOf, ENGLISH } from '../../locales/languages.js';

const UNITS = { \uC2ED: 10, \uBC31: 100, \uCC9C: 1e3, \u767E: 100, \u5343: 1e3 };
const BIG_UNITS = {
  \uB9CC: 1e4,
  \uC5B5: 1e8,
  \u4E07: 1e4,
  \u4EBF: 1e8,
  tri\u1EC7u: 1e6,
  t\u1EF7: 1e9,
  k: 1e3,
  m: 1e6,
  million: 1e6
};
const SAID_IN = {
  \uB9CC: 1,
  \u4E07: 1,
  k: 1,
  \uC5B5: 1e4,
  \u4EBF: 1e4,
  tri\u1EC7u: 1e3,
  m: 1e3,
  million: 1e3,
  t\u1EF7: 1e6
};
const UNIT = Object.keys({ ...UNITS, ...BIG_UNITS }).sort((a, b) => b.length - a.length).join("|");
const HAS_UNIT = new RegExp(UNIT);
const TOKENS = new RegExp(`([\\d.,]+)|(${UNIT})`, "g");
const READABLE = new RegExp(`[\\d.,]|${UNIT}`, "g");
function plainNumber(text) {
  const grouped = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$|^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$|^[1-9]\d{0,2}([ ']\d{3})+([.,]\d+)?$/.exec(text);
  if (grouped) {
    const decimalMark = grouped[3] ? "," : grouped[6]?.[0] ?? ".";
    const [whole = "", fraction = ""] = text.split(decimalMark);
    return Number(`${whole.replace(/[,.' ]/g, "")}.${fraction || 0}`);
  }
  return /^\d+([.,]\d*)?$|^[.,]\d+$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
}
const wholeWon = (value) => value >= MONEY_FLOOR ? Math.round(value) : value;
function parseMoney(typed) {
  const trimmed = typed.trim();
  if (trimmed.length > TYPED_MAX_LENGTH) return Number.NaN;
  const text = trimmed.normalize("NFKC").toLowerCase().replace(/krw|₩|원|韩?元|won\b/g, "").trim().replace(/\s+/g, " ");
  if (!HAS_UNIT.test(text)) return wholeWon(plainNumber(text));
  const tight = text.replace(/ /g, "");
  let total = 0;
  let section = 0;
  let pending = null;
  let pendingText = "";
  let lastBig = "";
  let lastSmall = 0;
  const tail = () => pending === null ? 0 : lastSmall && /^\d$/.test(pendingText) ? pending * lastSmall / 10 : pending;
  for (const [, number, unit = ""] of tight.matchAll(TOKENS)) {
    if (number !== void 0) {
      if (pending !== null) return Number.NaN;
      pending = plainNumber(pendingText = number);
      if (Number.isNaN(pending)) return Number.NaN;
    } else if (UNITS[unit]) {
      if (lastSmall && UNITS[unit] >= lastSmall) return Number.NaN;
      lastSmall = UNITS[unit];
      section += (pending ?? 1) * lastSmall;
      pending = null;
    } else if (BIG_UNITS[unit]) {
      if (pending === null && !section || lastBig && BIG_UNITS[unit] >= BIG_UNITS[lastBig])
        return Number.NaN;
      lastBig = unit;
      total += (section + (pending ?? 0)) * BIG_UNITS[unit];
      section = 0;
      lastSmall = 0;
      pending = null;
    }
  }
  let rest = section + tail();
  if (lastBig && rest) {
    const big = BIG_UNITS[lastBig];
    const unit = SAID_IN[lastBig];
    if (!lastSmall && /^\d$/.test(pendingText)) rest *= big / 10;
    else if (rest * unit < big) rest *= unit;
    else return Number.NaN;
  }
  const value = total + rest;
  return tight.replace(READABLE, "") === "" && Number.isFinite(value) ? wholeWon(value) : Number.NaN;
}
const MONEY_FLOOR = 1e7;
const MONEY_CEILING = 1e11;
function likelyMeant(value, lang = "en") {
  if (!(value > 0) || value >= MONEY_FLOOR) return void 0;
  const { payUnits, payUnitSpaced } = languageOf(lang) ?? ENGLISH;
  let best;
  const distance = (amount) => Math.abs(Math.log10(amount) - 8);
  for (const { factor, unit } of payUnits) {
    const amount = value * factor;
    if (amount >= MONEY_FLOOR && amount <= 2e9 && (best === void 0 || distance(amount) < distance(best.amount)))
      best = { amount, unit: payUnitSpaced ? ` ${unit}` : unit };
  }
  return best;
}
const namesUnit = (typed) => HAS_UNIT.test(typed.trim().slice(0, TYPED_MAX_LENGTH).normalize("NFKC").toLowerCase());
const meantFor = (typed, lang) => namesUnit(typed) ? void 0 : likelyMeant(parseMoney(typed), lang);

export { MONEY_CEILING, MONEY_FLOOR, likelyMeant, meantFor, namesUnit, parseMoney };
