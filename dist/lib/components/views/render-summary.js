import { nothing, html } from 'lit';
import { nearestRoute } from '../../rubric/advice.js';
import { holds } from '../../rubric/conditions.js';
import { own } from '../../rubric/own.js';
import { questionsById } from '../../rubric/assess/asked.js';
import { pick, formatNumber } from '../i18n/localize.js';
import { keepCodes } from './keep-codes.js';
import { shownGaps, closeCalls, traced, renderGap } from './render-routes.js';
import { describeAnswer } from '../question-types/index.js';
import { scoreLine, labelled, link } from './result-context.js';

function renderScoreBar(context) {
  const { assessment } = context;
  const scale = Math.max(assessment.max + assessment.bonus, assessment.passMark, 1);
  const percent = (points) => `${Math.min(Math.max(points, 0), scale) * 100 / scale}%`;
  return html`<svg class="bar" aria-hidden="true" focusable="false"><rect x="0" y="17%" width="100%" height="66%"></rect><rect class="fill" x="0" y="17%" width="${percent(assessment.total)}" height="66%"></rect><rect class="mark" x="${percent(assessment.passMark - 0.4)}" y="0" width="${percent(0.8)}" height="100%"></rect></svg>`;
}
function firstStep(route, context) {
  return route?.next?.find(
    (step) => !step.when || holds(step.when, { rubric: context.rubric, answers: context.asked })
  );
}
const leadingAlternatives = ({ rubric, assessment, asked }) => rubric.pathways.filter(
  (route) => route.alternative && assessment.pathways[route.id] && (!route.leadsWhen || holds(route.leadsWhen, { rubric, answers: asked }))
);
const metRoutes = ({ rubric, assessment }) => rubric.pathways.filter((route) => !route.alternative && assessment.pathways[route.id]);
function reportedOnly(context) {
  const met = metRoutes(context);
  return met.length > 0 && met.every((route) => route.assumption);
}
const alsoMet = (context) => reportedOnly(context) ? leadingAlternatives(context).filter((route) => !route.assumption) : [];
function renderSummary(context, outlooks) {
  const { rubric, assessment, lang, t } = context;
  const n = (value) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const byId = new Map(rubric.pathways.map((route) => [route.id, route]));
  const met = metRoutes(context);
  const leading = met.length ? [] : leadingAlternatives(context);
  const through = met.length ? [...met, ...alsoMet(context)] : [];
  const nearest = met.length ? void 0 : nearestRoute(outlooks);
  const gaps = nearest ? shownGaps(nearest).slice(0, 2) : [];
  const weighty = assessment.criteria.filter((criterion) => criterion.points > 0).sort((a, b) => b.points - a.points).slice(0, 2);
  const close = [
    ...(met.length ? met : leading).reduce((found, route) => closeCalls(traced(route, context).node, context, found), /* @__PURE__ */ new Map()).values()
  ];
  const margin = assessment.total - assessment.passMark;
  if (assessment.complete && margin >= 0 && margin < 3) close.push(t.closeToPass(n(margin), margin));
  const step = firstStep(met[0] ?? leading[0], context);
  const scope = !assessment.eligible && rubric.scope;
  return html`<div part="score" class="${met.length ? "card met" : "card"}">${through.length ? html`<p>${t.via}${t.colon}${through.map((route, index) => [index ? t.listSeparator : "", keepCodes(pick(route.label, lang))])}</p>` : nothing} ${leading.length ? html`<p>${t.stillGet}${t.colon}${leading.map((route, index) => [index ? t.listSeparator : "", keepCodes(pick(route.label, lang))])}</p>` : nothing} ${nearest ? html`<p>${t.nearest}${t.colon}${keepCodes(pick(byId.get(nearest.id)?.label, lang))}${t.period}${t.missingNow}</p><ul class="gaps">${gaps.map((gap) => renderGap(gap, context))}</ul>` : nothing}<p><b class="total">${scoreLine(assessment, rubric, t, lang)}</b> · ${t.passMark(n(assessment.passMark))}</p>${renderScoreBar(context)}<ul class="cats">${rubric.categories.map((category) => html`<li>${pick(category.label, lang)} <strong>${n(assessment.categories[category.id] ?? 0)} / ${n(category.max)}</strong></li>`)}</ul>${weighty.length ? html`<p><strong>${t.weighMost}</strong>${t.colon}${weighty.map((criterion) => {
    const question = questions.get(criterion.id);
    const answer = describeAnswer(question, own(assessment.answers, criterion.id), context);
    return t.weighItem(
      labelled(pick(question.label, lang), answer, t),
      n(criterion.points),
      criterion.points
    );
  }).join(t.listSeparator)}</p>` : nothing}<p><strong>${t.howSure}</strong>${t.colon}${keepCodes([...close, pick(rubric.passMark.assumption, lang)].filter(Boolean).join(t.sentenceSeparator))}</p>${step ? html`<p><strong>${t.nextStep}</strong>${t.colon}${link(step.url, pick(step.text, lang), t)}</p>` : nothing} ${scope ? html`<p class="scope">${keepCodes(pick(scope.text, lang))} ${scope.links.filter((entry) => !entry.when || holds(entry.when, { rubric, answers: context.asked })).map((entry, index) => [index ? " \xB7 " : " ", link(entry.url, pick(entry.text, lang), t)])}</p>` : nothing}</div>`;
}

export { alsoMet, firstStep, renderSummary, reportedOnly };
