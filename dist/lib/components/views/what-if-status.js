import { html } from 'lit';
import { typedError } from '../question-types/answers.js';
import { scoreLine } from './result-context.js';

function whatIfErrorsNow(context) {
  const { rubric, t, lang, whatIfErrors, whatIfTyped } = context;
  const errors = {};
  for (const [id, error] of Object.entries(whatIfErrors)) {
    const question = rubric.questions.find((candidate) => candidate.id === id);
    errors[id] = question && typedError(question, whatIfTyped[id] ?? "", t, lang) || error;
  }
  return errors;
}
function renderWhatIfStatus(context) {
  const { assessment, rubric, t, lang, whatIfErrors: errors, whatIfSlip: slip } = context;
  const line = scoreLine(assessment, rubric, t, lang);
  const said = slip && errors[slip] ? `${t.errorPrefix} ${errors[slip]}` : assessment.scenario ? t.whatIfVerdict(assessment.eligible, line) : context.backToGiven ? `${assessment.eligible ? t.mayQualify : t.notYet}${t.comma}${line}` : "";
  return html`<p class="sr" role="status">${said}</p>`;
}

export { renderWhatIfStatus, whatIfErrorsNow };
