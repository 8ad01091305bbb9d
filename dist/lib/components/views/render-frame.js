import { html, nothing } from 'lit';
import { answersAsked } from '../../rubric/assess/asked.js';
import { pick, formatNumber } from '../i18n/localize.js';
import { heading } from './heading.js';
import { keepCodes } from './keep-codes.js';
import { renderLanguagePicker } from './render-language-picker.js';
import { renderProblems, renderStep, presetNote } from './render-step.js';
import { scoreLine } from './result-context.js';

function renderFrame(frame, real, level, languagePicker) {
  const { languages, actions, assessments, store } = frame;
  const { lang, messages: t } = languages;
  if (!languages.shown) return html`<div part="base" class="base" aria-busy="true"></div>`;
  const rubric = frame.rubric && languages.localized(frame.rubric);
  const notices = frame.notices.shown;
  const fatal = notices.some((problem) => problem.fatal);
  const problems = renderProblems(notices, t, frame.source.retryable ? actions.retry : void 0);
  if (!rubric || !real || fatal) {
    return html`<div part="base" class="base" lang="${lang}">${fatal ? problems : html`<p role="status" class="loading" tabindex="-1">${t.loading}</p>`}</div>`;
  }
  const { view } = frame.flow;
  const scenario = frame.whatIf.answers;
  const assessment = view === "result" && scenario ? assessments.of(rubric, scenario, true) : real;
  const steps = frame.steps(rubric);
  const line = scoreLine(assessment, rubric, t, lang);
  const shared = {
    rubric,
    lang,
    t,
    answers: assessment.answers,
    asked: answersAsked(rubric, assessment.answers),
    preset: new Set(Object.keys(assessments.presets(rubric))),
    presetNote: (id) => presetNote(rubric, lang, t, assessment, id)
  };
  const resultContext = () => ({
    ...shared,
    assessment,
    real,
    whatIfErrors: frame.whatIf.errors,
    whatIfTyped: frame.whatIf.typed,
    whatIfSlip: frame.whatIf.slip,
    backToGiven: frame.whatIf.backToGiven,
    level: level + 1,
    onWhatIf: actions.whatIf,
    onRestore: actions.restore,
    onChangeAnswers: actions.changeAnswers,
    others: frame.others
  });
  const last = view !== "result" && (steps.at(-1) ?? 0) <= view;
  if (view !== "result") frame.resultView.warm(resultContext, last);
  return html` <div part="base" class="base" lang="${lang}">${languagePicker ? renderLanguagePicker(lang, t, actions.language) : nothing} ${heading(level, keepCodes(pick(rubric.title, lang)))} ${problems} ${assessment.outdated ? html`<p class="notice">${t.outdated(rubric.reviewDate ?? "")}</p>` : nothing} ${view === 0 ? html`<p class="help">${t.start(formatNumber(Math.max(1, Math.round(rubric.questions.length / 4)), lang))}</p>` : nothing}<div class="meta">${view === "result" ? nothing : html`<p part="progress" class="progress">${t.step(Math.max(1, steps.indexOf(view) + 1), Math.max(steps.length, 1))}</p>`}<p class="running" aria-hidden="${view === "result" ? "true" : nothing}">${line}</p></div>${view === "result" ? frame.resultView.render(resultContext(), t.loading) : renderStep({
    ...shared,
    index: view,
    first: (steps[0] ?? 0) >= view,
    last,
    level,
    asked: new Set(assessments.asked(rubric, view, store.given).map((question) => question.id)),
    typed: store.typed,
    fieldErrors: frame.flow.fieldErrors,
    summary: frame.flow.summaryStep === view,
    onNext: actions.next,
    onPressNext: actions.pressNext,
    onBack: actions.back,
    onChoice: actions.choice,
    onNumber: actions.number,
    onNumberDone: actions.numberDone
  })} ${view === "result" ? nothing : html`<p class="disclaimer">${keepCodes(pick(rubric.disclaimer, lang))}</p>`}</div> `;
}

export { renderFrame };
