// How each question type's typed text becomes an answer: why a step's text is
// not an answer yet, a what-if control's value as an answer, and answers from
// outside held to what a person could type. Read by the steps, the what-if
// and the answers store; never by the result view (index.ts has what it shows).
import { own } from '../../rubric/own.js';
import type { AnswerValue, AssessmentIssue, Question, Rubric } from '../../rubric/types.js';
import { parseTypedNumber } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
import { MONEY_CEILING, MONEY_FLOOR } from '../i18n/money.js';
import { parseTicked } from './multi.js';
import { implausibleNumber, numberError, parseNumber } from './number-text.js';
import { forType, type PerType } from './per-type.js';

/** Nothing: a choice is never typed. */
const none = () => undefined;

const TYPED_ERROR: PerType<[string, Messages, string], string | undefined> = {
  choice: none,
  multi: none,
  number: numberError,
};

/**
 * Why a field's text is not an answer ("150" for a salary, a year count over
 * the maximum), in the steps' wording; undefined when it is one or is empty.
 */
export const typedError = (question: Question, typed: string, t: Messages, lang: string): string | undefined =>
  forType(TYPED_ERROR, question)(question, typed, t, lang);

/** A number field's text as a number: amounts of won in any of the ways people write them. */
export const typedNumber = (question: Question, typed: string): number =>
  question.type === 'number' ? parseNumber(question, typed) : parseTypedNumber(typed);

const FROM_TEXT: PerType<[string], AnswerValue> = {
  choice: (_question, raw) => raw,
  multi: (_question, raw) => parseTicked(raw),
  number: parseNumber,
};

/** A what-if control's value (not empty) as the answer it gives. */
export const answerFromText = (question: Question, raw: string): AnswerValue =>
  forType(FROM_TEXT, question)(question, raw);

/** Why an answer that was not typed is no answer a person could give, in words of any language. */
type Implausible = (t: Messages, lang: string) => string;

/**
 * Answers given by the page or kept in storage held to the bounds typed ones
 * are: an amount of won that is no yearly salary (15,000; 1e308) is left out
 * and reported with the words a field would show ("Did you mean…"), never
 * scored. Returns the answers that are kept and a problem for each left out.
 */
export function plausibleAnswers(
  rubric: Rubric,
  answers: Readonly<Record<string, AnswerValue>>,
): { kept: Record<string, AnswerValue>; problems: [Implausible, AssessmentIssue][] } {
  const kept = { ...answers };
  const problems: [Implausible, AssessmentIssue][] = [];
  for (const question of rubric.questions) {
    const value = own(answers, question.id);
    const problem =
      typeof value === 'number' && question.type === 'number' ? implausibleNumber(question, value) : undefined;
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
