import { html, nothing, type TemplateResult } from 'lit';
import { questionsById, scoresOf } from '../rubric/assess.js';
import { byId } from '../rubric/by-id.js';
import { own } from '../rubric/own.js';
import { parameter, threshold, trace, type ConditionTrace } from '../rubric/conditions.js';
import type { AnswerValue, Answers, Assessment, Condition, CriterionScore, Pathway, Question, Rubric } from '../rubric/types.js';
import { formatNumber, pick } from './localize.js';
import type { ScoreDetail } from './events.js';
import type { Messages } from './messages.js';
import { heading } from './heading.js';
import { likelyMeant, parseMoney } from './money.js';
import { describeNumber } from './render-question.js';

/** What the result view needs from the element. */
export interface ResultContext {
  rubric: Rubric;
  lang: string;
  t: Messages;
  assessment: ScoreDetail;
  answers: Answers;
  /** The assessment of the answers given; `assessment` differs from it while a what-if is tried. */
  real: ScoreDetail;
  /** Why a what-if field's text is not an answer, by question id. */
  whatIfErrors: Record<string, string>;
  /** What was typed into a what-if field that is not an answer, by question id. */
  whatIfTyped: Record<string, string>;
  /** The level of the result's heading; its sections are one below. */
  level: number;
  /** Question ids whose answer the host preset (not changeable here). */
  preset: ReadonlySet<string>;
  /** A preset answer in words, by question id. */
  presetNote: (id: string) => string;
  onWhatIf: (question: Question, field: HTMLInputElement | HTMLSelectElement) => void;
  onRestore: () => void;
  onChangeAnswers: () => void;
}

/** An answer in words, in the reader's language. */
export function describeAnswer(question: Question, answer: AnswerValue | undefined, context: Pick<ResultContext, 'rubric' | 'lang' | 't'>): string {
  if (answer === undefined) return context.t.optional;
  if (question.type === 'number') return describeNumber(question, answer as number, context.lang, context.t, context.rubric);
  return pick(byId(question.options).get(answer as string)?.label, context.lang);
}

const sign = (delta: number, lang: string) => `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${formatNumber(Math.abs(delta), lang)}`;

/** A condition on one answer or one score, in words, with the applicant's own answer. */
function conditionText(condition: Exclude<Condition, { all: Condition[] } | { any: Condition[] }>, context: ResultContext): string {
  const { t, lang, rubric } = context;
  if ('score' in condition) return t.atLeast(scoreLabel(condition.score, context), t.points(formatNumber(scoreNeeded(condition, rubric), lang)));
  const question = questionsById(rubric).get(condition.question) as Question;
  const label = pick(question.label, lang);
  const text =
    'in' in condition
      ? // A label that is a question ("Have you worked…?") reads on without a colon.
        `${label}${/[?？]$/.test(label) ? ' ' : t.colon}${condition.in.map((option) => describeAnswer(question, option, context)).join(t.or)}`
      : t.atLeast(label, describeAnswer(question, threshold(rubric, condition.atLeast, condition.times), context));
  return `${text}${t.paren(t.yourAnswer(describeAnswer(question, own(context.answers, question.id), context)))}`;
}

const scoreLabel = (score: string, { t, lang, rubric }: ResultContext) =>
  score === 'total' ? t.totalScore : pick(rubric.categories.find((category) => category.id === score)?.label, lang);
const scoreNeeded = (condition: { atLeast: number | 'passMark' }, rubric: Rubric) => (condition.atLeast === 'passMark' ? rubric.passMark.value : condition.atLeast);

function renderTrace(node: ConditionTrace, context: ResultContext): TemplateResult {
  const { t } = context;
  const condition = node.condition;
  if ('all' in condition || 'any' in condition) {
    return html`<li>${'all' in condition ? t.allOf : t.anyOf}<ul>${node.parts?.map((part) => renderTrace(part, context))}</ul></li>`;
  }
  return html`<li class=${node.holds ? 'met' : 'unmet'}><b aria-hidden="true">${node.holds ? '✓' : '✗'}</b> <span class="sr">${node.holds ? t.met : t.missing}${t.colon}</span>${conditionText(condition, context)}</li>`;
}

/**
 * What is missing for a condition that does not hold, as exactly as the
 * answers allow: "12 points short of the pass mark", "Annual salary: KRW
 * 5,000,000 below 3× GNI per capita"; a group of conditions in full.
 */
