import { html, nothing } from 'lit';
import { threshold, parameter, trace, holds } from '../../rubric/conditions.js';
import { own } from '../../rubric/own.js';
import { questionsById } from '../../rubric/assess/asked.js';
import { scoresOf } from '../../rubric/assess/points.js';
import { pick, formatNumber } from '../i18n/localize.js';
import { keepCodes } from './keep-codes.js';
import { describeAnswer } from '../question-types/index.js';
import { link, labelled } from './result-context.js';
import { later } from './later.js';

function conditionText(condition, context) {
  const { t, lang, rubric } = context;
  if ("score" in condition)
    return t.atLeast(
      scoreLabel(condition.score, context),
      t.points(formatNumber(scoreNeeded(condition, rubric), lang))
    );
  const question = questionsById(rubric).get(condition.question);
  const label = pick(question.label, lang);
  const options = "in" in condition ? condition.in : "includes" in condition ? condition.includes : void 0;
  const text = options ? labelled(label, options.map((option) => describeAnswer(question, option, context)).join(t.or), t) : t.atLeast(
    label,
    describeAnswer(
      question,
      threshold(rubric, condition.atLeast, condition.times),
      context
    )
  );
  return context.assessment.asked.includes(question.id) ? `${text}${t.paren(t.yourAnswer(describeAnswer(question, own(context.asked, question.id), context)))}` : text;
}
const scoreLabel = (score, { t, lang, rubric }) => score === "total" ? t.totalScore : pick(rubric.categories.find((category) => category.id === score)?.label, lang);
const scoreNeeded = (condition, rubric) => condition.atLeast === "passMark" ? rubric.passMark.value : condition.atLeast;
function renderTrace(node, context) {
  const { t } = context;
  const condition = node.condition;
  if ("all" in condition || "any" in condition) {
    return html`<li>${"all" in condition ? t.allOf : t.anyOf}<ul>${node.parts?.map((part) => renderTrace(part, context))}</ul></li>`;
  }
  return html`<li class="${node.holds ? "met" : "unmet"}"><b aria-hidden="true">${node.holds ? "\u2713" : "\u2717"}</b> <span class="sr">${node.holds ? t.met : t.missing}${t.colon}</span>${keepCodes(conditionText(condition, context))}</li>`;
}
const shownGaps = (outlook) => outlook.gaps.filter((gap) => !gap.unasked).sort((a, b) => a.effort - b.effort);
const howToClose = (gap, context) => {
  const { t } = context;
  const words = gap.changeable === "time" ? t.byTime : gap.changeable === "offer" ? t.byOffer : gap.changeable === "action" ? t.byAction : "";
  return words && t.paren(words);
};
function renderGap(gap, context) {
  const { t, lang, rubric } = context;
  const condition = gap.condition;
  const n = (value) => formatNumber(value, lang);
  const how = howToClose(gap, context);
  if ("score" in condition) {
    const needed = scoreNeeded(condition, rubric);
    const short = gap.short ?? 0;
    return html`<li>${keepCodes(t.pointsShort(n(short), condition.score === "total" && condition.atLeast === "passMark" ? t.thePassMark : `${scoreLabel(condition.score, context)} ${t.points(n(needed))}`, short))}${how}</li>`;
  }
  const question = questionsById(rubric).get(condition.question);
  const label = pick(question.label, lang);
  if ("atLeast" in condition && question.type === "number" && gap.short !== void 0) {
    const scale = condition.times === void 0 ? void 0 : parameter(rubric, condition.times);
    const amount = question.unit === "KRW" ? t.won(formatNumber(gap.short, lang, 0)) : t.years(n(gap.short));
    return html`<li>${keepCodes(t.below(label, amount, scale ? t.times(n(condition.atLeast), pick(scale.label, lang)) : describeAnswer(question, condition.atLeast, context)))}${how}</li>`;
  }
  if (question.needs) return html`<li>${keepCodes(pick(question.needs, lang))}</li>`;
  return html`<li>${keepCodes(`${label}${t.paren(t.yourAnswer(describeAnswer(question, own(context.asked, question.id), context)))}`)}${how}</li>`;
}
function traced(route, context) {
  const { rubric, assessment, asked } = context;
  const node = trace(route.when, { rubric, answers: asked, scores: scoresOf(assessment) });
  const parts = "all" in route.when || "any" in route.when ? node.parts ?? [] : [node];
  const missing = "all" in route.when ? parts.filter((part) => !part.holds) : node.holds ? [] : [node];
  return { node, parts, missing };
}
function closeCalls(node, context, found) {
  const { rubric, asked: answers, lang, t } = context;
  const condition = node.condition;
  if (!node.holds) return found;
  const holding = node.parts?.filter((part) => part.holds) ?? [];
  if ("all" in condition) holding.forEach((part) => closeCalls(part, context, found));
  else if ("any" in condition) holding.length === 1 && closeCalls(holding[0], context, found);
  else if ("atLeast" in condition && "question" in condition && !("score" in condition)) {
    const needed = threshold(rubric, condition.atLeast, condition.times);
    const scale = condition.times === void 0 ? void 0 : parameter(rubric, condition.times);
    const question = questionsById(rubric).get(condition.question);
    if (own(answers, question.id) < needed * 1.01) {
      found.set(
        `${question.id}${needed}`,
        t.closeCall(
          pick(question.label, lang),
          scale ? t.times(formatNumber(condition.atLeast, lang), pick(scale.label, lang)) : describeAnswer(question, needed, context)
        )
      );
    }
  }
  return found;
}
function renderRoute(route, outlook, context) {
  const { rubric, lang, t } = context;
  const { node, parts } = traced(route, context);
  const closed = outlook?.standing === "closed";
  const sources = (route.sources ?? []).map((id) => rubric.sources.find((source) => source.id === id)).filter((source) => source !== void 0);
  const n = (value) => formatNumber(value, lang);
  return html`<li part="pathway" class="${node.holds ? "pathway met" : "pathway"}"><details><summary><b>${keepCodes(pick(route.label, lang))}<span class="status">${t.paren(node.holds ? t.met : closed ? t.notOpen : t.notMet)}</span></b> · ${"any" in route.when ? t.anyOf : t.conditions(n(parts.filter((part) => part.holds).length), n(parts.length))}</summary>${later(
    context,
    () => html`${route.status ? html`<p><strong>${keepCodes(t.leadsTo(pick(route.status, lang)))}</strong></p>` : nothing}<p>${keepCodes(pick(route.description, lang))}</p><ul>${parts.map((part) => renderTrace(part, context))}</ul>${route.basis ? html`<p class="help">${keepCodes(t.basis(pick(route.basis, lang)))}${sources.map((source, index) => html`${index ? t.listSeparator : " \xB7 "}${link(source.url, pick(source.publisher, lang), t)}${source.date ? `${t.comma}${source.date}` : ""}`)}</p>` : nothing} ${route.assumption ? html`<p class="help">${keepCodes(pick(route.assumption, lang))}</p>` : nothing} ${outlook?.standing === "open" && shownGaps(outlook).length ? html`<p>${t.missingNow}</p><ul class="gaps">${shownGaps(outlook).map((gap) => renderGap(gap, context))}</ul>` : nothing} ${node.holds && route.next?.length ? html`<p><strong>${t.nextSteps}</strong></p><ol>${route.next.filter((step) => !step.when || holds(step.when, { rubric, answers: context.asked })).map((step) => html`<li>${link(step.url, pick(step.text, lang), t)}</li>`)}</ol>` : nothing}`
  )}</details></li>`;
}

export { closeCalls, howToClose, renderGap, renderRoute, shownGaps, traced };
