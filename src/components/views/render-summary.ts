// The summary card that opens the result: the routes met or the nearest one
// and what it takes, the score, what weighs most, how sure, and a next step
// for every outcome.
import { html, nothing, type TemplateResult } from 'lit';
import { nearestRoute, type RouteOutlook } from '../../rubric/advice.js';
import { questionsById } from '../../rubric/assess.js';
import { holds } from '../../rubric/conditions.js';
import { own } from '../../rubric/own.js';
import type { NextStep, Pathway, Question } from '../../rubric/types.js';
import { formatNumber, pick } from '../i18n/localize.js';
import { keepCodes } from './keep-codes.js';
import { closeCalls, renderGap, shownGaps, traced } from './render-routes.js';
import { describeAnswer } from '../question-types/index.js';
import { labelled, link, scoreLine, type ResultContext } from './result-context.js';

/**
 * The score bar: full width is the most this applicant can reach (the base
 * maximum, plus the bonus they have), the tick at the pass mark. Hidden from
 * screen readers: the score line beside it says the same once.
 */
function renderScoreBar(context: ResultContext): TemplateResult {
  const { assessment } = context;
  const scale = Math.max(assessment.max + assessment.bonus, assessment.passMark, 1);
  const percent = (points: number) => `${(Math.min(Math.max(points, 0), scale) * 100) / scale}%`;
  // An SVG bar sized by attributes in percent of its box, not a style
  // attribute: strict CSP blocks inline styles.
  return html`<svg class="bar" aria-hidden="true" focusable="false">
    <rect x="0" y="17%" width="100%" height="66%"></rect>
    <rect class="fill" x="0" y="17%" width=${percent(assessment.total)} height="66%"></rect>
    <rect class="mark" x=${percent(assessment.passMark - 0.4)} y="0" width=${percent(0.8)} height="100%"></rect>
  </svg>`;
}

/** The first of a route's next steps that applies to these answers (in Korea, or abroad). */
export function firstStep(route: Pathway | undefined, context: ResultContext): NextStep | undefined {
  return route?.next?.find(
    (step) => !step.when || holds(step.when, { rubric: context.rubric, answers: context.asked }),
  );
}

/** Alternatives met that the rubric lets lead here (the job-seeker tier only without an offer). */
const leadingAlternatives = ({ rubric, assessment, asked }: ResultContext): Pathway[] =>
  rubric.pathways.filter(
    (route) =>
      route.alternative &&
      assessment.pathways[route.id] &&
      (!route.leadsWhen || holds(route.leadsWhen, { rubric, answers: asked })),
  );

/** The routes met, alternatives aside. */
const metRoutes = ({ rubric, assessment }: ResultContext): Pathway[] =>
  rubric.pathways.filter((route) => !route.alternative && assessment.pathways[route.id]);

/** Routes are met, and every one rests on an assumption (a reported track: its visa step is ours). */
export function reportedOnly(context: ResultContext): boolean {
  const met = metRoutes(context);
  return met.length > 0 && met.every((route) => route.assumption);
}

/**
 * Where every route met rests on an assumption (a reported track), the
 * official alternatives also met and leading here: said beside it, so the
 * applicant learns the route the published texts do give them (E-7-T beside
 * the qualitative track). None where no route is met or one is official.
 */
export const alsoMet = (context: ResultContext): Pathway[] =>
  reportedOnly(context) ? leadingAlternatives(context).filter((route) => !route.assumption) : [];

/**
 * The summary card (GOV.UK result pages, Singapore's COMPASS). Every outcome
 * ends with a next step: a route met, its first step; only an alternative
 * that leads (the job-seeker tier without an offer), its step; nothing, the
 * one or two changeable gaps of the nearest open route and where else to look.
 */
export function renderSummary(context: ResultContext, outlooks: readonly RouteOutlook[]): TemplateResult {
  const { rubric, assessment, lang, t } = context;
  const n = (value: number) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const byId = new Map(rubric.pathways.map((route) => [route.id, route]));
  const met = metRoutes(context);
  // One leads only when no route is met.
  const leading = met.length ? [] : leadingAlternatives(context);
  const through = met.length ? [...met, ...alsoMet(context)] : [];
  const nearest = met.length ? undefined : nearestRoute(outlooks);
  const gaps = nearest ? shownGaps(nearest).slice(0, 2) : [];
  const weighty = assessment.criteria
    .filter((criterion) => criterion.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 2);
  // Close calls only where a route is met (or an alternative leads): elsewhere there is nothing to reverse.
  const close = [
    ...(met.length ? met : leading)
      .reduce((found, route) => closeCalls(traced(route, context).node, context, found), new Map<string, string>())
      .values(),
  ];
  const margin = assessment.total - assessment.passMark;
  // Only for a score that decides: not while a question asked has no answer (a what-if that asks one).
  if (assessment.complete && margin >= 0 && margin < 3) close.push(t.closeToPass(n(margin), margin));
  const step = firstStep(met[0] ?? leading[0], context);
  const scope = !assessment.eligible && rubric.scope;
  return html`<div part="score" class=${met.length ? 'card met' : 'card'}>
    ${through.length ? html`<p>${t.via}${t.colon}${through.map((route, index) => [index ? t.listSeparator : '', keepCodes(pick(route.label, lang))])}</p>` : nothing}
    ${leading.length ? html`<p>${t.stillGet}${t.colon}${leading.map((route, index) => [index ? t.listSeparator : '', keepCodes(pick(route.label, lang))])}</p>` : nothing}
    ${
      nearest
        ? html`<p>${t.nearest}${t.colon}${keepCodes(pick(byId.get(nearest.id)?.label, lang))}${t.period}${t.missingNow}</p>
          <ul class="gaps">
            ${gaps.map((gap) => renderGap(gap, context))}
          </ul>`
        : nothing
    }
    <p><b class="total">${scoreLine(assessment, rubric, t, lang)}</b> · ${t.passMark(n(assessment.passMark))}</p>
    ${renderScoreBar(context)}
    <ul class="cats">
      ${rubric.categories.map((category) => html`<li>${pick(category.label, lang)} <strong>${n(assessment.categories[category.id] ?? 0)} / ${n(category.max)}</strong></li>`)}
    </ul>
    ${
      weighty.length
        ? html`<p>
          <strong>${t.weighMost}</strong>${t.colon}${weighty
            .map((criterion) => {
              const question = questions.get(criterion.id) as Question;
              const answer = describeAnswer(question, own(assessment.answers, criterion.id), context);
              return t.weighItem(
                labelled(pick(question.label, lang), answer, t),
                n(criterion.points),
                criterion.points,
              );
            })
            .join(t.listSeparator)}
        </p>`
        : nothing
    }
    <p><strong>${t.howSure}</strong>${t.colon}${keepCodes([...close, pick(rubric.passMark.assumption, lang)].filter(Boolean).join(t.sentenceSeparator))}</p>
    ${step ? html`<p><strong>${t.nextStep}</strong>${t.colon}${link(step.url, pick(step.text, lang), t)}</p>` : nothing}
    ${
      scope
        ? html`<p class="scope">
          ${keepCodes(pick(scope.text, lang))}
          ${scope.links
            .filter((entry) => !entry.when || holds(entry.when, { rubric, answers: context.asked }))
            .map((entry, index) => [index ? ' · ' : ' ', link(entry.url, pick(entry.text, lang), t)])}
        </p>`
        : nothing
    }
  </div>`;
}
