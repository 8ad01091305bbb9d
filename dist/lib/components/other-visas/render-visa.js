import { nothing, html } from 'lit';
import { holds, threshold, parameter } from '../../rubric/conditions.js';
import { questionsById } from '../../rubric/assess/asked.js';
import { pointsFor, maxPoints } from '../../rubric/assess/points.js';
import { heading } from '../views/heading.js';
import { keepCodes } from '../views/keep-codes.js';
import { pick, formatNumber } from '../i18n/localize.js';
import { describeAnswer } from '../question-types/index.js';
import { link, labelled } from '../views/result-context.js';

function inUnit(question, value, context) {
  const { t, lang } = context;
  if (question.type === "number" && question.unit === "KRW") return t.won(formatNumber(value, lang, 0));
  return question.type === "number" && question.unit === "years" ? t.years(formatNumber(value, lang)) : formatNumber(value, lang);
}
function factText(fact, result, context) {
  const { rubric, lang, t, words } = context;
  const condition = fact.condition;
  const n = (value) => formatNumber(value, lang);
  if ("score" in condition) {
    const label2 = condition.score === "total" ? t.totalScore : pick(rubric.categories.find((category) => category.id === condition.score)?.label, lang);
    const needed = condition.atLeast === "passMark" ? rubric.passMark.value : condition.atLeast;
    const value = condition.score === "total" ? result.points?.total ?? 0 : result.points?.categories[condition.score] ?? 0;
    const points = words.pointsValue(n(value));
    return fact.holds || fact.short === void 0 ? words.atLeast(label2, points, words.pointsValue(n(needed))) : words.pointsShort(label2, points, words.pointsValue(n(fact.short)), words.pointsValue(n(needed)));
  }
  const question = questionsById(rubric).get(condition.question);
  const label = pick(question.label, lang);
  const answer = fact.answer === void 0 ? void 0 : describeAnswer(question, fact.answer, { rubric, lang, t });
  if ("atLeast" in condition) {
    const amount = inUnit(question, threshold(rubric, condition.atLeast, condition.times), context);
    const scale = condition.times === void 0 ? void 0 : parameter(rubric, condition.times);
    const needed = scale ? words.figure(
      condition.atLeast === 1 ? pick(scale.label, lang) : t.times(n(condition.atLeast), pick(scale.label, lang)),
      amount
    ) : amount;
    if (answer === void 0) return words.needsAtLeast(label, needed);
    return fact.holds || fact.short === void 0 ? words.atLeast(label, answer, needed) : words.below(label, answer, inUnit(question, fact.short, context), needed);
  }
  if (!fact.holds && question.needs) return pick(question.needs, lang);
  return answer === void 0 ? label : labelled(label, answer, t);
}
function renderAssumed(assumed, title, context) {
  const { rubric, lang, t } = context;
  const questions = questionsById(rubric);
  return assumed.length ? html`<p class="label">${title}</p><ul>${assumed.map((entry) => {
    const question = questions.get(entry.question);
    return html`<li>${keepCodes(labelled(pick(question.label, lang), describeAnswer(question, entry.answer, { rubric, lang, t }), t))}</li>`;
  })}</ul>` : nothing;
}
const STATUS = { met: "met", "not-met": "notMet", "needs-answers": "needsAnswers" };
function renderVisa(result, context) {
  const { rubric, lang, t, words } = context;
  const n = (value) => formatNumber(value, lang);
  const questions = questionsById(rubric);
  const route = rubric.pathways.find((pathway) => pathway.id === result.route);
  const points = result.points;
  const label = (id) => pick(questions.get(id)?.label, lang);
  const gainsPoints = (entry) => {
    const question = questions.get(entry.question);
    return pointsFor(rubric, question, entry.answer, context.answers) < maxPoints(question);
  };
  const facts = result.facts.filter((fact) => !fact.assumed);
  const next = result.next.filter((step) => !step.when || holds(step.when, { rubric, answers: context.answers }));
  return html`<li part="visa" class="visa ${result.status}">${heading(context.level, keepCodes(pick(rubric.title, lang)))}<p class="visa-status"><strong>${words[STATUS[result.status]]}</strong>${!route ? nothing : result.status === "met" ? html`<br>${keepCodes(words.through(pick(route.label, lang)))}` : (
    // Whose facts follow: one route's conditions are not the whole visa's (a listed employer is one category of F-2-7).
    rubric.pathways.length > 1 ? html`<br>${keepCodes(words.nearest(pick(route.label, lang)))}` : nothing
  )}</p>${points ? html`<p>${words.points(n(points.total), n(points.max), n(points.passMark))}${points.complete ? nothing : html`<br><span class="help">${words.partial}</span>`}</p>` : nothing} ${facts.length ? html`<p class="label">${words.deciding}</p><ul class="facts">${facts.map(
    (fact) => html`<li class="${fact.holds ? "met" : "unmet"}"><b aria-hidden="true">${fact.holds ? "\u2713" : "\u2717"}</b> <span class="sr">${fact.holds ? t.met : t.missing}${t.colon}</span>${keepCodes(factText(fact, result, context))}</li>`
  )}</ul>` : nothing} ${result.missing.length ? html`<p>${words.stillToAnswer} ${keepCodes(result.missing.map(label).join(t.listSeparator))}</p>` : nothing} ${renderAssumed(
    result.assumed.filter((entry) => !gainsPoints(entry)),
    words.alsoRequired,
    context
  )} ${renderAssumed(result.assumed.filter(gainsPoints), words.notCounted, context)} ${rubric.assumptions?.length ? html`<details><summary>${words.assumptions}</summary><ul>${rubric.assumptions.map((text) => html`<li>${keepCodes(pick(text, lang))}</li>`)}</ul></details>` : nothing} ${next.length ? html`<p class="label">${words.next}</p><ol>${next.map((step) => html`<li>${link(step.url, pick(step.text, lang), t)}</li>`)}</ol>` : nothing}<p class="help">${words.sources}${t.colon}${result.sources.map(
    (source, index) => html`${index ? t.listSeparator : ""}${link(source.url, pick(source.title, lang), t)}${source.date ? `${t.comma}${source.date}` : ""}`
  )}${t.period}${rubric.reviewDate ? words.reviewed(rubric.effectiveDate, rubric.reviewDate) : ""}</p>${result.outdated ? html`<p class="notice">${words.outdated(rubric.reviewDate ?? "")}</p>` : nothing}</li>`;
}

export { factText, renderVisa };
