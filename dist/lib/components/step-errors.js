import { own } from '../rubric/own.js';
import { pick, parseTypedNumber, formatNumber } from './localize.js';
import { MONEY_FLOOR, MONEY_CEILING, parseMoney, namesUnit, likelyMeant } from './money.js';

const typedNumber = (question, typed) => question.type === "number" && question.unit === "KRW" ? parseMoney(typed) : parseTypedNumber(typed);
function numberError(question, typed, t, lang) {
  if (typed.trim() === "" || question.type !== "number") return void 0;
  const value = typedNumber(question, typed);
  const n = (amount) => formatNumber(amount, lang);
  const label = pick(question.label, lang);
  const money = question.unit === "KRW";
  if (Number.isNaN(value)) return money ? t.enterMoney(label) : t.enterYears(label);
  const implausible = moneyProblem(question, value, typed);
  if (implausible) return implausible(t, lang);
  if (question.maximum !== void 0 && value > question.maximum) return t.numberRange(label, n(question.maximum));
  return void 0;
}
function moneyProblem(question, value, typed) {
  if (question.type !== "number" || question.unit !== "KRW" || value >= MONEY_FLOOR && value <= MONEY_CEILING)
    return void 0;
  const label = (lang) => pick(question.label, lang);
  const n = (amount, lang) => formatNumber(amount, lang);
  if (value > MONEY_CEILING) return (t, lang) => t.moneyTooHigh(label(lang), t.won(n(MONEY_CEILING, lang)));
  const unitless = typed === void 0 || !namesUnit(typed);
  return (t, lang) => {
    const meant = unitless ? likelyMeant(value, lang) : void 0;
    return meant ? t.didYouMean(t.won(n(meant.amount, lang)), `${n(value, lang)}${meant.unit}`) : t.moneyTooLow(label(lang), t.won(n(MONEY_FLOOR, lang)));
  };
}
function plausibleAnswers(rubric, answers) {
  const kept = { ...answers };
  const problems = [];
  for (const question of rubric.questions) {
    const value = own(answers, question.id);
    const problem = typeof value === "number" ? moneyProblem(question, value) : void 0;
    if (!problem) continue;
    delete kept[question.id];
    problems.push([
      problem,
      {
        path: question.id,
        message: `${value} is not a yearly salary in won (from ${MONEY_FLOOR} to ${MONEY_CEILING})`
      }
    ]);
  }
  return { kept, problems };
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

export { numberError, plausibleAnswers, stepErrors, typedNumber };
