import { own } from '../rubric/own.js';
import { pick, parseTypedNumber, formatNumber } from './localize.js';
import { MONEY_CEILING, MONEY_FLOOR, likelyMeant, parseMoney } from './money.js';

const typedNumber = (question, typed) => question.type === "number" && question.unit === "KRW" ? parseMoney(typed) : parseTypedNumber(typed);
function numberError(question, typed, t, lang) {
  if (typed.trim() === "" || question.type !== "number") return void 0;
  const value = typedNumber(question, typed);
  const n = (amount) => formatNumber(amount, lang);
  const label = pick(question.label, lang);
  const money = question.unit === "KRW";
  if (Number.isNaN(value)) return money ? t.enterMoney(label) : t.enterYears(label);
  if (money && value > MONEY_CEILING) return t.moneyTooHigh(label, t.won(n(MONEY_CEILING)));
  if (money && value < MONEY_FLOOR) {
    const meant = likelyMeant(value);
    return meant ? t.didYouMean(t.won(n(meant))) : t.moneyTooLow(label, t.won(n(MONEY_FLOOR)));
  }
  if (question.maximum !== void 0 && value > question.maximum) return t.numberRange(label, n(question.maximum));
  return void 0;
}
function stepErrors(asked, typed, answers, t, lang) {
  const errors = {};
  for (const question of asked) {
    const text = own(typed, question.id);
    const invalid = text === void 0 ? void 0 : numberError(question, text, t, lang);
    if (invalid) errors[question.id] = invalid;
    else if (own(answers, question.id) === void 0) errors[question.id] = t.answerThis(pick(question.label, lang));
  }
  return errors;
}

export { numberError, stepErrors, typedNumber };
