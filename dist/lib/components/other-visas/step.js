import { nothing, html } from 'lit';
import { own } from '../../rubric/own.js';
import { askedIds, questionsById } from '../../rubric/assess/asked.js';
import { heading } from '../views/heading.js';
import { renderQuestion } from '../question-types/index.js';

function stepQuestions(rubrics, answers, given, shown) {
  const seen = /* @__PURE__ */ new Set();
  const found = [];
  for (const rubric of rubrics) {
    const asked = askedIds(rubric, answers);
    const questions = questionsById(rubric);
    for (const step of rubric.steps) {
      for (const id of step.questions) {
        const question = questions.get(id);
        if (!question || seen.has(id) || !asked.has(id) || question.assumedAnswer !== void 0 || given.has(id))
          continue;
        if (own(answers, id) !== void 0 && !shown.has(id)) continue;
        seen.add(id);
        found.push({ question, rubric });
      }
    }
  }
  return found;
}
function focusField(event, id) {
  event.preventDefault();
  event.currentTarget.getRootNode().querySelector(`.other-visas [name="${id}"]`)?.focus();
}
function renderVisaStep(context) {
  const { t, words } = context;
  const errors = Object.entries(context.errors).filter(
    ([id]) => context.questions.some((entry) => entry.question.id === id)
  );
  return html`<form part="visa-step" class="visa-step" novalidate @submit="${context.onCheck}">${heading(context.level, words.stepTitle, "ov-step")}<p class="help">${words.stepHelp}</p>${errors.length && context.summary ? html`<div id="ov-errors" class="error-summary" tabindex="-1">${heading(context.level + 1, t.problem)}<ul>${errors.map(([id, message]) => html`<li><a href="#q-${id}" @click="${(event) => focusField(event, id)}">${message}</a></li>`)}</ul></div>` : nothing} ${context.questions.map(
    ({ question, rubric }) => renderQuestion(question, {
      rubric,
      lang: context.lang,
      t,
      answer: own(context.answers, question.id),
      typed: own(context.typed, question.id),
      error: own(context.errors, question.id),
      onChoice: context.onChoice,
      onNumber: context.onNumber,
      onNumberDone: context.onNumberDone
    })
  )}<div class="nav"><button part="button" type="submit" @click="${context.onCheck}">${words.check}</button></div></form>`;
}

export { renderVisaStep, stepQuestions };
