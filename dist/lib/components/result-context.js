import { html } from 'lit';
import { byId } from '../rubric/by-id.js';
import { pick, formatNumber } from './localize.js';
import { describeNumber } from './render-question.js';

function describeAnswer(question, answer, context) {
  if (answer === void 0) return context.t.optional;
  if (question.type === "number")
    return describeNumber(question, answer, context.lang, context.t, context.rubric);
  const options = byId(question.options);
  return (Array.isArray(answer) ? answer : [answer]).map((id) => pick(options.get(id)?.label, context.lang)).join(context.t.listSeparator);
}
function scoreLine(assessment, rubric, t, lang) {
  const n = (value) => formatNumber(value, lang);
  if (!assessment.bonus) return t.score(n(assessment.total), n(assessment.max));
  const bonusLabel = rubric.categories.filter((category) => category.bonus && assessment.categories[category.id]).map((category) => pick(category.label, lang)).join(t.listSeparator);
  return t.scoreParts(
    n(assessment.total - assessment.bonus),
    n(assessment.bonus),
    bonusLabel,
    n(assessment.total),
    n(assessment.max)
  );
}
const labelled = (label, value, t) => `${label}${/[?？.。:：]$/.test(label) ? " " : t.colon}${value}`;
const link = (url, text, t) => url && /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${text}</a>` : url ? `${text}${t.paren(url)}` : text;

export { describeAnswer, labelled, link, scoreLine };
