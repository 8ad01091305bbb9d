import { nothing, html } from 'lit';
import { questionsById, scoresOf } from '../rubric/assess.js';
import { byId } from '../rubric/by-id.js';
import { own } from '../rubric/own.js';
import { trace, threshold, parameter } from '../rubric/conditions.js';
import { formatNumber, pick } from './localize.js';
import { heading } from './heading.js';
import { likelyMeant, parseMoney } from './money.js';
import { describeNumber } from './render-question.js';

function describeAnswer(question, answer, context) {
  if (answer === void 0) return context.t.optional;
  if (question.type === "number") return describeNumber(question, answer, context.lang, context.t, context.rubric);
  return pick(byId(question.options).get(answer)?.label, context.lang);
}
const sign = (delta, lang) => `${delta > 0 ? "+" : delta < 0 ? "\u2212" : "\xB1"}${formatNumber(Math.abs(delta), lang)}`;
function conditionText(condition, context) {
  const { t, lang, rubric } = context;
  if ("score" in condition) return t.atLeast(scoreLabel(condition.score, context), t.points(formatNumber(scoreNeeded(condition, rubric), lang)));
  const question = questionsById(rubric).get(condition.question);
  const label = pick(question.label, lang);
  const text = "in" in condition ? (
    // A label that is a question ("Have you worked…?") reads on without a colon.
    `${label}${label.endsWith("?") ? " " : ": "}${condition.in.map((option) => describeAnswer(question, option, context)).join(t.or)}`
  ) : t.atLeast(label, describeAnswer(question, threshold(rubric, condition.atLeast, condition.times), context));
  return `${text} (${t.yourAnswer(describeAnswer(question, own(context.answers, question.id), context))})`;
}
const scoreLabel = (score, { t, lang, rubric }) => score === "total" ? t.totalScore : pick(rubric.categories.find((category) => category.id === score)?.label, lang);
const scoreNeeded = (condition, rubric) => condition.atLeast === "passMark" ? rubric.passMark.value : condition.atLeast;
function renderTrace(node, context) {
  const { t } = context;
  const condition = node.condition;
  if ("all" in condition || "any" in condition) {
    return html`<li>${"all" in condition ? t.allOf : t.anyOf}<ul>${node.parts?.map((part) => renderTrace(part, context))}</ul></li>`;
  }
  return html`<li class="${node.holds ? "met" : "unmet"}"><b aria-hidden="true">${node.holds ? "\u2713" : "\u2717"}</b> <span class="sr">${node.holds ? t.met : t.missing}:</span> ${conditionText(condition, context)}</li>`;
}
function renderGap(node, context) {
  const { t, lang, rubric, assessment } = context;
  const condition = node.condition;
  const n = (value) => formatNumber(value, lang);
  if ("score" in condition) {
    const needed = scoreNeeded(condition, rubric);
    const short = needed - (condition.score === "total" ? assessment.total : assessment.categories[condition.score] ?? 0);
    return html`<li>${t.pointsShort(n(short), condition.score === "total" && condition.atLeast === "passMark" ? t.thePassMark : `${scoreLabel(condition.score, context)} ${t.points(n(needed))}`)}</li>`;
  }
  if (!("question" in condition)) return renderTrace(node, context);
  const answer = own(context.answers, condition.question);
  const question = questionsById(rubric).get(condition.question);
  if ("in" in condition) return html`<li>${pick(question.label, lang)} (${t.yourAnswer(describeAnswer(question, answer, context))})</li>`;
  if (typeof answer === "number" && question.type === "number") {
    const scale = condition.times === void 0 ? void 0 : parameter(rubric, condition.times);
    const short = threshold(rubric, condition.atLeast, condition.times) - answer;
    const amount = question.unit === "KRW" ? t.won(formatNumber(short, lang, 0)) : t.years(n(short));
    return html`<li>${t.below(pick(question.label, lang), amount, scale ? t.times(n(condition.atLeast), pick(scale.label, lang)) : describeAnswer(question, condition.atLeast, context))}</li>`;
  }
  return renderTrace(node, context);
}
function traced(pathway, context) {
  const { rubric, assessment, answers } = context;
  const node = trace(pathway.when, { rubric, answers, scores: scoresOf(assessment) });
  const parts = "all" in pathway.when || "any" in pathway.when ? node.parts ?? [] : [node];
  const missing = "all" in pathway.when ? parts.filter((part) => !part.holds) : node.holds ? [] : [node];
  return { node, parts, missing };
}
function closeCalls(node, context, found) {
  const { rubric, answers, lang, t } = context;
  const condition = node.condition;
  node.parts?.forEach((part) => closeCalls(part, context, found));
  if (node.holds && "atLeast" in condition && "question" in condition) {
    const needed = threshold(rubric, condition.atLeast, condition.times);
    const margin = own(answers, condition.question) / needed - 1;
    const scale = condition.times === void 0 ? void 0 : parameter(rubric, condition.times);
    if (margin < 0.01) {
      found.set(
        `${condition.question}${needed}`,
        t.closeCall(pick(questionsById(rubric).get(condition.question)?.label, lang), scale ? t.times(formatNumber(condition.atLeast, lang), pick(scale.label, lang)) : formatNumber(needed, lang), `${formatNumber(Math.max(margin * 100, 0), lang)}%`)
      );
    }
  }
  return found;
}
function renderWhatIf(question, context) {
  const { lang, t, answers } = context;
  const answer = own(answers, question.id);
  const label = `c-${question.id}`;
  if (context.preset.has(question.id)) return html`<p class="preset">${context.presetNote(question.id)}</p>`;
  if (question.type === "number") {
    const error = own(context.whatIfErrors, question.id);
    const meant = error && question.unit === "KRW" ? likelyMeant(parseMoney(own(context.whatIfTyped, question.id) ?? "")) : void 0;
    return html`<input type="text" inputmode="decimal" aria-labelledby="${label}" aria-invalid="${error ? "true" : "false"}" aria-describedby="${error ? `w-${question.id}` : nothing}" name="${question.id}" .value="${answer === void 0 ? "" : formatNumber(answer, lang)}" @change="${(event) => context.onWhatIf(question, event.target)}">${error ? html`<span class="field-error" id="w-${question.id}"><span class="sr">${t.errorPrefix} </span>${error}</span>` : nothing}${meant === void 0 ? nothing : html`<button part="button" type="button" class="fix" @click="${(event) => {
      const field = event.target.parentElement?.querySelector("input");
      field.value = formatNumber(meant, lang);
      context.onWhatIf(question, field);
    }}">${t.useAmount(t.won(formatNumber(meant, lang)))}</button>`}`;
  }
  return html`<select aria-labelledby="${label}" name="${question.id}" @change="${(event) => context.onWhatIf(question, event.target)}">${answer === void 0 ? html`<option value="" selected="selected">${t.optional}</option>` : nothing} ${question.options.map((option) => html`<option value="${option.id}" ?selected="${option.id === answer}">${pick(option.label, lang)}</option>`)}</select>`;
}
const points = (assessment, t, lang) => `${t.score(formatNumber(assessment.total - assessment.bonus, lang), formatNumber(assessment.max, lang))}${assessment.bonus ? `, ${t.withBonus(formatNumber(assessment.bonus, lang))}` : ""}`;
function renderScoreBar(assessment, context) {
  const { t, lang, rubric } = context;
  const bonusMax = rubric.categories.reduce((sum, category) => sum + (category.bonus ? category.max : 0), 0);
  const scale = rubric.total + bonusMax;
  const percent = (points2) => `${Math.min(Math.max(points2, 0), scale) * 100 / scale}%`;
  return html`<svg class="bar" role="img" aria-label="${points(assessment, t, lang)}; ${t.passMark(formatNumber(assessment.passMark, lang))}"><rect x="0" y="17%" width="100%" height="66%"></rect><rect class="fill" x="0" y="17%" width="${percent(assessment.total)}" height="66%"></rect><rect class="mark" x="${percent(assessment.passMark - 0.4)}" y="0" width="${percent(0.8)}" height="100%"></rect></svg>`;
}
const link = (url, text) => url && /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${text}</a>` : url ? `${text} (${url})` : text;
function renderPathway(pathway, context) {
  const { rubric, lang, t } = context;
  const { node, parts } = traced(pathway, context);
  const sources = (pathway.sources ?? []).map((id) => rubric.sources.find((source) => source.id === id)).filter((source) => source !== void 0);
  const n = (value) => formatNumber(value, lang);
  return html`<li part="pathway" class="${node.holds ? "pathway met" : "pathway"}"><details><summary><b>${pick(pathway.label, lang)}: <span class="status">${node.holds ? t.met : t.notMet}</span></b> · ${"any" in pathway.when ? t.anyOf : t.conditions(n(parts.filter((part) => part.holds).length), n(parts.length))}</summary>${pathway.status ? html`<p><strong>${t.leadsTo(pick(pathway.status, lang))}</strong></p>` : nothing}<p>${pick(pathway.description, lang)}</p><ul>${parts.map((part) => renderTrace(part, context))}</ul>${pathway.basis ? html`<p class="help">${t.basis(pick(pathway.basis, lang))}${sources.map((source, index) => html`${index ? "; " : " \xB7 "}${link(source.url, pick(source.publisher, lang))}${source.date ? `, ${source.date}` : ""}`)}</p>` : nothing} ${pathway.assumption ? html`<p class="help">${pick(pathway.assumption, lang)}</p>` : nothing} ${node.holds && pathway.next?.length ? html`<p><strong>${t.nextSteps}</strong></p><ol>${pathway.next.map((step) => html`<li>${link(step.url, pick(step.text, lang))}</li>`)}</ol>` : nothing}</details></li>`;
}
function renderSummary(context, routes, stillMet) {
  const { rubric, assessment, lang, t } = context;
  const n = (value) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const met = routes.filter((pathway) => assessment.pathways[pathway.id]);
  const distance = ({ parts, missing }) => missing.length + (missing.length === parts.length ? 99 : 0);
  const nearest = met.length ? void 0 : routes.map((pathway) => ({ pathway, ...traced(pathway, context) })).sort((a, b) => distance(a) - distance(b))[0];
  const weighty = assessment.criteria.filter((criterion) => criterion.points > 0).sort((a, b) => b.points - a.points).slice(0, 3);
  const close = [...routes.reduce((found, pathway) => closeCalls(traced(pathway, context).node, context, found), /* @__PURE__ */ new Map()).values()];
  const margin = assessment.total - assessment.passMark;
  if (margin >= 0 && margin < 3) close.push(t.closeToPass(n(margin)));
  const next = met[0]?.next?.[0];
  return html`<div part="score" class="${met.length ? "card met" : "card"}"><p class="verdict"><strong>${assessment.eligible ? t.mayQualify : t.notYet}</strong></p>${met.length ? html`<p>${t.via}: ${met.map((pathway) => pick(pathway.label, lang)).join("; ")}</p>` : nothing} ${stillMet.length ? html`<p>${t.stillGet}: ${stillMet.map((pathway) => pick(pathway.label, lang)).join("; ")}</p>` : nothing} ${nearest ? html`<p>${t.nearest}: ${pick(nearest.pathway.label, lang)}. ${t.missingNow}</p><ul class="gaps">${nearest.missing.map((part) => renderGap(part, context))}</ul>` : nothing}<p><b class="total">${n(assessment.total - assessment.bonus)}</b> / ${n(assessment.max)} ${assessment.bonus ? t.withBonus(n(assessment.bonus)) : nothing} · ${t.passMark(n(assessment.passMark))}</p>${renderScoreBar(assessment, context)}<ul class="cats">${rubric.categories.map((category) => html`<li>${pick(category.label, lang)} <strong>${n(assessment.categories[category.id] ?? 0)} / ${n(category.max)}</strong></li>`)}</ul>${weighty.length ? html`<p><strong>${t.weighMost}</strong> ${weighty.map((criterion) => t.weighItem(describeAnswer(questions.get(criterion.id), own(assessment.answers, criterion.id), context), n(criterion.points))).join("; ")}</p>` : nothing}<p><strong>${t.howSure}</strong> ${[...close, pick(rubric.passMark.assumption, lang)].filter(Boolean).join(" ")}</p>${next ? html`<p><strong>${t.nextSteps}:</strong> ${link(next.url, pick(next.text, lang))}</p>` : nothing}</div>`;
}
function renderGains(context) {
  const { assessment, rubric, lang, t } = context;
  const questions = questionsById(rubric);
  const gains = assessment.criteria.filter((criterion) => criterion.next && criterion.next.points > 0 && !context.preset.has(criterion.id)).sort((a, b) => (b.next?.points ?? 0) - (a.next?.points ?? 0));
  const item = (criterion) => {
    const question = questions.get(criterion.id);
    return html`<li>${t.gainItem(pick(question.label, lang), describeAnswer(question, criterion.next?.answer, context), formatNumber(criterion.next?.points ?? 0, lang))}</li>`;
  };
  const changeable = gains.filter((criterion) => !questions.get(criterion.id)?.fact);
  const facts = gains.filter((criterion) => questions.get(criterion.id)?.fact);
  return gains.length ? html`${heading(context.level + 1, t.gain)} ${changeable.length ? html`<p>${t.canChange}</p><ol class="gain">${changeable.map(item)}</ol>` : nothing} ${facts.length ? html`<details><summary>${t.cannotChange}</summary><ol class="gain">${facts.map(item)}</ol></details>` : nothing}` : nothing;
}
function renderResult(context) {
  const { rubric, assessment, real, lang, t } = context;
  const n = (value) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const routes = rubric.pathways.filter((pathway) => !pathway.alternative);
  const alternatives = rubric.pathways.filter((pathway) => pathway.alternative);
  const fallback = assessment.eligible ? [] : alternatives;
  const stepOrder = rubric.steps.flatMap((step) => step.questions);
  const assumed = [rubric.passMark.assumption, ...rubric.assumptions ?? [], ...rubric.questions.map((question) => question.assumption)].filter(
    (text) => text !== void 0
  );
  return html` <section part="result" class="result" aria-labelledby="result-title">${heading(context.level, t.resultTitle, "result-title")} ${assessment.scenario ? html`<div class="scenario no-print"><p><strong>${t.whatIfOn}</strong>: ${t.delta(sign(assessment.total - real.total, lang), n(real.total))}</p><button part="button" type="button" @click="${context.onRestore}">${t.restore}</button></div>` : nothing} ${renderSummary(context, routes, fallback.filter((pathway) => assessment.pathways[pathway.id]))} ${heading(context.level + 1, t.pathways)}<ul class="paths">${routes.map((pathway) => renderPathway(pathway, context))}</ul>${fallback.length ? html`<details><summary>${t.alternatives}</summary><ul class="paths">${fallback.map((pathway) => renderPathway(pathway, context))}</ul></details>` : nothing} ${renderGains(context)}<details class="no-print" ?open="${assessment.scenario}"><summary>${t.criteria}</summary><p>${t.whatIf}</p><ul class="plain">${stepOrder.map((id) => {
    const question = questions.get(id);
    const criterion = assessment.criteria.find((candidate) => candidate.id === id);
    return html`<li><span id="c-${id}">${pick(question.label, lang)}</span> <span class="what-if">${renderWhatIf(question, context)}</span> <strong class="points">${criterion ? `${n(criterion.points)} / ${n(criterion.max)}` : "\u2014"}</strong></li>`;
  })}</ul></details>${assessment.eligible && rubric.benefits.length ? html`<details><summary>${t.benefits}</summary><ul>${rubric.benefits.map((benefit) => html`<li>${pick(benefit, lang)}</li>`)}</ul></details>` : nothing}<details><summary>${t.assumptions}</summary><ul>${assumed.map((text) => html`<li>${pick(text, lang)}</li>`)} ${rubric.parameters.map(
    (entry) => html`<li>${pick(entry.label, lang)} (${entry.year}): ${entry.unit === "KRW" ? t.won(n(entry.value)) : `${n(entry.value)} ${entry.unit}`}${entry.validFrom && entry.validUntil ? `, ${t.applied(entry.validFrom, entry.validUntil)}` : ""}. ${pick(entry.note, lang)}</li>`
  )}</ul><ol>${rubric.sources.map((source) => html`<li>${link(source.url, pick(source.title, lang))}. ${pick(source.publisher, lang)}${source.date ? `, ${source.date}` : ""}.</li>`)}</ol><p>${rubric.id} · ${rubric.version} · ${rubric.effectiveDate}${rubric.reviewDate ? ` \u2013 ${rubric.reviewDate}` : ""}</p></details><p class="disclaimer">${pick(rubric.disclaimer, lang)}</p><div class="nav no-print"><button part="button" type="button" @click="${context.onChangeAnswers}">${t.changeAnswers}</button> <button part="button" type="button" @click="${() => window.print()}">${t.print}</button></div></section> `;
}

export { describeAnswer, points, renderResult };
