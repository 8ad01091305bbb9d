import { nothing, html } from 'lit';
import { questionsById, scoresOf } from '../rubric/assess.js';
import { byId } from '../rubric/by-id.js';
import { own } from '../rubric/own.js';
import { trace, threshold } from '../rubric/conditions.js';
import { pick, formatNumber } from './localize.js';
import { describeNumber } from './render-question.js';

function describeAnswer(question, answer, context) {
  if (answer === void 0) return context.t.optional;
  if (question.type === "number") return describeNumber(question, answer, context.lang, context.t, context.rubric);
  return pick(byId(question.options).get(answer)?.label, context.lang);
}
const sign = (delta, lang) => `${delta > 0 ? "+" : delta < 0 ? "\u2212" : "\xB1"}${formatNumber(Math.abs(delta), lang)}`;
function renderTrace(node, context) {
  const { t, lang, rubric } = context;
  const condition = node.condition;
  if ("all" in condition || "any" in condition) {
    return html`<li>${"all" in condition ? t.allOf : t.anyOf}<ul>${node.parts?.map((part) => renderTrace(part, context))}</ul></li>`;
  }
  let text;
  if ("score" in condition) {
    const label = condition.score === "total" ? t.totalScore : pick(byId(rubric.categories).get(condition.score)?.label, lang);
    text = t.atLeast(label, formatNumber(condition.atLeast === "passMark" ? rubric.passMark.value : condition.atLeast, lang));
  } else {
    const question = questionsById(rubric).get(condition.question);
    const label = pick(question.label, lang);
    text = "in" in condition ? (
      // A label that is a question ("Have you worked…?") reads on without a colon.
      `${label}${label.endsWith("?") ? " " : ": "}${condition.in.map((option) => describeAnswer(question, option, context)).join(t.or)}`
    ) : t.atLeast(label, describeAnswer(question, threshold(rubric, condition.atLeast, condition.times), context));
    text += ` (${t.yourAnswer(describeAnswer(question, own(context.answers, question.id), context))})`;
  }
  return html`<li class="${node.holds ? "met" : "unmet"}"><b aria-hidden="true">${node.holds ? "\u2713" : "\u2717"}</b> <span class="sr">${node.holds ? t.met : t.missing}:</span> ${text}</li>`;
}
function renderWhatIf(question, context) {
  const { lang, t, answers } = context;
  const answer = own(answers, question.id);
  const label = `c-${question.id}`;
  if (context.preset.has(question.id)) return html`<p class="preset">${context.presetNote(question.id)}</p>`;
  if (question.type === "number") {
    return html`<input type="text" inputmode="decimal" aria-labelledby="${label}" name="${question.id}" .value="${answer === void 0 ? "" : formatNumber(answer, lang)}" @change="${(event) => context.onWhatIf(question, event.target)}">`;
  }
  return html`<select aria-labelledby="${label}" name="${question.id}" @change="${(event) => context.onWhatIf(question, event.target)}">${answer === void 0 ? html`<option value="" selected="selected">${t.optional}</option>` : nothing} ${question.options.map((option) => html`<option value="${option.id}" ?selected="${option.id === answer}">${pick(option.label, lang)}</option>`)}</select>`;
}
function renderScoreBar(assessment, context) {
  const { t, lang, rubric } = context;
  const bonusMax = rubric.categories.reduce((sum, category) => sum + (category.bonus ? category.max : 0), 0);
  const scale = rubric.total + bonusMax;
  const percent = (points) => `${Math.min(Math.max(points, 0), scale) * 100 / scale}%`;
  return html`<svg class="bar" role="img" aria-label="${t.score(formatNumber(assessment.total, lang), formatNumber(rubric.total, lang))}; ${t.passMark(formatNumber(assessment.passMark, lang))}"><rect x="0" y="17%" width="100%" height="66%"></rect><rect class="fill" x="0" y="17%" width="${percent(assessment.total)}" height="66%"></rect><rect class="mark" x="${percent(assessment.passMark - 0.4)}" y="0" width="${percent(0.8)}" height="100%"></rect></svg>`;
}
const link = (url, text) => url && /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${text}</a>` : url ? `${text} (${url})` : text;
function renderPathway(pathway, context) {
  const { rubric, assessment, answers, lang, t } = context;
  const node = trace(pathway.when, { rubric, answers, scores: scoresOf(assessment) });
  const parts = "all" in pathway.when || "any" in pathway.when ? node.parts ?? [] : [node];
  const missing = "all" in pathway.when ? parts.filter((part) => !part.holds) : node.holds ? [] : parts;
  const sources = (pathway.sources ?? []).map((id) => byId(rubric.sources).get(id)).filter((source) => source !== void 0);
  return html`<li part="pathway" class="${node.holds ? "pathway met" : "pathway"}"><h5>${pick(pathway.label, lang)}: <span class="status">${node.holds ? t.met : t.notMet}</span></h5>${pathway.status ? html`<p><strong>${t.leadsTo(pick(pathway.status, lang))}</strong></p>` : nothing}<p>${pick(pathway.description, lang)}</p>${missing.length ? html`<p>${"any" in pathway.when ? t.anyOf : t.missingNow}</p><ul>${missing.map((part) => renderTrace(part, context))}</ul>` : nothing}<details><summary>${"any" in pathway.when ? t.anyOf : t.conditions(formatNumber(parts.filter((part) => part.holds).length, lang), formatNumber(parts.length, lang))}</summary><ul>${parts.map((part) => renderTrace(part, context))}</ul></details>${pathway.basis ? html`<p class="help">${t.basis(pick(pathway.basis, lang))}${sources.map((source, index) => html`${index ? "; " : " \xB7 "}${link(source.url, pick(source.publisher, lang))}${source.date ? `, ${source.date}` : ""}`)}</p>` : nothing} ${pathway.assumption ? html`<p class="help">${pick(pathway.assumption, lang)}</p>` : nothing} ${node.holds && pathway.next?.length ? html`<p><strong>${t.nextSteps}</strong></p><ol>${pathway.next.map((step) => html`<li>${link(step.url, pick(step.text, lang))}</li>`)}</ol>` : nothing}</li>`;
}
function renderResult(context) {
  const { rubric, assessment, baseline, lang, t, answers } = context;
  const n = (value) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const label = (id) => pick(questions.get(id)?.label, lang);
  const routes = rubric.pathways.filter((pathway) => !pathway.alternative);
  const alternatives = rubric.pathways.filter((pathway) => pathway.alternative);
  const met = routes.filter((pathway) => assessment.pathways[pathway.id]);
  const fallback = met.length ? [] : alternatives;
  const stillMet = fallback.filter((pathway) => assessment.pathways[pathway.id]);
  const delta = assessment.total - baseline.total;
  const changed = rubric.questions.some((question) => answers[question.id] !== baseline.answers[question.id]);
  const gains = assessment.criteria.filter((criterion) => criterion.next && criterion.next.points > 0 && !context.preset.has(criterion.id)).sort((a, b) => (b.next?.points ?? 0) - (a.next?.points ?? 0));
  const stepOrder = rubric.steps.flatMap((step) => step.questions);
  const assumed = [rubric.passMark.assumption, ...rubric.assumptions ?? [], ...rubric.questions.map((question) => question.assumption)].filter(
    (text) => text !== void 0
  );
  return html` <section part="result" class="result" aria-labelledby="result-title"><h3 id="result-title" tabindex="-1">${t.resultTitle}</h3><p class="${assessment.eligible ? "verdict met" : "verdict"}"><strong>${assessment.eligible ? t.mayQualify : t.notYet}</strong> ${met.length ? html`<br>${t.via}: ${met.map((pathway) => pick(pathway.label, lang)).join("; ")}` : nothing} ${stillMet.length ? html`<br>${t.stillGet}: ${stillMet.map((pathway) => pick(pathway.label, lang)).join("; ")}` : nothing}</p><div part="score" class="card"><p><b class="total">${n(assessment.total)}</b> / ${n(assessment.max)} ${assessment.bonus ? html`<span>(${t.withBonus(n(assessment.bonus))})</span>` : nothing}</p>${renderScoreBar(assessment, context)}<p>${t.passMark(n(assessment.passMark))}</p>${changed ? html`<p role="status">${t.delta(sign(delta, lang), n(baseline.total))} <button part="button" type="button" @click="${context.onRestore}">${t.restore}</button></p>` : nothing}<ul class="plain">${rubric.categories.map((category) => html`<li><span>${pick(category.label, lang)}</span> <strong>${n(assessment.categories[category.id] ?? 0)} / ${n(category.max)}</strong></li>`)}</ul></div><h4>${t.pathways}</h4><ul class="paths">${routes.map((pathway) => renderPathway(pathway, context))}</ul>${fallback.length ? html`<h4>${t.alternatives}</h4><ul class="paths">${fallback.map((pathway) => renderPathway(pathway, context))}</ul>` : nothing}<h4>${t.criteria}</h4><p class="no-print">${t.whatIf}</p><ul class="plain">${stepOrder.map((id) => {
    const question = questions.get(id);
    const criterion = byId(assessment.criteria).get(id);
    return html`<li><span id="c-${id}">${label(id)}</span> <span class="what-if">${renderWhatIf(question, context)}</span> <strong class="points">${criterion ? `${n(criterion.points)} / ${n(criterion.max)}` : "\u2014"}</strong></li>`;
  })}</ul>${gains.length ? html`<h4>${t.gain}</h4><ol>${gains.map((criterion) => html`<li>${t.gainItem(label(criterion.id), describeAnswer(questions.get(criterion.id), criterion.next?.answer, context), n(criterion.next?.points ?? 0))}</li>`)}</ol>` : nothing} ${assessment.eligible && rubric.benefits.length ? html`<h4>${t.benefits}</h4><ul>${rubric.benefits.map((benefit) => html`<li>${pick(benefit, lang)}</li>`)}</ul>` : nothing}<details><summary>${t.assumptions}</summary><ul>${assumed.map((text) => html`<li>${pick(text, lang)}</li>`)} ${rubric.parameters.map(
    (entry) => html`<li>${pick(entry.label, lang)} (${entry.year}): ${entry.unit === "KRW" ? t.won(n(entry.value)) : `${n(entry.value)} ${entry.unit}`}${entry.validFrom && entry.validUntil ? `, ${t.applied(entry.validFrom, entry.validUntil)}` : ""}. ${pick(entry.note, lang)}</li>`
  )}</ul><ol>${rubric.sources.map((source) => html`<li>${link(source.url, pick(source.title, lang))}. ${pick(source.publisher, lang)}${source.date ? `, ${source.date}` : ""}.</li>`)}</ol><p>${rubric.id} · ${rubric.version} · ${rubric.effectiveDate}${rubric.reviewDate ? ` \u2013 ${rubric.reviewDate}` : ""}</p></details><p class="disclaimer">${pick(rubric.disclaimer, lang)}</p><div class="nav no-print"><button part="button" type="button" @click="${context.onChangeAnswers}">${t.changeAnswers}</button> <button part="button" type="button" @click="${() => window.print()}">${t.print}</button></div></section> `;
}

export { describeAnswer, renderResult };
