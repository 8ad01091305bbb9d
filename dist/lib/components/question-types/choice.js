import { nothing, html } from 'lit';
import { byId } from '../../rubric/by-id.js';
import { own } from '../../rubric/own.js';
import { keepCodes } from '../views/keep-codes.js';
import { pick } from '../i18n/localize.js';
import { describedBy, helpAndError, short } from './field.js';

function renderOptions(question, context) {
  const multi = question.type === "multi";
  return html` <fieldset part="question" class="${context.error ? "question invalid" : "question"}" aria-describedby="${describedBy(question, context)}"><legend id="q-${question.id}">${pick(question.label, context.lang)}</legend>${helpAndError(question, context)}<div class="${short(question, context.lang) ? "options short" : "options"}">${question.options.map(
    (option) => html` <label class="option"><input type="${multi ? "checkbox" : "radio"}" name="${question.id}" value="${option.id}" aria-describedby="${option.help ? `help-${question.id}-${option.id}` : nothing}" @change="${(event) => context.onChoice(question, option.id, event.target.checked)}"> <span>${keepCodes(pick(option.label, context.lang))} ${option.help ? (
      // Hidden from the option's name, read once as its description (aria-describedby reaches hidden text).
      html`<small id="help-${question.id}-${option.id}" aria-hidden="true">${pick(option.help, context.lang)}</small>`
    ) : nothing}</span></label> `
  )}</div></fieldset> `;
}
function describeOptions(question, answer, { lang, t }) {
  const options = byId(question.options);
  return (Array.isArray(answer) ? answer : [answer]).map((id) => pick(options.get(id)?.label, lang)).join(t.listSeparator);
}
const optionList = (question) => question.options.map((option) => option.id).join(", ");
function renderChoiceWhatIf(question, context, label) {
  const { lang, t } = context;
  const answer = own(context.answers, question.id);
  return html`<select aria-labelledby="${label}" name="${question.id}" @change="${(event) => context.onWhatIf(question, event.target)}">${answer === void 0 ? html`<option value="" selected="selected">${t.optional}</option>` : nothing} ${question.options.map((option) => html`<option value="${option.id}" ?selected="${option.id === answer}">${pick(option.label, lang)}</option>`)}</select>`;
}

export { describeOptions, optionList, renderChoiceWhatIf, renderOptions };
