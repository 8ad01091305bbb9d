// Why a typed number or a step's answers cannot be counted yet, in the reader's words.
import { own } from '../../rubric/own.js';
import type { Answers, Question } from '../../rubric/types.js';
import { pick } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
import { typedError } from '../question-types/answers.js';

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
    const invalid = text === undefined ? undefined : typedError(question, text, t, lang);
    if (invalid) errors[question.id] = invalid;
    else if (own(answers, question.id) === undefined) errors[question.id] = t.answerThis(pick(question.label, lang));
  }
  return errors;
}
