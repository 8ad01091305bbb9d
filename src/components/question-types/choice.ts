// A choice question (one option) and the group both choice types share in a
// step: one radio, or one checkbox for "choose all that apply", per option.
import { html, nothing, type TemplateResult } from 'lit';
import { byId } from '../../rubric/by-id.js';
import { own } from '../../rubric/own.js';
import type { AnswerValue, ChoiceQuestion, MultiQuestion } from '../../rubric/types.js';
import { keepCodes } from '../views/keep-codes.js';
import { pick } from '../i18n/localize.js';
import type { ResultContext } from '../views/result-context.js';
import { describedBy, helpAndError, short, type QuestionContext, type Wording } from './field.js';

/**
 * One option per radio, or per checkbox for "choose all that apply". Whether
 * each is checked is set after render, against the answers (see the element's
 * updated()): steps reuse the same inputs for other questions.
 */
export function renderOptions(question: ChoiceQuestion | MultiQuestion, context: QuestionContext): TemplateResult {
  const multi = question.type === 'multi';
  return html`
    <fieldset part="question" class=${context.error ? 'question invalid' : 'question'} aria-describedby=${describedBy(question, context)}>
      <legend id="q-${question.id}">${pick(question.label, context.lang)}</legend>
      ${helpAndError(question, context)}
      <div class=${short(question, context.lang) ? 'options short' : 'options'}>
        ${question.options.map(
          (option) => html`
            <label class="option">
              <input
                type=${multi ? 'checkbox' : 'radio'}
                name=${question.id}
                value=${option.id}
                aria-describedby=${option.help ? `help-${question.id}-${option.id}` : nothing}
                @change=${(event: Event) => context.onChoice(question, option.id, (event.target as HTMLInputElement).checked)}
              />
              <span>
                ${keepCodes(pick(option.label, context.lang))}
                ${
                  option.help
                    ? // Hidden from the option's name, read once as its description (aria-describedby reaches hidden text).
                      html`<small id="help-${question.id}-${option.id}" aria-hidden="true">${pick(option.help, context.lang)}</small>`
                    : nothing
                }
              </span>
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}

/** An answer of either choice type in words: its options' labels, joined as the language joins a list. */
export function describeOptions(
  question: ChoiceQuestion | MultiQuestion,
  answer: AnswerValue,
  { lang, t }: Wording,
): string {
  const options = byId(question.options);
  return (Array.isArray(answer) ? answer : [answer])
    .map((id) => pick(options.get(id)?.label, lang))
    .join(t.listSeparator);
}

/** What a host attribute may say for this question, for the words of a value that is not one: its option ids. */
export const optionList = (question: ChoiceQuestion | MultiQuestion): string =>
  question.options.map((option) => option.id).join(', ');

/** The what-if control on the result: a select, labelled by the criterion's name (`label`, an element id). */
export function renderChoiceWhatIf(question: ChoiceQuestion, context: ResultContext, label: string): TemplateResult {
  const { lang, t } = context;
  const answer = own(context.answers, question.id);
  return html`<select aria-labelledby=${label} name=${question.id} @change=${(event: Event) => context.onWhatIf(question, event.target as HTMLSelectElement)}>
    ${answer === undefined ? html`<option value="" selected>${t.optional}</option>` : nothing}
    ${question.options.map((option) => html`<option value=${option.id} ?selected=${option.id === answer}>${pick(option.label, lang)}</option>`)}
  </select>`;
}
