// The routes of the result: each route as a checklist of its conditions
// in words with the applicant's own answers, what is missing, and the
// thresholds met by a hair.
import { html, nothing, type TemplateResult } from 'lit';
import { questionsById, scoresOf } from '../../rubric/assess.js';
import { own } from '../../rubric/own.js';
import { holds, parameter, threshold, trace, type ConditionTrace } from '../../rubric/conditions.js';
import type { Condition, Pathway, Question, Rubric } from '../../rubric/types.js';
import { formatNumber, pick } from '../i18n/localize.js';
import { keepCodes } from './keep-codes.js';
import type { RouteGap, RouteOutlook } from '../../rubric/advice.js';
import { describeAnswer } from '../question-types/index.js';
import { labelled, link, type ResultContext } from './result-context.js';
import { later } from './later.js';

type NumberCondition = Extract<Condition, { times?: string }>;

/** A condition on one answer or one score, in words, with the applicant's own answer. */
function conditionText(
  condition: Exclude<Condition, { all: Condition[] } | { any: Condition[] }>,
  context: ResultContext,
): string {
  const { t, lang, rubric } = context;
  if ('score' in condition)
    return t.atLeast(
      scoreLabel(condition.score, context),
      t.points(formatNumber(scoreNeeded(condition, rubric), lang)),
    );
  const question = questionsById(rubric).get(condition.question) as Question;
  const label = pick(question.label, lang);
  const options = 'in' in condition ? condition.in : 'includes' in condition ? condition.includes : undefined;
  const text = options
    ? labelled(label, options.map((option) => describeAnswer(question, option, context)).join(t.or), t)
    : t.atLeast(
        label,
        describeAnswer(
          question,
          threshold(rubric, (condition as NumberCondition).atLeast, (condition as NumberCondition).times),
          context,
        ),
      );
  // A question not asked (the years since a doctorate, for a bachelor) has no answer to show.
  return context.assessment.asked.includes(question.id)
    ? `${text}${t.paren(t.yourAnswer(describeAnswer(question, own(context.asked, question.id), context)))}`
    : text;
}

const scoreLabel = (score: string, { t, lang, rubric }: ResultContext) =>
  score === 'total' ? t.totalScore : pick(rubric.categories.find((category) => category.id === score)?.label, lang);
const scoreNeeded = (condition: { atLeast: number | 'passMark' }, rubric: Rubric) =>
  condition.atLeast === 'passMark' ? rubric.passMark.value : condition.atLeast;

function renderTrace(node: ConditionTrace, context: ResultContext): TemplateResult {
  const { t } = context;
  const condition = node.condition;
  if ('all' in condition || 'any' in condition) {
    return html`<li>${'all' in condition ? t.allOf : t.anyOf}<ul>${node.parts?.map((part) => renderTrace(part, context))}</ul></li>`;
  }
  return html`<li class=${node.holds ? 'met' : 'unmet'}><b aria-hidden="true">${node.holds ? '✓' : '✗'}</b> <span class="sr">${node.holds ? t.met : t.missing}${t.colon}</span>${keepCodes(conditionText(condition, context))}</li>`;
}

/** The gaps worth showing: not those of questions not asked (their askedWhen gap says it), the cheapest first. */
export const shownGaps = (outlook: RouteOutlook): RouteGap[] =>
  outlook.gaps.filter((gap) => !gap.unasked).sort((a, b) => a.effort - b.effort);

/** How a gap can close, in words; nothing for one that cannot. */
export const howToClose = (gap: RouteGap, context: ResultContext): string => {
  const { t } = context;
  const words =
    gap.changeable === 'time'
      ? t.byTime
      : gap.changeable === 'offer'
        ? t.byOffer
        : gap.changeable === 'action'
          ? t.byAction
          : '';
  return words && t.paren(words);
};

/**
 * One thing a route lacks, as exactly as the answers allow, and how it can
 * come to be met: "12 points short of the pass mark (up to you)", "Annual
 * salary: KRW 5,000,000 below 3× GNI per capita (a better or another offer)",
 * "Needs a job offer from a company or institution in Korea".
 */
export function renderGap(gap: RouteGap, context: ResultContext): TemplateResult {
  const { t, lang, rubric } = context;
  const condition = gap.condition;
  const n = (value: number) => formatNumber(value, lang);
  const how = howToClose(gap, context);
  if ('score' in condition) {
    const needed = scoreNeeded(condition, rubric);
    const short = gap.short ?? 0;
    return html`<li>${keepCodes(t.pointsShort(n(short), condition.score === 'total' && condition.atLeast === 'passMark' ? t.thePassMark : `${scoreLabel(condition.score, context)} ${t.points(n(needed))}`, short))}${how}</li>`;
  }
  const question = questionsById(rubric).get(condition.question) as Question;
  const label = pick(question.label, lang);
  if ('atLeast' in condition && question.type === 'number' && gap.short !== undefined) {
    const scale = condition.times === undefined ? undefined : parameter(rubric, condition.times);
    const amount = question.unit === 'KRW' ? t.won(formatNumber(gap.short, lang, 0)) : t.years(n(gap.short));
    return html`<li>${keepCodes(t.below(label, amount, scale ? t.times(n(condition.atLeast), pick(scale.label, lang)) : describeAnswer(question, condition.atLeast, context)))}${how}</li>`;
  }
  // The options that would do are in the route's details: here, what to change. A question's own
  // words for what is needed ("Needs a job offer…") say how it is met: no "(a better or another offer)".
  if (question.needs) return html`<li>${keepCodes(pick(question.needs, lang))}</li>`;
  return html`<li>${keepCodes(`${label}${t.paren(t.yourAnswer(describeAnswer(question, own(context.asked, question.id), context)))}`)}${how}</li>`;
}