function renderGap(node: ConditionTrace, context: ResultContext): TemplateResult {
  const { t, lang, rubric, assessment } = context;
  const condition = node.condition;
  const n = (value: number) => formatNumber(value, lang);
  if ('score' in condition) {
    const needed = scoreNeeded(condition, rubric);
    const short = needed - (condition.score === 'total' ? assessment.total : (assessment.categories[condition.score] ?? 0));
    return html`<li>${t.pointsShort(n(short), condition.score === 'total' && condition.atLeast === 'passMark' ? t.thePassMark : `${scoreLabel(condition.score, context)} ${t.points(n(needed))}`)}</li>`;
  }
  if (!('question' in condition)) return renderTrace(node, context);
  const answer = own(context.answers, condition.question);
  const question = questionsById(rubric).get(condition.question) as Question;
  // The options that would do are in the route's details: here, what to change.
  if ('in' in condition) return html`<li>${pick(question.label, lang)}${t.paren(t.yourAnswer(describeAnswer(question, answer, context)))}</li>`;
  if (typeof answer === 'number' && question.type === 'number') {
    const scale = condition.times === undefined ? undefined : parameter(rubric, condition.times);
    const short = threshold(rubric, condition.atLeast, condition.times) - answer;
    const amount = question.unit === 'KRW' ? t.won(formatNumber(short, lang, 0)) : t.years(n(short));
    return html`<li>${t.below(pick(question.label, lang), amount, scale ? t.times(n(condition.atLeast), pick(scale.label, lang)) : describeAnswer(question, condition.atLeast, context))}</li>`;
  }
  return renderTrace(node, context);
}

/** The conditions a pathway lists, traced, and those of them not met. */
function traced(pathway: Pathway, context: ResultContext) {
  const { rubric, assessment, answers } = context;
  const node = trace(pathway.when, { rubric, answers, scores: scoresOf(assessment) });
  // The conditions as the rule lists them: the parts of an "all" (or "any"), or the one condition.
  const parts = 'all' in pathway.when || 'any' in pathway.when ? (node.parts ?? []) : [node];
  const missing = 'all' in pathway.when ? parts.filter((part) => !part.holds) : node.holds ? [] : [node];
  return { node, parts, missing };
}

/**
 * Numeric thresholds an answer meets with less than 1 % to spare, among the
 * conditions that decide a route met: a small change in pay or in the GNI
 * figure would reverse them. Only conditions whose failing would fail the
 * route count: every part of an "all", and the part of an "any" that alone
 * holds (when two hold, either is enough).
 */
function closeCalls(node: ConditionTrace, context: ResultContext, found: Map<string, string>): Map<string, string> {
  const { rubric, answers, lang, t } = context;
  const condition = node.condition;
  if (!node.holds) return found;
  const holding = node.parts?.filter((part) => part.holds) ?? [];
  if ('all' in condition) holding.forEach((part) => closeCalls(part, context, found));
  else if ('any' in condition) holding.length === 1 && closeCalls(holding[0] as ConditionTrace, context, found);
  else if ('atLeast' in condition && 'question' in condition) {
    const needed = threshold(rubric, condition.atLeast, condition.times);
    const scale = condition.times === undefined ? undefined : parameter(rubric, condition.times);
    if ((own(answers, condition.question) as number) < needed * 1.01) {
      found.set(
        `${condition.question}${needed}`,
        t.closeCall(pick(questionsById(rubric).get(condition.question)?.label, lang), scale ? t.times(formatNumber(condition.atLeast, lang), pick(scale.label, lang)) : formatNumber(needed, lang)),
      );
    }
  }
  return found;
}

function renderWhatIf(question: Question, context: ResultContext): TemplateResult {
  const { lang, t, answers } = context;
  const answer = own(answers, question.id);
  // Labelled by the criterion's name beside it (one accessible name, no extra string).
  const label = `c-${question.id}`;
  if (context.preset.has(question.id)) return html`<p class="preset">${context.presetNote(question.id)}</p>`;
  if (question.type === 'number') {
    const error = own(context.whatIfErrors, question.id);
    // A salary typed in millions ("150"): the steps' one-click fix, here too.
    const meant = error && question.unit === 'KRW' ? likelyMeant(parseMoney(own(context.whatIfTyped, question.id) ?? '')) : undefined;
    // The text stays while it is wrong (the bound value does not change): the person corrects it.
    return html`<input
        type="text"
        inputmode="decimal"
        aria-labelledby=${label}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `w-${question.id}` : nothing}
        name=${question.id}
        .value=${answer === undefined ? '' : formatNumber(answer as number, lang)}
        @change=${(event: Event) => context.onWhatIf(question, event.target as HTMLInputElement)}
      />${error ? html`<span class="field-error" id="w-${question.id}"><span class="sr">${t.errorPrefix} </span>${error}</span>` : nothing}${meant === undefined
        ? nothing
        : html`<button part="button" type="button" class="fix" @click=${(event: Event) => {
            const field = (event.target as HTMLElement).parentElement?.querySelector('input') as HTMLInputElement;
            field.value = formatNumber(meant, lang);
            context.onWhatIf(question, field);
          }}>${t.useAmount(t.won(formatNumber(meant, lang)))}</button>`}`;
  }
  return html`<select aria-labelledby=${label} name=${question.id} @change=${(event: Event) => context.onWhatIf(question, event.target as HTMLSelectElement)}>
    ${answer === undefined ? html`<option value="" selected>${t.optional}</option>` : nothing}
    ${question.options.map((option) => html`<option value=${option.id} ?selected=${option.id === answer}>${pick(option.label, lang)}</option>`)}
  </select>`;
}

