// The summary card that opens the result: verdict, route, points, what
// weighs most, how sure, next step.
import { html, nothing, type TemplateResult } from 'lit';
import { questionsById } from '../rubric/assess.js';
import { own } from '../rubric/own.js';
import type { Assessment, Pathway, Question } from '../rubric/types.js';
import { formatNumber, pick } from './localize.js';
import { closeCalls, renderGap, traced } from './render-routes.js';
import { describeAnswer, link, points, type ResultContext } from './result-context.js';

function renderScoreBar(assessment: Assessment, context: ResultContext): TemplateResult {
  const { t, lang, rubric } = context;
  const bonusMax = rubric.categories.reduce((sum, category) => sum + (category.bonus ? category.max : 0), 0);
  const scale = rubric.total + bonusMax;
  const percent = (points: number) => `${(Math.min(Math.max(points, 0), scale) * 100) / scale}%`;
  // An SVG bar sized by attributes in percent of its box, not a style
  // attribute: strict CSP blocks inline styles.
  return html`<svg class="bar" role="img"
    aria-label="${points(assessment, t, lang)}; ${t.passMark(formatNumber(assessment.passMark, lang))}">
    <rect x="0" y="17%" width="100%" height="66%"></rect>
    <rect class="fill" x="0" y="17%" width=${percent(assessment.total)} height="66%"></rect>
    <rect class="mark" x=${percent(assessment.passMark - 0.4)} y="0" width=${percent(0.8)} height="100%"></rect>
  </svg>`;
}

/**
 * The summary card (GOV.UK result pages, Singapore's COMPASS): the verdict,
 * the route met or the nearest one and exactly what it lacks, the points,
 * the answers that weigh most, how sure the estimate is, and the next step.
 */
export function renderSummary(context: ResultContext, routes: Pathway[], stillMet: Pathway[]): TemplateResult {
  const { rubric, assessment, lang, t } = context;
  const n = (value: number) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const met = routes.filter((pathway) => assessment.pathways[pathway.id]);
  // The nearest route: the fewest conditions missing, among routes with at
  // least one met (a route with none met is no nearer for being short); the
  // rubric's order breaks ties.
  const distance = ({ parts, missing }: ReturnType<typeof traced>) => missing.length + (missing.length === parts.length ? 99 : 0);
  const nearest = met.length ? undefined : routes.map((pathway) => ({ pathway, ...traced(pathway, context) })).sort((a, b) => distance(a) - distance(b))[0];
  const weighty = assessment.criteria
    .filter((criterion) => criterion.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3);
  // Close calls only where a route is met (or, with none, an alternative): elsewhere there is nothing to reverse.
  const close = [...(met.length ? met : stillMet).reduce((found, pathway) => closeCalls(traced(pathway, context).node, context, found), new Map<string, string>()).values()];
  const margin = assessment.total - assessment.passMark;
  if (margin >= 0 && margin < 3) close.push(t.closeToPass(n(margin)));
  const next = met[0]?.next?.[0];
  return html`<div part="score" class=${met.length ? 'card met' : 'card'}>
    <p class="verdict"><strong>${assessment.eligible ? t.mayQualify : t.notYet}</strong></p>
    ${met.length ? html`<p>${t.via}${t.colon}${met.map((pathway) => pick(pathway.label, lang)).join(t.listSeparator)}</p>` : nothing}
    ${stillMet.length ? html`<p>${t.stillGet}${t.colon}${stillMet.map((pathway) => pick(pathway.label, lang)).join(t.listSeparator)}</p>` : nothing}
    ${nearest ? html`<p>${t.nearest}${t.colon}${pick(nearest.pathway.label, lang)}${t.period}${t.missingNow}</p><ul class="gaps">${nearest.missing.map((part) => renderGap(part, context))}</ul>` : nothing}
    <p><b class="total">${n(assessment.total - assessment.bonus)}</b> / ${n(assessment.max)}
      ${assessment.bonus ? t.withBonus(n(assessment.bonus)) : nothing} · ${t.passMark(n(assessment.passMark))}</p>
    ${renderScoreBar(assessment, context)}
    <ul class="cats">
      ${rubric.categories.map((category) => html`<li>${pick(category.label, lang)} <strong>${n(assessment.categories[category.id] ?? 0)} / ${n(category.max)}</strong></li>`)}
    </ul>
    ${weighty.length
      ? html`<p><strong>${t.weighMost}</strong>${t.colon}${weighty.map((criterion) => t.weighItem(describeAnswer(questions.get(criterion.id) as Question, own(assessment.answers, criterion.id), context), n(criterion.points))).join(t.listSeparator)}</p>`
      : nothing}
    <p><strong>${t.howSure}</strong>${t.colon}${[...close, pick(rubric.passMark.assumption, lang)].filter(Boolean).join(t.sentenceSeparator)}</p>
    ${next ? html`<p><strong>${t.nextSteps}</strong>${t.colon}${link(next.url, pick(next.text, lang), t)}</p>` : nothing}
  </div>`;
}
