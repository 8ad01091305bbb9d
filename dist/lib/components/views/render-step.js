import { nothing, html } from 'lit';
import { own } from '../../rubric/own.js';
import { questionsById } from '../../rubric/assess/asked.js';
import { heading } from './heading.js';
import { pick, formatNumber } from '../i18n/localize.js';
import { renderQuestion, describeAnswer } from '../question-types/index.js';

function focusField(event, id) {
  event.preventDefault();
  event.currentTarget.getRootNode().querySelector(`[name="${id}"]`)?.focus();
}
function presetNote(rubric, lang, t, assessment, id) {
  const question = questionsById(rubric).get(id);
  const points = assessment.criteria.find((criterion) => criterion.id === id)?.points ?? 0;
  const answer = describeAnswer(question, own(assessment.answers, id), { rubric, lang, t });
  return t.preset(pick(question.label, lang), answer, points ? formatNumber(points, lang) : "");
}
function renderStep(context) {
  const { rubric, lang, t, index } = context;
  const step = rubric.steps[index];
  const errors = Object.entries(context.fieldErrors).filter(([id]) => context.asked.has(id));
  const questions = questionsById(rubric);
  return html` <form part="step" novalidate @submit="${context.onNext}">${heading(context.level + 1, pick(step?.label, lang), "step-title")} ${errors.length && context.summary ? (
    // Not a live region: it takes focus once, after Next, so it is read once; a live region would be read out again on each answer.
    html`<div id="error-summary" class="error-summary" tabindex="-1">${heading(context.level + 2, t.problem)}<ul>${errors.map(([id, message]) => html`<li><a href="#q-${id}" @click="${(event) => focusField(event, id)}">${message}</a></li>`)}</ul></div>`
  ) : nothing} ${step?.questions.map((id) => {
    if (context.preset.has(id)) return html`<p class="preset" part="question">${context.presetNote(id)}</p>`;
    if (!context.asked.has(id)) return nothing;
    return renderQuestion(questions.get(id), {
      rubric,
      lang,
      t,
      answer: own(context.answers, id),
      typed: own(context.typed, id),
      error: own(context.fieldErrors, id),
      onChoice: context.onChoice,
      onNumber: context.onNumber,
      onNumberDone: context.onNumberDone
    });
  })}<div class="nav">${context.first ? nothing : html`<button part="button" type="button" @click="${context.onBack}">${t.back}</button>`} <button part="button" type="submit" @pointerdown="${context.onPressNext}" @click="${context.onNext}">${context.last ? t.seeResult : t.next}</button></div></form> `;
}
const renderProblems = (problems, t, onRetry) => problems.map(
  (problem) => html`<div class="problem" role="alert"><p>${problem.fatal ? html`<strong>${t.errorTitle}${t.colon}</strong>` : nothing}${problem.words(t)}</p>${problem.issues.length ? html`<ul lang="en">${problem.issues.slice(0, 12).map((issue) => html`<li>${issue.path && `${issue.path}: `}${issue.message}</li>`)}</ul>` : nothing} ${problem.fatal && onRetry ? html`<button part="button" type="button" @click="${onRetry}">${t.retry}</button>` : nothing}</div>`
);

export { presetNote, renderProblems, renderStep };
