// What the result says to a screen reader after a what-if change, and why a what-if field's text is no answer yet.
import { html, type TemplateResult } from 'lit';
import { typedError } from '../question-types/answers.js';
import { type ResultContext, scoreLine } from './result-context.js';

/**
 * Why each what-if field's text is not an answer, in the language shown: read
 * again from the text, so a language switch words it (and its one-click fix)
 * in the new language.
 */
export function whatIfErrorsNow(context: ResultContext): Record<string, string> {
  const { rubric, t, lang, whatIfErrors, whatIfTyped } = context;
  const errors: Record<string, string> = {};
  for (const [id, error] of Object.entries(whatIfErrors)) {
    const question = rubric.questions.find((candidate) => candidate.id === id);
    errors[id] = (question && typedError(question, whatIfTyped[id] ?? '', t, lang)) || error;
  }
  return errors;
}

/**
 * The status region before the result: said once per what-if change (its
 * verdict and score, why its text is no answer yet, or the result given once
 * the answers are back to it: focus stays on the control). The real result is
 * read from its heading and card, and the score line above the result is only
 * a visual aid (a sticky copy while a what-if field has focus).
 */
export function renderWhatIfStatus(context: ResultContext): TemplateResult {
  const { assessment, rubric, t, lang, whatIfErrors: errors, whatIfSlip: slip } = context;
  const line = scoreLine(assessment, rubric, t, lang);
  const said =
    slip && errors[slip]
      ? `${t.errorPrefix} ${errors[slip]}`
      : assessment.scenario
        ? t.whatIfVerdict(assessment.eligible, line)
        : context.backToGiven
          ? `${assessment.eligible ? t.mayQualify : t.notYet}${t.comma}${line}`
          : '';
  return html`<p class="sr" role="status">${said}</p>`;
}
