const UNITS = { \uC2ED: 10, \uBC31: 100, \uCC9C: 1e3 };
const BIG_UNITS = { \uB9CC: 1e4, \uC5B5: 1e8, \uC870: 1e12 };
function plainNumber(text) {
  const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d{1,3}(\.\d{3})+(,\d+)?$|^\d{1,3}([ ']\d{3})+([.,]\d+)?$/.exec(text);
  if (grouped) {
    const decimalMark = /^\d{1,3}(\.\d{3})+/.test(text) ? "," : ".";
    const [whole = "", fraction = ""] = text.split(decimalMark);
    return Number(`${whole.replace(/[,.' ]/g, "")}.${fraction || 0}`);
  }
  return /^\d*[.,]?\d+$|^\d+\.$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
}
function parseMoney(typed) {
  const text = typed.normalize("NFKC").replace(/krw|₩|원|\s*won\b/gi, "").trim();
  if (!/[십백천만억조]/.test(text)) return plainNumber(text.replace(/\s+(?=\d{3}\b)/g, " "));
  let total = 0;
  let section = 0;
  let pending = null;
  let lastBig = Infinity;
  for (const [, number, unit] of text.replace(/\s+/g, "").matchAll(/([\d.,]+)|([십백천만억조])/g)) {
    if (number !== void 0) {
      if (pending !== null) return Number.NaN;
      pending = plainNumber(number);
      if (Number.isNaN(pending)) return Number.NaN;
    } else if (unit && UNITS[unit]) {
      section += (pending ?? 1) * UNITS[unit];
      pending = null;
    } else if (unit && BIG_UNITS[unit]) {
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
  return text.replace(/\s+/g, "").replace(/[\d.,십백천만억조]/g, "") === "" && Number.isFinite(value) ? value : Number.NaN;
}
const MONEY_FLOOR = 1e7;
const MONEY_CEILING = 1e11;
function likelyMeant(value) {
  if (!(value > 0) || value >= MONEY_FLOOR) return void 0;
  for (const factor of [1e6, 1e4, 1e3]) {
    const meant = value * factor;
    if (meant >= MONEY_FLOOR && meant <= 2e9) return meant;
  }
  return void 0;
}

export { MONEY_CEILING, MONEY_FLOOR, likelyMeant, parseMoney };
