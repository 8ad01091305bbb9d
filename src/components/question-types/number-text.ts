// A number question's text as people write it: the number it is, and why it
// is not an answer yet (not a number, a salary typed in millions, above the
// maximum).
import type { NumberQuestion } from '../../rubric/types.js';
import { formatNumber, parseTypedNumber, pick } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
import { likelyMeant, MONEY_CEILING, MONEY_FLOOR, namesUnit, parseMoney } from '../i18n/money.js';

/** A number field's text as a number: amounts of won in any of the ways people write them. */
export const parseNumber = (question: NumberQuestion, typed: string): number =>
  question.unit === 'KRW' ? parseMoney(typed) : parseTypedNumber(typed);

/**
 * Why an amount of won is not a yearly salary, in words of any language:
 * below the floor (with the amount most likely meant) or above the ceiling.
 * Undefined when it is one, or the question is not in won.
 */
export function implausibleNumber(
  question: NumberQuestion,
  value: number,
  typed?: string,
): ((t: Messages, lang: string) => string) | undefined {
  if (question.unit !== 'KRW' || (value >= MONEY_FLOOR && value <= MONEY_CEILING)) return undefined;
  const label = (lang: string) => pick(question.label, lang);
  const n = (amount: number, lang: string) => formatNumber(amount, lang);
  if (value > MONEY_CEILING) return (t, lang) => t.moneyTooHigh(label(lang), t.won(n(MONEY_CEILING, lang)));
  // A slip of the unit, in the language shown; an amount that named its unit (12万) is read as written.
  const unitless = typed === undefined || !namesUnit(typed);
  return (t, lang) => {
    const meant = unitless ? likelyMeant(value, lang) : undefined;
    return meant
      ? t.didYouMean(t.won(n(meant.amount, lang)), `${n(value, lang)}${meant.unit}`)
      : t.moneyTooLow(label(lang), t.won(n(MONEY_FLOOR, lang)));
  };
}

/**
 * Why a number field's text is not an answer ("150" for a salary, a year
 * count over the maximum), in the steps' wording; undefined when it is one or
 * is empty. Each message names the question: error summary links must make
 * sense on their own.
 */
export function numberError(question: NumberQuestion, typed: string, t: Messages, lang: string): string | undefined {
  if (typed.trim() === '') return undefined;
  const value = parseNumber(question, typed);
  const label = pick(question.label, lang);
  if (Number.isNaN(value))
    return question.unit === 'KRW'
      ? t.enterMoney(label)
      : question.unit === 'age'
        ? t.enterAge(label)
        : t.enterYears(label);
  // An age is counted in whole years (the tables' bands are).
  if (question.unit === 'age' && !Number.isInteger(value)) return t.enterAge(label);
  const implausible = implausibleNumber(question, value, typed);
  if (implausible) return implausible(t, lang);
  if (question.maximum !== undefined && value > question.maximum)
    return t.numberRange(label, formatNumber(question.maximum, lang));
  return undefined;
}
