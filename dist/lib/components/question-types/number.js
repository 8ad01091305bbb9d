import { html, nothing } from 'lit';
import { parameter } from '../../rubric/conditions.js';
import { own } from '../../rubric/own.js';
import { pick, formatNumber } from '../i18n/localize.js';
import { renderDidYouMean } from './did-you-mean.js';
import { helpAndError, describedBy } from './field.js';

function describeNumber(question, answer, { lang, t, rubric }) {
  const value = answer;
  if (question.unit === "years") return t.years(formatNumber(value, lang));
  if (question.unit === "age") return t.age(formatNumber(value, lang));
  const amount = t.won(formatNumber(value, lang, 0));
  const scale = question.scale === void 0 ? void 0 : parameter(rubric, question.scale);
  return scale ? `${amount} ${t.gni(formatNumber(Math.floor(value * 10 / scale.value) / 10, lang, 1), pick(scale.label, lang), scale.year)}` : amount;
}
function renderNumber(question, context) {
  const { answer, lang, t } = context;
  const live = typeof answer === "number" ? describeNumber(question, answer, context) : "";
  return html` <div part="question" class="${context.error ? "question invalid" : "question"}"><label for="q-${question.id}">${pick(question.label, lang)}</label> ${helpAndError(question, context)} <input id="q-${question.id}" name="${question.id}" type="text" inputmode="decimal" autocomplete="off" class="${question.unit === "KRW" ? "money" : "short"}" aria-invalid="${context.error ? "true" : "false"}" aria-describedby="${describedBy(question, context, `value-${question.id}`)}" .value="${context.typed ?? (typeof answer === "number" ? formatNumber(answer, lang) : "")}" @input="${(event) => context.onNumber(question, event.target.value)}" @change="${(event) => context.onNumberDone(question, event.target.value)}"> ${renderDidYouMean(question, context.typed, context.error, lang, t, (field, text) => {
    context.onNumber(question, text);
    field?.focus();
  })}<p class="value" id="value-${question.id}">${live}</p></div> `;
}
function renderNumberWhatIf(question, context, label) {
  const { lang, t } = context;
  const answer = own(context.answers, question.id);
  const error = own(context.whatIfErrors, question.id);
  return html`<input type="text" inputmode="decimal" aria-labelledby="${label}" aria-invalid="${error ? "true" : "false"}" aria-describedby="${error ? `w-${question.id}` : nothing}" name="${question.id}" .value="${answer === void 0 ? "" : formatNumber(answer, lang)}" @change="${(event) => context.onWhatIf(question, event.target)}">${error ? html`<span class="field-error" id="w-${question.id}"><span class="sr">${t.errorPrefix} </span>${error}</span>` : nothing}${renderDidYouMean(
    question,
    own(context.whatIfTyped, question.id),
    error,
    lang,
    t,
    (field, text) => {
      if (!field) return;
      field.value = text;
      context.onWhatIf(question, field);
    }
  )}`;
}

export { describeNumber, renderNumber, renderNumberWhatIf };