/** "56 of 100, plus a 10-point bonus": base points against the maximum, the bonus apart, so no total reads above the maximum. */
export const points = (assessment: Assessment, t: Messages, lang: string): string =>
  `${t.score(formatNumber(assessment.total - assessment.bonus, lang), formatNumber(assessment.max, lang))}${assessment.bonus ? `${t.comma}${t.withBonus(formatNumber(assessment.bonus, lang))}` : ''}`;

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

const link = (url: string | undefined, text: string, t: Messages) =>
  url && /^https?:\/\//i.test(url) ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${text}</a>` : url ? `${text}${t.paren(url)}` : text;

/**
 * One pathway as a short checklist: met or not and how many of its
 * conditions are met; the status, every condition, its official basis and,
 * when met, what to do next are one click away (eight routes in full were
 * pages long on a phone).
 */
function renderPathway(pathway: Pathway, context: ResultContext): TemplateResult {
  const { rubric, lang, t } = context;
  const { node, parts } = traced(pathway, context);
  const sources = (pathway.sources ?? []).map((id) => rubric.sources.find((source) => source.id === id)).filter((source) => source !== undefined);
  const n = (value: number) => formatNumber(value, lang);
  return html`<li part="pathway" class=${node.holds ? 'pathway met' : 'pathway'}>
    <details>
      <summary><b>${pick(pathway.label, lang)}${t.colon}<span class="status">${node.holds ? t.met : t.notMet}</span></b> ·
        ${'any' in pathway.when ? t.anyOf : t.conditions(n(parts.filter((part) => part.holds).length), n(parts.length))}</summary>
      ${pathway.status ? html`<p><strong>${t.leadsTo(pick(pathway.status, lang))}</strong></p>` : nothing}
      <p>${pick(pathway.description, lang)}</p>
      <ul>${parts.map((part) => renderTrace(part, context))}</ul>
      ${pathway.basis
        ? html`<p class="help">${t.basis(pick(pathway.basis, lang))}${sources.map((source, index) => html`${index ? t.listSeparator : ' · '}${link(source.url, pick(source.publisher, lang), t)}${source.date ? `${t.comma}${source.date}` : ''}`)}</p>`
        : nothing}
      ${pathway.assumption ? html`<p class="help">${pick(pathway.assumption, lang)}</p>` : nothing}
      ${node.holds && pathway.next?.length
        ? html`<p><strong>${t.nextSteps}</strong></p><ol>${pathway.next.map((step) => html`<li>${link(step.url, pick(step.text, lang), t)}</li>`)}</ol>`
        : nothing}
    </details>
  </li>`;
}

/**
 * The summary card (GOV.UK result pages, Singapore's COMPASS): the verdict,
 * the route met or the nearest one and exactly what it lacks, the points,
 * the answers that weigh most, how sure the estimate is, and the next step.
 */
