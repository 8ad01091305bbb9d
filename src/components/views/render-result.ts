// The result view: the summary card (render-summary.ts), the routes
// (render-routes.ts), what-if per criterion, how to gain points, benefits,
// assumptions and sources.
import { html, nothing, type TemplateResult } from 'lit';
import { changeabilityOf, type RouteOutlook, routeOutlooks } from '../../rubric/advice.js';
import { questionsById } from '../../rubric/assess.js';
import type { Answers, CriterionScore, Question, Rubric } from '../../rubric/types.js';
import { formatNumber, pick } from '../i18n/localize.js';
import { keepCodes } from './keep-codes.js';
import { heading } from './heading.js';
import { renderRoute } from './render-routes.js';
import { alsoMet, renderSummary, reportedOnly } from './render-summary.js';
import { describeAnswer, renderWhatIf } from '../question-types/index.js';
import { link, type ResultContext } from './result-context.js';
import { later } from './later.js';
import { renderWhatIfStatus, whatIfErrorsNow } from './what-if-status.js';
import { renderOtherVisas } from '../other-visas/section.js';

export { scoreLine, type ResultContext } from './result-context.js';

/**
 * How each route stands, by the answers it was worked out from (answers are
 * replaced, never edited): every answer in the other visas' step renders the
 * result again, and leaves the main answers, so these, as they were.
 */
const outlooksMade = new WeakMap<Answers, { rubric: Rubric; outlooks: RouteOutlook[] }>();

function outlooksOf(context: ResultContext): RouteOutlook[] {
  const { rubric, assessment } = context;
  const made = outlooksMade.get(assessment.answers);
  if (made?.rubric === rubric) return made.outlooks;
  const outlooks = routeOutlooks(rubric, assessment.answers, assessment);
  outlooksMade.set(assessment.answers, { rubric, outlooks });
  return outlooks;
}

const sign = (delta: number, lang: string) =>
  `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${formatNumber(Math.abs(delta), lang)}`;

/** A criterion's what-if control, or the words for an answer the host preset (not changeable here). */
const whatIf = (question: Question, context: ResultContext): TemplateResult =>
  context.preset.has(question.id)
    ? html`<p class="preset">${context.presetNote(question.id)}</p>`
    : // Labelled by the criterion's name beside it (one accessible name, no extra string).
      renderWhatIf(question, context, `c-${question.id}`);

/**
 * "How to gain points": only what the applicant can change by acting (the
 * rubric's `changeable`), never a fact about them (field, degree, university,
 * the role's value), never what the host fixed, and nothing once a route is
 * met: re-describing oneself is no way to qualify.
 */
function renderGains(context: ResultContext): TemplateResult | typeof nothing {
  const { assessment, rubric, lang, t } = context;
  if (assessment.eligible) return nothing;
  const questions = questionsById(rubric);
  const gains = assessment.criteria
    .filter(
      (criterion) =>
        criterion.next &&
        criterion.next.points > 0 &&
        !context.preset.has(criterion.id) &&
        changeabilityOf(questions.get(criterion.id)) !== 'no',
    )
    .sort((a, b) => (b.next?.points ?? 0) - (a.next?.points ?? 0));
  const item = (criterion: CriterionScore) => {
    const question = questions.get(criterion.id) as Question;
    return html`<li>${t.gainItem(pick(question.label, lang), describeAnswer(question, criterion.next?.answer, context), formatNumber(criterion.next?.points ?? 0, lang))}</li>`;
  };
  // The three that gain most: a longer list buries them on a phone.
  return gains.length
    ? html`${heading(context.level + 1, t.gain)}<p>${t.canChange}</p><ol class="gain">${gains.slice(0, 3).map(item)}</ol>`
    : nothing;
}

