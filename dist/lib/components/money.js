const UNITS = { \uC2ED: 10, \uBC31: 100, \uCC9C: 1e3, \u767E: 100, \u5343: 1e3 };
const BIG_UNITS = { \uB9CC: 1e4, \uC5B5: 1e8, \u4E07: 1e4, \u4EBF: 1e8, tri\u1EC7u: 1e6, t\u1EF7: 1e9, k: 1e3, m: 1e6, million: 1e6 };
const UNIT = Object.keys({ ...UNITS, ...BIG_UNITS }).sort((a, b) => b.length - a.length).join("|");
function plainNumber(text) {
  const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d{1,3}(\.\d{3})+(,\d+)?$|^\d{1,3}([ ']\d{3})+([.,]\d+)?$/.exec(text);
  if (grouped) {
    const decimalMark = /^\d{1,3}(\.\d{3})+/.test(text) ? "," : ".";
    const [whole = "", fraction = ""] = text.split(decimalMark);
    return Number(`${whole.replace(/[,.' ]/g, "")}.${fraction || 0}`);
  }
  return /^\d*[.,]?\d+$|^\d+\.$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
}
const wholeWon = (value) => value >= MONEY_FLOOR ? Math.round(value) : value;
function parseMoney(typed) {
  const text = typed.normalize("NFKC").toLowerCase().replace(/krw|₩|원|韩?元|\s*won\b/g, "").trim();
  if (!new RegExp(UNIT).test(text)) return wholeWon(plainNumber(text.replace(/\s+(?=\d{3}\b)/g, " ")));
  const tight = text.replace(/\s+/g, "");
  let total = 0;
  let section = 0;
  let pending = null;
  let lastBig = Infinity;
  for (const [, number, unit = ""] of tight.matchAll(new RegExp(`([\\d.,]+)|(${UNIT})`, "g"))) {
    if (number !== void 0) {
      if (pending !== null) return Number.NaN;
      pending = plainNumber(number);
      if (Number.isNaN(pending)) return Number.NaN;
    } else if (UNITS[unit]) {
      section += (pending ?? 1) * UNITS[unit];
      pending = null;
    } else if (BIG_UNITS[unit]) {
      if (pending === null && !section || BIG_UNITS[unit] >= lastBig) return Number.NaN;
      lastBig = BIG_UNITS[unit];
      total += (section + (pending ?? 0)) * lastBig;
      section = 0;
      pending = null;
    }
  }
  let rest = section + (pending ?? 0);
  if (lastBig === 1e8 && rest < 1e4) rest *= 1e4;
  const value = total + rest;
  return tight.replace(new RegExp(`[\\d.,]|${UNIT}`, "g"), "") === "" && Number.isFinite(value) ? wholeWon(value) : Number.NaN;
}
const MONEY_FLOOR = 1e7;
const MONEY_CEILING = 1e11;
function likelyMeant(value) {
  if (!(value > 0) || value >= MONEY_FLOOR) return void 0;
  let best;
  const distance = (amount) => Math.abs(Math.log10(amount) - 8);
  for (const factor of [1e3, 1e4, 1e6]) {
    const meant = value * factor;
    if (meant >= MONEY_FLOOR && meant <= 2e9 && (best === void 0 || distance(meant) < distance(best))) best = meant;
  }
  return best;
}

export { MONEY_CEILING, MONEY_FLOOR, likelyMeant, parseMoney };
