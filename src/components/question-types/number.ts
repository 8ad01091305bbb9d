// A number question (years, an age, a yearly salary in won) as people see it:
// its text field in a step, the answer in words, and its what-if field. How
// its text reads as a number is number-text.ts (the result view, which shows
// answers and never reads a step's text, does without it).
import { html, nothing, type TemplateResult } from 'lit';
import { parameter } from '../../rubric/conditions.js';
import { own } from '../../rubric/own.js';
import type { AnswerValue, NumberQuestion } from '../../rubric/types.js';
import { formatNumber, pick } from '../i18n/localize.js';
import type { ResultContext } from '../views/result-context.js';
import { renderDidYouMean } from './did-you-mean.js';
import { describedBy, helpAndError, type QuestionContext, type Wording } from './field.js';

/** The value of a number answer in words: "KRW 160,000,000 = 3.2× GNI per capita (2024)". */
export function describeNumber(question: NumberQuestion, answer: AnswerValue, { lang, t, rubric }: Wording): string {
  const value = answer as number;
  if (question.unit === 'years') return t.years(formatNumber(value, lang));
  if (question.unit === 'age') return t.age(formatNumber(value, lang));
  const amount = t.won(formatNumber(value, lang, 0));
  const scale = question.scale === undefined ? undefined : parameter(rubric, question.scale);
  // Floor to one decimal: 2.99x must never read as "3.0x", the threshold it misses.
  return scale
    ? `${amount} ${t.gni(formatNumber(Math.floor((value * 10) / scale.value) / 10, lang, 1), pick(scale.label, lang), scale.year)}`
    : amount;
}

/** The question in a step: a labelled text field, the answer in words below it, and the fix of a slip of the unit. */
export function renderNumber(question: NumberQuestion, context: QuestionContext): TemplateResult {
  const { answer, lang, t } = context;
  const live = typeof answer === 'number' ? describeNumber(question, answer, context) : '';
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
      ${renderDidYouMean(question, context.typed, context.error, lang, t, (field, text) => {
        context.onNumber(question, text);
        field?.focus();
      })}
      <p class="value" id="value-${question.id}">${live}</p>
    </div>
  `;
}

/** The what-if field on the result, labelled by the criterion's name (`label`, an element id). */
export function renderNumberWhatIf(question: NumberQuestion, context: ResultContext, label: string): TemplateResult {
  const { lang, t } = context;
  const answer = own(context.answers, question.id);
  const error = own(context.whatIfErrors, question.id);
  // The text stays while it is wrong (the bound value does not change): the person corrects it.
  return html`<input
      type="text"
      inputmode="decimal"
      aria-labelledby=${label}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `w-${question.id}` : nothing}
      name=${question.id}
      .value=${answer === undefined ? '' : formatNumber(answer as number, lang)}
      @change=${(event: Event) => context.onWhatIf(question, event.target as HTMLInputElement)}
    />${error ? html`<span class="field-error" id="w-${question.id}"><span class="sr">${t.errorPrefix} </span>${error}</span>` : nothing}${renderDidYouMean(
      question,
      own(context.whatIfTyped, question.id),
      error,
      lang,
      t,
      (field, text) => {
        if (!field) return;
        field.value = text;
        context.onWhatIf(question, field);
      },
    )}`;
}
