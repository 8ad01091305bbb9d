import { own } from '../rubric/own.js';
import type { Answers, Question } from '../rubric/types.js';
import { formatNumber, parseTypedNumber, pick } from './localize.js';
import { likelyMeant, MONEY_CEILING, MONEY_FLOOR, parseMoney } from './money.js';
import type { Messages } from './messages.js';

/** A number field's text as a number: amounts of won in any of the ways people write them. */
export const typedNumber = (question: Question, typed: string): number =>
  question.type === 'number' && question.unit === 'KRW' ? parseMoney(typed) : parseTypedNumber(typed);

/**
 * Why a number field's text is not an answer ("150" for a salary, a year
 * count over the maximum), in the steps' wording; undefined when it is one or
 * is empty. Each message names the question: error summary links must make
 * sense on their own.
 */
export function numberError(question: Question, typed: string, t: Messages, lang: string): string | undefined {
  if (typed.trim() === '' || question.type !== 'number') return undefined;
  const value = typedNumber(question, typed);
  const n = (amount: number) => formatNumber(amount, lang);
  const label = pick(question.label, lang);
  const money = question.unit === 'KRW';
  if (Number.isNaN(value)) return money ? t.enterMoney(label) : t.enterYears(label);
  if (money && value > MONEY_CEILING) return t.moneyTooHigh(label, t.won(n(MONEY_CEILING)));
  if (money && value < MONEY_FLOOR) {
    const meant = likelyMeant(value);
    return meant ? t.didYouMean(t.won(n(meant))) : t.moneyTooLow(label, t.won(n(MONEY_FLOOR)));
  }
  if (question.maximum !== undefined && value > question.maximum) return t.numberRange(label, n(question.maximum));
  return undefined;
}

/** Why each question a step asks cannot be counted yet: its text is not a number, or it is not answered. */
export function stepErrors(asked: readonly Question[], typed: Readonly<Record<string, string>>, answers: Answers, t: Messages, lang: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const question of asked) {
    const text = own(typed, question.id);
    const invalid = text === undefined ? undefined : numberError(question, text, t, lang);
    if (invalid) errors[question.id] = invalid;
    else if (own(answers, question.id) === undefined) errors[question.id] = t.answerThis(pick(question.label, lang));
  }
  return errors;
}
