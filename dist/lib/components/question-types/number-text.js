import { parseTypedNumber, pick, formatNumber } from '../i18n/localize.js';
import { MONEY_FLOOR, MONEY_CEILING, likelyMeant, parseMoney, namesUnit } from '../i18n/money.js';

const parseNumber = (question, typed) => question.unit === "KRW" ? parseMoney(typed) : parseTypedNumber(typed);
function implausibleNumber(question, value, typed) {
  if (question.unit !== "KRW" || value >= MONEY_FLOOR && value <= MONEY_CEILING) return void 0;
  const label = (lang) => pick(question.label, lang);
  const n = (amount, lang) => formatNumber(amount, lang);
  if (value > MONEY_CEILING) return (t, lang) => t.moneyTooHigh(label(lang), t.won(n(MONEY_CEILING, lang)));
  const unitless = typed === void 0 || !namesUnit(typed);
  return (t, lang) => {
    const meant = unitless ? likelyMeant(value, lang) : void 0;
    return meant ? t.didYouMean(t.won(n(meant.amount, lang)), `${n(value, lang)}${meant.unit}`) : t.moneyTooLow(label(lang), t.won(n(MONEY_FLOOR, lang)));
  };
}
function numberError(question, typed, t, lang) {
  if (typed.trim() === "") return void 0;
  const value = parseNumber(question, typed);
  const label = pick(question.label, lang);
  if (Number.isNaN(value))
    return question.unit === "KRW" ? t.enterMoney(label) : question.unit === "age" ? t.enterAge(label) : t.enterYears(label);
  if (question.unit === "age" && !Number.isInteger(value)) return t.enterAge(label);
  const implausible = implausibleNumber(question, value, typed);
  if (implausible) return implausible(t, lang);
  if (question.maximum !== void 0 && value > question.maximum)
    return t.numberRange(label, formatNumber(question.maximum, lang));
  return void 0;
}

export { implausibleNumber, numberError, parseNumber };
