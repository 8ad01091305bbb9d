import { html } from 'lit';
import { byId } from '../rubric/by-id.js';
import { formatNumber, pick } from './localize.js';
import { describeNumber } from './render-question.js';

function describeAnswer(question, answer, context) {
  if (answer === void 0) return context.t.optional;
  if (question.type === "number") return describeNumber(question, answer, context.lang, context.t, context.rubric);
  return pick(byId(question.options).get(answer)?.label, context.lang);
}
const points = (assessment, t, lang) => `${t.score(formatNumber(assessment.total - assessment.bonus, lang), formatNumber(assessment.max, lang))}${assessment.bonus ? `${t.comma}${t.withBonus(formatNumber(assessment.bonus, lang))}` : ""}`;
const link = (url, text, t) => url && /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${text}</a>` : url ? `${text}${t.paren(url)}` : text;

export { describeAnswer, link, points };
