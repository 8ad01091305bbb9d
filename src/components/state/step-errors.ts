// Why a typed number or a step's answers cannot be counted yet, in the reader's words.
import { own } from '../../rubric/own.js';
import type { AnswerValue, Answers, AssessmentIssue, Question, Rubric } from '../../rubric/types.js';
import { formatNumber, parseTypedNumber, pick } from '../i18n/localize.js';
import { likelyMeant, MONEY_CEILING, MONEY_FLOOR, namesUnit, parseMoney } from '../i18n/money.js';
import type { Messages } from '../i18n/messages.js';

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
  const implausible = moneyProblem(question, value, typed);
  if (implausible) return implausible(t, lang);
  if (question.maximum !== undefined && value > question.maximum) return t.numberRange(label, n(question.maximum));
  return undefined;
}

/**
 * Why an amount of won is not a yearly salary, in words of any language:
 * below the floor (with the amount most likely meant) or above the ceiling.
 * Undefined when it is one, or the question is not in won.
 */
function moneyProblem(
  question: Question,
  value: number,
  typed?: string,
): ((t: Messages, lang: string) => string) | undefined {
  if (question.type !== 'number' || question.unit !== 'KRW' || (value >= MONEY_FLOOR && value <= MONEY_CEILING))
    return undefined;
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
 * Answers given by the page or kept in storage held to the bounds typed ones
 * are: an amount of won that is no yearly salary (15,000; 1e308) is left out
 * and reported with the words a field would show ("Did you mean…"), never
 * scored. Returns the answers that are kept and a problem for each left out.
 */
export function plausibleAnswers(
  rubric: Rubric,
  answers: Readonly<Record<string, AnswerValue>>,
): { kept: Record<string, AnswerValue>; problems: [(t: Messages, lang: string) => string, AssessmentIssue][] } {
  const kept = { ...answers };
  const problems: [(t: Messages, lang: string) => string, AssessmentIssue][] = [];
  for (const question of rubric.questions) {
    const value = own(answers, question.id);
    const problem = typeof value === 'number' ? moneyProblem(question, value) : undefined;
    if (!problem) continue;
    delete kept[question.id];
    problems.push([
      problem,
      {
        path: question.id,
        message: `${value} is not a yearly salary in won (from ${MONEY_FLOOR} to ${MONEY_CEILING})`,
      },
    ]);
  }
  return { kept, problems };
}

/** Why each question a step asks cannot be counted yet: its text is not a number, or it is not answered. */
export function stepErrors(
  asked: readonly Question[],
  typed: Readonly<Record<string, string>>,
  answers: Answers,
  t: Messages,
  lang: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const question of asked) {
    const text = own(typed, question.id);
    const invalid = text === undefined ? undefined : numberError(question, text, t, lang);
    if (invalid) errors[question.id] = invalid;
    else if (own(answers, question.id) === undefined) errors[question.id] = t.answerThis(pick(question.label, lang));
  }
  return errors;
}
