// One question of a step: its choices or its number field, help and error.
import { html, nothing, type TemplateResult } from 'lit';
import { parameter } from '../../rubric/conditions.js';
import type {
  AnswerValue,
  ChoiceQuestion,
  MultiQuestion,
  NumberQuestion,
  Question,
  Rubric,
} from '../../rubric/types.js';
import { formatNumber, pick } from '../i18n/localize.js';
import { keepCodes } from './keep-codes.js';
import { meantFor } from '../i18n/money.js';
import type { Messages } from '../i18n/messages.js';

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

/** The value of a number answer in words: "KRW 160,000,000 = 3.2× GNI per capita (2024)". */
export function describeNumber(
  question: NumberQuestion,
  value: number,
  lang: string,
  t: Messages,
  rubric: Rubric,
): string {
  if (question.unit === 'years') return t.years(formatNumber(value, lang));
  const amount = t.won(formatNumber(value, lang, 0));
  const scale = question.scale === undefined ? undefined : parameter(rubric, question.scale);
  // Floor to one decimal: 2.99x must never read as "3.0x", the threshold it misses.
  return scale
    ? `${amount} ${t.gni(formatNumber(Math.floor((value * 10) / scale.value) / 10, lang, 1), pick(scale.label, lang), scale.year)}`
    : amount;
}

const helpAndError = (question: Question, context: QuestionContext) => html`
  ${question.help ? html`<p class="help" id="help-${question.id}">${pick(question.help, context.lang)}</p>` : nothing}
  ${context.error ? html`<p class="field-error" id="error-${question.id}"><span class="sr">${context.t.errorPrefix} </span>${context.error}</p>` : nothing}
`;

const describedBy = (question: Question, context: QuestionContext, extra = '') =>
  [question.help ? `help-${question.id}` : '', context.error ? `error-${question.id}` : '', extra]
    .filter(Boolean)
    .join(' ') || nothing;

/** Options short enough to sit side by side on a phone ("Yes" / "No"): a step a screen shorter. */
const short = (question: ChoiceQuestion | MultiQuestion, lang: string) =>
  question.options.length <= 3 &&
  question.options.every((option) => !option.help && pick(option.label, lang).length <= 12);

/**
 * One option per radio, or per checkbox for "choose all that apply". Whether
 * each is checked is set after render, against the answers (see the element's
 * updated()): steps reuse the same inputs for other questions.
 */
function renderChoice(question: ChoiceQuestion | MultiQuestion, context: QuestionContext): TemplateResult {
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

function renderNumber(question: NumberQuestion, context: QuestionContext): TemplateResult {
  const { answer, lang, t } = context;
  const live = typeof answer === 'number' ? describeNumber(question, answer, lang, t, context.rubric) : '';
  // A salary typed in millions or 만 ("150"): offered fixed with one click, next to its error.
  const meant =
    context.error && question.unit === 'KRW' && context.typed ? meantFor(context.typed, lang)?.amount : undefined;
  return html`
    <div part="question" class=${context.error ? 'question invalid' : 'question'}>
      <label for="q-${question.id}">${pick(question.label, lang)}</label>
      ${helpAndError(question, context)}
      <input
        id="q-${question.id}"
        name=${question.id}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        class=${question.unit === 'KRW' ? 'money' : 'short'}
        aria-invalid=${context.error ? 'true' : 'false'}
        aria-describedby=${describedBy(question, context, `value-${question.id}`)}
        .value=${context.typed ?? (typeof answer === 'number' ? formatNumber(answer, lang) : '')}
        @input=${(event: Event) => context.onNumber(question, (event.target as HTMLInputElement).value)}
        @change=${(event: Event) => context.onNumberDone(question, (event.target as HTMLInputElement).value)}
      />
      ${
        meant === undefined
          ? nothing
          : html`<button part="button" type="button" class="fix" @click=${(event: Event) => {
              context.onNumber(question, formatNumber(meant, lang));
              ((event.target as HTMLElement).parentElement?.querySelector('input') as HTMLInputElement | null)?.focus();
            }}>${t.useAmount(t.won(formatNumber(meant, lang)))}</button>`
      }
      <p class="value" id="value-${question.id}">${live}</p>
    </div>
  `;
}

/** A question as a form control: a radio or checkbox group in a fieldset, or a labelled text field for numbers. */
export const renderQuestion = (question: Question, context: QuestionContext): TemplateResult =>
  question.type === 'number' ? renderNumber(question, context) : renderChoice(question, context);
