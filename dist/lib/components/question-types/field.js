import { nothing, html } from 'lit';
import { pick } from '../i18n/localize.js';

const helpAndError = (question, context) => html` ${question.help ? html`<p class="help" id="help-${question.id}">${pick(question.help, context.lang)}</p>` : nothing} ${context.error ? html`<p class="field-error" id="error-${question.id}"><span class="sr">${context.t.errorPrefix} </span>${context.error}</p>` : nothing} `;
const describedBy = (question, context, extra = "") => [question.help ? `help-${question.id}` : "", context.error ? `error-${question.id}` : "", extra].filter(Boolean).join(" ") || nothing;
const short = (question, lang) => question.options.length <= 3 && question.options.every((option) => !option.help && pick(option.label, lang).length <= 12);

export { describedBy, helpAndError, short };