/** The conditions a route lists, traced, and those of them not met. */
export function traced(route: Pathway, context: ResultContext) {
  const { rubric, assessment, asked } = context;
  const node = trace(route.when, { rubric, answers: asked, scores: scoresOf(assessment) });
  // The conditions as the rule lists them: the parts of an "all" (or "any"), or the one condition.
  const parts = 'all' in route.when || 'any' in route.when ? (node.parts ?? []) : [node];
  const missing = 'all' in route.when ? parts.filter((part) => !part.holds) : node.holds ? [] : [node];
  return { node, parts, missing };
}

/**
 * Numeric thresholds an answer meets with less than 1 % to spare, among the
 * conditions that decide a route met: a small change in pay or in the GNI
 * figure would reverse them. Only conditions whose failing would fail the
 * route count: every part of an "all", and the part of an "any" that alone
 * holds (when two hold, either is enough).
 */
export function closeCalls(
  node: ConditionTrace,
  context: ResultContext,
  found: Map<string, string>,
): Map<string, string> {
  const { rubric, asked: answers, lang, t } = context;
  const condition = node.condition;
  if (!node.holds) return found;
  const holding = node.parts?.filter((part) => part.holds) ?? [];
  if ('all' in condition) holding.forEach((part) => closeCalls(part, context, found));
  else if ('any' in condition) holding.length === 1 && closeCalls(holding[0] as ConditionTrace, context, found);
  else if ('atLeast' in condition && 'question' in condition && !('score' in condition)) {
    const needed = threshold(rubric, condition.atLeast, condition.times);
    const scale = condition.times === undefined ? undefined : parameter(rubric, condition.times);
    const question = questionsById(rubric).get(condition.question) as Question;
    if ((own(answers, question.id) as number) < needed * 1.01) {
      // The threshold with its unit ("8 years"), or the multiple it stands for ("3× GNI per capita").
      found.set(
        `${question.id}${needed}`,
        t.closeCall(
          pick(question.label, lang),
          scale
            ? t.times(formatNumber(condition.atLeast, lang), pick(scale.label, lang))
            : describeAnswer(question, needed, context),
        ),
      );
    }
  }
  return found;
}

/**
 * One route as a short checklist: met or not and how many of its
 * conditions are met; the status, every condition, its official basis and,
 * when met, what to do next are one click away (eight routes in full were
 * pages long on a phone).
 */
export function renderRoute(route: Pathway, outlook: RouteOutlook | undefined, context: ResultContext): TemplateResult {
  const { rubric, lang, t } = context;
  const { node, parts } = traced(route, context);
  const closed = outlook?.standing === 'closed';
  const sources = (route.sources ?? [])
    .map((id) => rubric.sources.find((source) => source.id === id))
    .filter((source) => source !== undefined);
  const n = (value: number) => formatNumber(value, lang);
  return html`<li part="pathway" class=${node.holds ? 'pathway met' : 'pathway'}>
    <details>
      <summary><b>${keepCodes(pick(route.label, lang))}<span class="status">${t.paren(node.holds ? t.met : closed ? t.notOpen : t.notMet)}</span></b> ·
        ${'any' in route.when ? t.anyOf : t.conditions(n(parts.filter((part) => part.holds).length), n(parts.length))}</summary>
      ${later(
        context,
        () => html`${route.status ? html`<p><strong>${keepCodes(t.leadsTo(pick(route.status, lang)))}</strong></p>` : nothing}
      <p>${keepCodes(pick(route.description, lang))}</p>
      <ul>${parts.map((part) => renderTrace(part, context))}</ul>
      ${
        route.basis
          ? html`<p class="help">${keepCodes(t.basis(pick(route.basis, lang)))}${sources.map((source, index) => html`${index ? t.listSeparator : ' · '}${link(source.url, pick(source.publisher, lang), t)}${source.date ? `${t.comma}${source.date}` : ''}`)}</p>`
          : nothing
      }
      ${route.assumption ? html`<p class="help">${keepCodes(pick(route.assumption, lang))}</p>` : nothing}
      ${
        outlook?.standing === 'open' && shownGaps(outlook).length
          ? html`<p>${t.missingNow}</p><ul class="gaps">${shownGaps(outlook).map((gap) => renderGap(gap, context))}</ul>`
          : nothing
      }
      ${
        node.holds && route.next?.length
          ? html`<p><strong>${t.nextSteps}</strong></p><ol>${route.next
              .filter((step) => !step.when || holds(step.when, { rubric, answers: context.asked }))
              .map((step) => html`<li>${link(step.url, pick(step.text, lang), t)}</li>`)}</ol>`
          : nothing
      }`,
      )}
    </details>
  </li>`;
}
