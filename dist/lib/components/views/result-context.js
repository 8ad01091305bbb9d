import { html } from 'lit';
import { pick, formatNumber } from '../i18n/localize.js';
import { keepCodes } from './keep-codes.js';

function scoreLine(assessment, rubric, t, lang) {
  const n = (value) => formatNumber(value, lang);
  if (!assessment.bonus) return t.score(n(assessment.total), n(assessment.max));
  const bonuses = rubric.categories.filter((category) => category.bonus && assessment.categories[category.id]);
  const bonusLabel = bonuses.map((category) => pick(category.label, lang)).join(t.listSeparator);
  const withBonus = assessment.max + bonuses.reduce((sum, category) => sum + category.max, 0);
  return t.scoreParts(
    n(assessment.total - assessment.bonus),
    n(assessment.bonus),
    bonusLabel,
    n(assessment.total),
    n(assessment.total > assessment.max ? withBonus : assessment.max)
  );
}
const labelled = (label, value, t) => `${label}${/[?？.。:：]$/.test(label) ? " " : t.colon}${value}`;
const link = (url, text, t) => url && /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${keepCodes(text)}</a>` : url ? [keepCodes(text), t.paren(url)] : keepCodes(text);

export { labelled, link, scoreLine };