function renderSummary(context: ResultContext, routes: Pathway[], stillMet: Pathway[]): TemplateResult {
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

/** "How to gain points": what the applicant can change first, then the facts they cannot (the rubric marks those `fact`). */
function renderGains(context: ResultContext): TemplateResult | typeof nothing {
  const { assessment, rubric, lang, t } = context;
  const questions = questionsById(rubric);
  // Not the answers the host fixed: the applicant cannot change those.
  const gains = assessment.criteria
    .filter((criterion) => criterion.next && criterion.next.points > 0 && !context.preset.has(criterion.id))
    .sort((a, b) => (b.next?.points ?? 0) - (a.next?.points ?? 0));
  const item = (criterion: CriterionScore) => {
    const question = questions.get(criterion.id) as Question;
    return html`<li>${t.gainItem(pick(question.label, lang), describeAnswer(question, criterion.next?.answer, context), formatNumber(criterion.next?.points ?? 0, lang))}</li>`;
  };
  const changeable = gains.filter((criterion) => !questions.get(criterion.id)?.fact);
  const facts = gains.filter((criterion) => questions.get(criterion.id)?.fact);
  return gains.length
    ? html`${heading(context.level + 1, t.gain)}
        ${changeable.length ? html`<p>${t.canChange}</p><ol class="gain">${changeable.map(item)}</ol>` : nothing}
        ${facts.length ? html`<details><summary>${t.cannotChange}</summary><ol class="gain">${facts.map(item)}</ol></details>` : nothing}`
    : nothing;
}

/**
 * Prints the result with every disclosure open (the routes' conditions, the
 * assumptions and sources belong on paper), then closes again those the
 * reader had closed.
 */
function printInFull(event: Event): void {
  const closed = [...((event.target as HTMLElement).closest('section')?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
  for (const details of closed) details.open = true;
  window.addEventListener('afterprint', () => closed.forEach((details) => (details.open = false)), { once: true });
  window.print();
}

/** The result: the summary card, the routes as checklists, what-if per criterion, how to gain, benefits, sources. */
export function renderResult(context: ResultContext): TemplateResult {
  const { rubric, assessment, real, lang, t } = context;
  const n = (value: number) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const routes = rubric.pathways.filter((pathway) => !pathway.alternative);
  const alternatives = rubric.pathways.filter((pathway) => pathway.alternative);
  // "If not, you may still get": alternatives only when no route is met.
  const fallback = assessment.eligible ? [] : alternatives;
  const stepOrder = rubric.steps.flatMap((step) => step.questions);
  const assumed = [rubric.passMark.assumption, ...(rubric.assumptions ?? []), ...rubric.questions.map((question) => question.assumption)].filter(
    (text) => text !== undefined,
  );

  return html`
    <section part="result" class="result" aria-labelledby="result-title">
      ${heading(context.level, t.resultTitle, 'result-title')}
      ${assessment.scenario
        ? // Printed too: a what-if on paper says it is one.
          html`<div class="scenario"><p><strong>${t.whatIfOn}</strong>${t.colon}${t.delta(sign(assessment.total - real.total, lang), n(real.total))}</p>
            <button part="button" type="button" class="no-print" @click=${context.onRestore}>${t.restore}</button></div>`
        : nothing}
      ${renderSummary(context, routes, fallback.filter((pathway) => assessment.pathways[pathway.id]))}

      ${heading(context.level + 1, t.pathways)}
      <ul class="paths">${routes.map((pathway) => renderPathway(pathway, context))}</ul>
      ${fallback.length ? html`<details><summary>${t.alternatives}</summary><ul class="paths">${fallback.map((pathway) => renderPathway(pathway, context))}</ul></details>` : nothing}

      ${renderGains(context)}

      <details class="no-print" ?open=${assessment.scenario}>
        <summary>${t.criteria}</summary>
        <p>${t.whatIf}</p>
        <ul class="plain">
          ${stepOrder.map((id) => {
            const question = questions.get(id) as Question;
            const criterion = assessment.criteria.find((candidate) => candidate.id === id);
            return html`<li>
              <span id="c-${id}">${pick(question.label, lang)}</span>
              <span class="what-if">${renderWhatIf(question, context)}</span>
              <strong class="points">${criterion ? `${n(criterion.points)} / ${n(criterion.max)}` : '—'}</strong>
            </li>`;
          })}
        </ul>
      </details>

      ${assessment.eligible && rubric.benefits.length
        ? html`<details><summary>${t.benefits}</summary><ul>${rubric.benefits.map((benefit) => html`<li>${pick(benefit, lang)}</li>`)}</ul></details>`
        : nothing}

      <details>
        <summary>${t.assumptions}</summary>
        <ul>${assumed.map((text) => html`<li>${pick(text, lang)}</li>`)}
          ${rubric.parameters.map(
            (entry) =>
              html`<li>${pick(entry.label, lang)}${t.paren(String(entry.year))}${t.colon}${entry.unit === 'KRW' ? t.won(n(entry.value)) : `${n(entry.value)} ${entry.unit}`}${entry.validFrom && entry.validUntil ? `${t.comma}${t.applied(entry.validFrom, entry.validUntil)}` : ''}${t.period}${pick(entry.note, lang)}</li>`,
          )}</ul>
        <ol>${rubric.sources.map((source) => html`<li>${link(source.url, pick(source.title, lang), t)}${t.period}${pick(source.publisher, lang)}${source.date ? `${t.comma}${source.date}` : ''}${t.period}</li>`)}</ol>
        <p>${rubric.id} · ${rubric.version} · ${rubric.effectiveDate}${rubric.reviewDate ? ` – ${rubric.reviewDate}` : ''}</p>
      </details>

      <p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>
      <div class="nav no-print">
        <button part="button" type="button" @click=${context.onChangeAnswers}>${t.changeAnswers}</button>
        <button part="button" type="button" @click=${printInFull}>${t.print}</button>
      </div>
    </section>
  `;
}
