import { html, nothing, type TemplateResult } from 'lit';
import { questionsById, scoresOf } from '../rubric/assess.js';
import { byId } from '../rubric/by-id.js';
import { own } from '../rubric/own.js';
import { threshold, trace, type ConditionTrace } from '../rubric/conditions.js';
import type { AnswerValue, Answers, Assessment, Pathway, Question, Rubric } from '../rubric/types.js';
import { formatNumber, pick } from './localize.js';
import type { ScoreDetail } from './events.js';
import type { Messages } from './messages.js';
import { describeNumber } from './render-question.js';

/** What the result view needs from the element. */
export interface ResultContext {
  rubric: Rubric;
  lang: string;
  t: Messages;
  assessment: Assessment;
  answers: Answers;
  /** The assessment of the answers as given, before any what-if change. */
  baseline: ScoreDetail;
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

function renderTrace(node: ConditionTrace, context: ResultContext): TemplateResult {
  const { t, lang, rubric } = context;
  const condition = node.condition;
  if ('all' in condition || 'any' in condition) {
    return html`<li>${'all' in condition ? t.allOf : t.anyOf}<ul>${node.parts?.map((part) => renderTrace(part, context))}</ul></li>`;
  }
  let text: string;
  if ('score' in condition) {
    const label = condition.score === 'total' ? t.totalScore : pick(byId(rubric.categories).get(condition.score)?.label, lang);
    text = t.atLeast(label, formatNumber(condition.atLeast === 'passMark' ? rubric.passMark.value : condition.atLeast, lang));
  } else {
    const question = questionsById(rubric).get(condition.question) as Question;
    const label = pick(question.label, lang);
    text =
      'in' in condition
        ? // A label that is a question ("Have you worked…?") reads on without a colon.
          `${label}${label.endsWith('?') ? ' ' : ': '}${condition.in.map((option) => describeAnswer(question, option, context)).join(t.or)}`
        : t.atLeast(label, describeAnswer(question, threshold(rubric, condition.atLeast, condition.times), context));
    text += ` (${t.yourAnswer(describeAnswer(question, own(context.answers, question.id), context))})`;
  }
  return html`<li class=${node.holds ? 'met' : 'unmet'}><b aria-hidden="true">${node.holds ? '✓' : '✗'}</b> <span class="sr">${node.holds ? t.met : t.missing}:</span> ${text}</li>`;
}

function renderWhatIf(question: Question, context: ResultContext): TemplateResult {
  const { lang, t, answers } = context;
  const answer = own(answers, question.id);
  // Labelled by the criterion's name beside it (one accessible name, no extra string).
  const label = `c-${question.id}`;
  if (context.preset.has(question.id)) return html`<p class="preset">${context.presetNote(question.id)}</p>`;
  if (question.type === 'number') {
    return html`<input
      type="text"
      inputmode="decimal"
      aria-labelledby=${label}
      name=${question.id}
      .value=${answer === undefined ? '' : formatNumber(answer as number, lang)}
      @change=${(event: Event) => context.onWhatIf(question, event.target as HTMLInputElement)}
    />`;
  }
  return html`<select aria-labelledby=${label} name=${question.id} @change=${(event: Event) => context.onWhatIf(question, event.target as HTMLSelectElement)}>
    ${answer === undefined ? html`<option value="" selected>${t.optional}</option>` : nothing}
    ${question.options.map((option) => html`<option value=${option.id} ?selected=${option.id === answer}>${pick(option.label, lang)}</option>`)}
  </select>`;
}

function renderScoreBar(assessment: Assessment, context: ResultContext): TemplateResult {
  const { t, lang, rubric } = context;
  const bonusMax = rubric.categories.reduce((sum, category) => sum + (category.bonus ? category.max : 0), 0);
  const scale = rubric.total + bonusMax;
  const percent = (points: number) => `${(Math.min(Math.max(points, 0), scale) * 100) / scale}%`;
  // An SVG bar sized by attributes in percent of its box, not a style
  // attribute: strict CSP blocks inline styles.
  return html`<svg class="bar" role="img"
    aria-label="${t.score(formatNumber(assessment.total, lang), formatNumber(rubric.total, lang))}; ${t.passMark(formatNumber(assessment.passMark, lang))}">
    <rect x="0" y="17%" width="100%" height="66%"></rect>
    <rect class="fill" x="0" y="17%" width=${percent(assessment.total)} height="66%"></rect>
    <rect class="mark" x=${percent(assessment.passMark - 0.4)} y="0" width=${percent(0.8)} height="100%"></rect>
  </svg>`;
}

const link = (url: string | undefined, text: string) =>
  url && /^https?:\/\//i.test(url) ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${text}</a>` : url ? `${text} (${url})` : text;

/**
 * One pathway: met or not, the status it leads to, what is missing, every
 * condition met or missing (in a disclosure: six routes in full would be
 * pages long on a phone), its official basis and, when met, what to do next.
 */
function renderPathway(pathway: Pathway, context: ResultContext): TemplateResult {
  const { rubric, assessment, answers, lang, t } = context;
  const node = trace(pathway.when, { rubric, answers, scores: scoresOf(assessment) });
  // The conditions as the rule lists them: the parts of an "all" (or "any"), or the one condition.
  const parts = 'all' in pathway.when || 'any' in pathway.when ? (node.parts ?? []) : [node];
  const missing = 'all' in pathway.when ? parts.filter((part) => !part.holds) : node.holds ? [] : parts;
  const sources = (pathway.sources ?? []).map((id) => byId(rubric.sources).get(id)).filter((source) => source !== undefined);
  return html`<li part="pathway" class=${node.holds ? 'pathway met' : 'pathway'}>
    <h5>${pick(pathway.label, lang)}: <span class="status">${node.holds ? t.met : t.notMet}</span></h5>
    ${pathway.status ? html`<p><strong>${t.leadsTo(pick(pathway.status, lang))}</strong></p>` : nothing}
    <p>${pick(pathway.description, lang)}</p>
    ${missing.length ? html`<p>${'any' in pathway.when ? t.anyOf : t.missingNow}</p><ul>${missing.map((part) => renderTrace(part, context))}</ul>` : nothing}
    <details>
      <summary>${'any' in pathway.when ? t.anyOf : t.conditions(formatNumber(parts.filter((part) => part.holds).length, lang), formatNumber(parts.length, lang))}</summary>
      <ul>${parts.map((part) => renderTrace(part, context))}</ul>
    </details>
    ${pathway.basis
      ? html`<p class="help">${t.basis(pick(pathway.basis, lang))}${sources.map((source, index) => html`${index ? '; ' : ' · '}${link(source.url, pick(source.publisher, lang))}${source.date ? `, ${source.date}` : ''}`)}</p>`
      : nothing}
    ${pathway.assumption ? html`<p class="help">${pick(pathway.assumption, lang)}</p>` : nothing}
    ${node.holds && pathway.next?.length
      ? html`<p><strong>${t.nextSteps}</strong></p><ol>${pathway.next.map((step) => html`<li>${link(step.url, pick(step.text, lang))}</li>`)}</ol>`
      : nothing}
  </li>`;
}

/** The result: total against the pass mark, pathways with reasons, points, what-if, how to gain, benefits, sources. */
export function renderResult(context: ResultContext): TemplateResult {
  const { rubric, assessment, baseline, lang, t, answers } = context;
  const n = (value: number) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const label = (id: string) => pick(questions.get(id)?.label, lang);
  const routes = rubric.pathways.filter((pathway) => !pathway.alternative);
  const alternatives = rubric.pathways.filter((pathway) => pathway.alternative);
  const met = routes.filter((pathway) => assessment.pathways[pathway.id]);
  // "If not, you may still get": alternatives only when no route is met.
  const fallback = met.length ? [] : alternatives;
  const stillMet = fallback.filter((pathway) => assessment.pathways[pathway.id]);
  const delta = assessment.total - baseline.total;
  const changed = rubric.questions.some((question) => answers[question.id] !== baseline.answers[question.id]);
  // Not the answers the host fixed: the applicant cannot change those.
  const gains = assessment.criteria.filter((criterion) => criterion.next && criterion.next.points > 0 && !context.preset.has(criterion.id)).sort((a, b) => (b.next?.points ?? 0) - (a.next?.points ?? 0));
  const stepOrder = rubric.steps.flatMap((step) => step.questions);
  const assumed = [rubric.passMark.assumption, ...(rubric.assumptions ?? []), ...rubric.questions.map((question) => question.assumption)].filter(
    (text) => text !== undefined,
  );

  return html`
    <section part="result" class="result" aria-labelledby="result-title">
      <h3 id="result-title" tabindex="-1">${t.resultTitle}</h3>
      <p class=${assessment.eligible ? 'verdict met' : 'verdict'}>
        <strong>${assessment.eligible ? t.mayQualify : t.notYet}</strong>
        ${met.length ? html`<br />${t.via}: ${met.map((pathway) => pick(pathway.label, lang)).join('; ')}` : nothing}
        ${stillMet.length ? html`<br />${t.stillGet}: ${stillMet.map((pathway) => pick(pathway.label, lang)).join('; ')}` : nothing}
      </p>
      <div part="score" class="card">
        <p><b class="total">${n(assessment.total)}</b> / ${n(assessment.max)}
          ${assessment.bonus ? html`<span>(${t.withBonus(n(assessment.bonus))})</span>` : nothing}</p>
        ${renderScoreBar(assessment, context)}
        <p>${t.passMark(n(assessment.passMark))}</p>
        ${changed ? html`<p role="status">${t.delta(sign(delta, lang), n(baseline.total))}
          <button part="button" type="button" @click=${context.onRestore}>${t.restore}</button></p>` : nothing}
        <ul class="plain">
          ${rubric.categories.map((category) => html`<li><span>${pick(category.label, lang)}</span> <strong>${n(assessment.categories[category.id] ?? 0)} / ${n(category.max)}</strong></li>`)}
        </ul>
      </div>

      <h4>${t.pathways}</h4>
      <ul class="paths">${routes.map((pathway) => renderPathway(pathway, context))}</ul>
      ${fallback.length ? html`<h4>${t.alternatives}</h4><ul class="paths">${fallback.map((pathway) => renderPathway(pathway, context))}</ul>` : nothing}

      <h4>${t.criteria}</h4>
      <p class="no-print">${t.whatIf}</p>
      <ul class="plain">
        ${stepOrder.map((id) => {
          const question = questions.get(id) as Question;
          const criterion = byId(assessment.criteria).get(id);
          return html`<li>
            <span id="c-${id}">${label(id)}</span>
            <span class="what-if">${renderWhatIf(question, context)}</span>
            <strong class="points">${criterion ? `${n(criterion.points)} / ${n(criterion.max)}` : '—'}</strong>
          </li>`;
        })}
      </ul>

      ${gains.length
        ? html`<h4>${t.gain}</h4><ol>${gains.map((criterion) => html`<li>${t.gainItem(label(criterion.id), describeAnswer(questions.get(criterion.id) as Question, criterion.next?.answer, context), n(criterion.next?.points ?? 0))}</li>`)}</ol>`
        : nothing}

      ${assessment.eligible && rubric.benefits.length
        ? html`<h4>${t.benefits}</h4><ul>${rubric.benefits.map((benefit) => html`<li>${pick(benefit, lang)}</li>`)}</ul>`
        : nothing}

      <details>
        <summary>${t.assumptions}</summary>
        <ul>${assumed.map((text) => html`<li>${pick(text, lang)}</li>`)}
          ${rubric.parameters.map(
            (entry) =>
              html`<li>${pick(entry.label, lang)} (${entry.year}): ${entry.unit === 'KRW' ? t.won(n(entry.value)) : `${n(entry.value)} ${entry.unit}`}${entry.validFrom && entry.validUntil ? `, ${t.applied(entry.validFrom, entry.validUntil)}` : ''}. ${pick(entry.note, lang)}</li>`,
          )}</ul>
        <ol>${rubric.sources.map((source) => html`<li>${link(source.url, pick(source.title, lang))}. ${pick(source.publisher, lang)}${source.date ? `, ${source.date}` : ''}.</li>`)}</ol>
        <p>${rubric.id} · ${rubric.version} · ${rubric.effectiveDate}${rubric.reviewDate ? ` – ${rubric.reviewDate}` : ''}</p>
      </details>

      <p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>
      <div class="nav no-print">
        <button part="button" type="button" @click=${context.onChangeAnswers}>${t.changeAnswers}</button>
        <button part="button" type="button" @click=${() => window.print()}>${t.print}</button>
      </div>
    </section>
  `;
}
