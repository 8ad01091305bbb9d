// What every question's form control shares in a step: what rendering it
// needs from the element, its help and error lines, and what describes it.
import { html, nothing } from 'lit';
import type { AnswerValue, ChoiceQuestion, MultiQuestion, Question, Rubric } from '../../rubric/types.js';
import { pick } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';

/** What an answer in words needs: the rubric (a salary's multiple of its scale) and the language. */
export interface Wording {
  rubric: Rubric;
  lang: string;
  t: Messages;
}

/** What rendering a question needs from the element. */
export interface QuestionContext {
  rubric: Rubric;
  lang: string;
  t: Messages;
  answer: AnswerValue | undefined;
  /** What the person typed into a number field, kept even when it is not a number yet. */
  typed: string | undefined;
  error: string | undefined;
  /** An option chosen (a radio), or ticked or cleared (`ticked`, a checkbox of a multi-choice question). */
  onChoice: (question: Question, option: string, ticked?: boolean) => void;
  onNumber: (question: Question, typed: string) => void;
  /** The person left the field (its change event). */
  onNumberDone: (question: Question, typed: string) => void;
}

/** The question's help and, while its answer cannot be counted, why. */
export const helpAndError = (question: Question, context: QuestionContext) => html`
  ${question.help ? html`<p class="help" id="help-${question.id}">${pick(question.help, context.lang)}</p>` : nothing}
  ${context.error ? html`<p class="field-error" id="error-${question.id}"><span class="sr">${context.t.errorPrefix} </span>${context.error}</p>` : nothing}
`;

/** The ids of the help and error lines (and `extra`) that describe the control. */
export const describedBy = (question: Question, context: QuestionContext, extra = '') =>
  [question.help ? `help-${question.id}` : '', context.error ? `error-${question.id}` : '', extra]
    .filter(Boolean)
    .join(' ') || nothing;

/** Options short enough to sit side by side on a phone ("Yes" / "No"): a step a screen shorter. */
export const short = (question: ChoiceQuestion | MultiQuestion, lang: string) =>
  question.options.length <= 3 &&
  question.options.every((option) => !option.help && pick(option.label, lang).length <= 12);
