import { nothing, html } from 'lit';
import { parameter } from '../rubric/conditions.js';
import { pick, formatNumber } from './localize.js';
import { keepCodes } from './keep-codes.js';
import { meantFor } from './money.js';

function describeNumber(question, value, lang, t, rubric) {
  if (question.unit === "years") return t.years(formatNumber(value, lang));
  const amount = t.won(formatNumber(value, lang, 0));
  const scale = question.scale === void 0 ? void 0 : parameter(rubric, question.scale);
  return scale ? `${amount} ${t.gni(formatNumber(Math.floor(value * 10 / scale.value) / 10, lang, 1), pick(scale.label, lang), scale.year)}` : amount;
}
const helpAndError = (question, context) => html` ${question.help ? html`<p class="help" id="help-${question.id}">${pick(question.help, context.lang)}</p>` : nothing} ${context.error ? html`<p class="field-error" id="error-${question.id}"><span class="sr">${context.t.errorPrefix} </span>${context.error}</p>` : nothing} `;
const describedBy = (question, context, extra = "") => [question.help ? `help-${question.id}` : "", context.error ? `error-${question.id}` : "", extra].filter(Boolean).join(" ") || nothing;
const short = (question, lang) => question.options.length <= 3 && question.options.every((option) => !option.help && pick(option.label, lang).length <= 12);
function renderChoice(question, context) {
  const multi = question.type === "multi";
  return html` <fieldset part="question" class="${context.error ? "question invalid" : "question"}" aria-describedby="${describedBy(question, context)}"><legend id="q-${question.id}">${pick(question.label, context.lang)}</legend>${helpAndError(question, context)}<div class="${short(question, context.lang) ? "options short" : "options"}">${question.options.map(
    (option) => html` <label class="option"><input type="${multi ? "checkbox" : "radio"}" name="${question.id}" value="${option.id}" aria-describedby="${option.help ? `help-${question.id}-${option.id}` : nothing}" @change="${(event) => context.onChoice(question, option.id, event.target.checked)}"> <span>${keepCodes(pick(option.label, context.lang))} ${option.help ? (
      // Hidden from the option's name, read once as its description (aria-describedby reaches hidden text).
      html`<small id="help-${question.id}-${option.id}" aria-hidden="true">${pick(option.help, context.lang)}</small>`
    ) : nothing}</span></label> `
  )}</div></fieldset> `;
}
function renderNumber(question, context) {
  const { answer, lang, t } = context;
  const live = typeof answer === "number" ? describeNumber(question, answer, lang, t, context.rubric) : "";
  const meant = context.error && question.unit === "KRW" && context.typed ? meantFor(context.typed, lang)?.amount : void 0;
  return html` <div part="question" class="${context.error ? "question invalid" : "question"}"><label for="q-${question.id}">${pick(question.label, lang)}</label> ${helpAndError(question, context)} <input id="q-${question.id}" name="${question.id}" type="text" inputmode="decimal" autocomplete="off" class="${question.unit === "KRW" ? "money" : "short"}" aria-invalid="${context.error ? "true" : "false"}" aria-describedby="${describedBy(question, context, `value-${question.id}`)}" .value="${context.typed ?? (typeof answer === "number" ? formatNumber(answer, lang) : "")}" @input="${(event) => context.onNumber(question, event.target.value)}" @change="${(event) => context.onNumberDone(question, event.target.value)}"> ${meant === void 0 ? nothing : html`<button part="button" type="button" class="fix" @click="${(event) => {
    context.onNumber(question, formatNumber(meant, lang));
    event.target.parentElement?.querySelector("input")?.focus();
  }}">${t.useAmount(t.won(formatNumber(meant, lang)))}</button>`}<p class="value" id="value-${question.id}">${live}</p></div> `;
}
const renderQuestion = (question, context) => question.type === "number" ? renderNumber(question, context) : renderChoice(question, context);

export { describeNumber, renderQuestion };