/** The result: the summary card, the routes as checklists, what-if per criterion, how to gain, benefits, sources. */
export function renderResult(given: ResultContext): TemplateResult {
  // A what-if field's slip, worded in the language shown (its field and the status region say it).
  const context = { ...given, whatIfErrors: whatIfErrorsNow(given) };
  const { rubric, assessment, real, lang, t } = context;
  const n = (value: number) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const routes = rubric.pathways.filter((route) => !route.alternative);
  const alternatives = rubric.pathways.filter((route) => route.alternative);
  // "If not, you may still get": every alternative when no route is met; else the official ones
  // met beside a reported track (the summary names them too).
  const fallback = assessment.eligible ? alsoMet(context) : alternatives;
  const outlooks = outlooksOf(context);
  const outlook = new Map(outlooks.map((entry) => [entry.id, entry]));
  // Every route met rests on an assumption (a reported track): the benefits, most of them F-2-T's, say so.
  const assumedOnly = reportedOnly(context);
  const closed = routes.filter((route) => outlook.get(route.id)?.standing === 'closed');
  const open = routes.filter((route) => !closed.includes(route));
  // Only the questions asked: a bachelor's holder is never shown the years since a doctorate.
  const asked = new Set(assessment.asked);
  const stepOrder = rubric.steps.flatMap((step) => step.questions).filter((id) => asked.has(id));
  const assumed = [
    rubric.passMark.assumption,
    ...(rubric.assumptions ?? []),
    ...rubric.questions.map((question) => question.assumption),
  ].filter((text) => text !== undefined);

  return html`
    ${renderWhatIfStatus(context)}
    <section part="result" class="result" aria-labelledby="result-title">
      <p class="kicker">${t.resultTitle}</p>
      ${heading(context.level, assessment.eligible ? t.mayQualify : t.notYet, 'result-title')}
      ${
        assessment.scenario
          ? // Printed too: a what-if on paper says it is one.
            html`<div class="scenario"><p><strong>${t.whatIfOn}</strong>${t.colon}${t.delta(sign(assessment.total - real.total, lang), n(real.total))}</p>
            <button part="button" type="button" class="no-print" @click=${context.onRestore}>${t.restore}</button></div>`
          : nothing
      }
      ${renderSummary(context, outlooks)}

      ${heading(context.level + 1, t.pathways)}
      <ul class="paths">${open.map((route) => renderRoute(route, outlook.get(route.id), context))}</ul>
      ${
        closed.length
          ? // Routes that need a fact the applicant lacks, together and closed: a phone shows what is within reach first.
            html`<details><summary>${t.notOpen}${t.paren(n(closed.length))}</summary>${later(context, () => html`<ul class="paths">${closed.map((route) => renderRoute(route, outlook.get(route.id), context))}</ul>`)}</details>`
          : nothing
      }
      ${
        fallback.length
          ? html`<details><summary>${t.alternatives}</summary>${later(context, () => html`<ul class="paths">${fallback.map((route) => renderRoute(route, outlook.get(route.id), context))}</ul>`)}</details>`
          : nothing
      }

      ${renderGains(context)}

      <details class="no-print">
        <summary>${t.criteria}</summary>
        ${later(
          context,
          () => html`<p>${t.whatIf}</p>
        <ul class="plain">
          ${stepOrder.map((id) => {
            const question = questions.get(id) as Question;
            const criterion = assessment.criteria.find((candidate) => candidate.id === id);
            return html`<li>
              <span id="c-${id}">${pick(question.label, lang)}</span>
              <span class="what-if">${whatIf(question, context)}</span>
              <strong class="points">${criterion ? `${n(criterion.points)} / ${n(criterion.max)}` : '—'}</strong>
            </li>`;
          })}
        </ul>`,
        )}
      </details>

      ${
        assessment.eligible && rubric.benefits.length
          ? html`<details><summary>${t.benefits}</summary>${later(context, () => html`${assumedOnly ? html`<p>${keepCodes(t.benefitsAssumed)}</p>` : nothing}<ul>${rubric.benefits.map((benefit) => html`<li>${keepCodes(pick(benefit, lang))}</li>`)}</ul>`)}</details>`
          : nothing
      }

      <details>
        <summary>${t.assumptions}</summary>
        ${later(
          context,
          () => html`<ul>${assumed.map((text) => html`<li>${keepCodes(pick(text, lang))}</li>`)}
          ${rubric.parameters.map(
            (entry) =>
              html`<li>${keepCodes(pick(entry.label, lang))}${t.paren(String(entry.year))}${t.colon}${entry.unit === 'KRW' ? t.won(n(entry.value)) : `${n(entry.value)} ${entry.unit}`}${entry.validFrom && entry.validUntil ? `${t.comma}${t.applied(entry.validFrom, entry.validUntil)}` : ''}${t.period}${keepCodes(pick(entry.note, lang))}</li>`,
          )}</ul>
        <ol>${rubric.sources.map((source) => html`<li>${link(source.url, pick(source.title, lang), t)}${t.period}${keepCodes(pick(source.publisher, lang))}${source.date ? `${t.comma}${source.date}` : ''}${t.period}</li>`)}</ol>
        <p>${rubric.id} · ${rubric.version} · ${rubric.effectiveDate}${rubric.reviewDate ? ` – ${rubric.reviewDate}` : ''}</p>`,
        )}
      </details>

      ${renderOtherVisas(context)}

      <p class="disclaimer">${keepCodes(pick(rubric.disclaimer, lang))}</p>
      <div class="nav no-print">
        <button part="button" type="button" @click=${context.onChangeAnswers}>${t.changeAnswers}</button>
        <button part="button" type="button" @click=${() => window.print()}>${t.print}</button>
      </div>
    </section>
  `;
}
