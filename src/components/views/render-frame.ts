// The widget's frame: its box, title, notices, progress and score line around the step or the result shown.
import { html, nothing, type TemplateResult } from 'lit';
import { answersAsked } from '../../rubric/assess.js';
import type { Rubric } from '../../rubric/types.js';
import type { ScoreDetail } from '../events.js';
import { formatNumber, pick } from '../i18n/localize.js';
import type { LanguageController } from '../i18n/language-controller.js';
import type { ResultViewLoader } from '../loading/result-view-loader.js';
import type { RubricSource } from '../loading/rubric-source.js';
import type { AnswersStore } from '../state/answers-store.js';
import type { ApplicantActions } from '../state/applicant-actions.js';
import type { Assessments } from '../state/assessments.js';
import type { Notices } from '../state/notices.js';
import type { Flow } from '../state/step-flow.js';
import type { WhatIf } from '../state/what-if.js';
import { heading } from './heading.js';
import { keepCodes } from './keep-codes.js';
import { renderLanguagePicker } from './render-language-picker.js';
import { presetNote, renderProblems, renderStep } from './render-step.js';
import { scoreLine } from './result-context.js';
import type { OtherVisasState } from '../other-visas/state.js';

/** What the frame is drawn from: the element's state (../state/assessment-state.ts) at this render. */
export interface Frame {
  readonly languages: Pick<LanguageController, 'shown' | 'lang' | 'messages' | 'localized'>;
  /** The rubric in use; null while one loads or after it failed. */
  readonly rubric: Rubric | null;
  readonly notices: Pick<Notices, 'shown'>;
  readonly source: Pick<RubricSource, 'retryable'>;
  readonly flow: Flow;
  readonly whatIf: WhatIf;
  readonly store: Pick<AnswersStore, 'given' | 'typed'>;
  readonly assessments: Assessments;
  readonly resultView: Pick<ResultViewLoader, 'render' | 'warm'>;
  readonly actions: ApplicantActions;
  /** The other visas, for the section after the result. */
  readonly others: OtherVisasState;
  steps(rubric: Rubric): number[];
}

/** The whole widget for `frame`: waiting for a language, loading or failed, a step, or the result. */
export function renderFrame(
  frame: Frame,
  /** The assessment of the answers given. */
  real: ScoreDetail | null,
  /** The widget's top heading level. */
  level: number,
  languagePicker: boolean,
): TemplateResult {
  const { languages, actions, assessments, store } = frame;
  const { lang, messages: t } = languages;
  // Waiting for the page's language (a Korean page shows nothing rather than English).
  if (!languages.shown) return html`<div part="base" class="base" aria-busy="true"></div>`;
  const rubric = frame.rubric && languages.localized(frame.rubric);
  const notices = frame.notices.shown;
  const fatal = notices.some((problem) => problem.fatal);
  const problems = renderProblems(notices, t, frame.source.retryable ? actions.retry : undefined);
  if (!rubric || !real || fatal) {
    return html`<div part="base" class="base" lang=${lang}>${fatal ? problems : html`<p role="status" class="loading" tabindex="-1">${t.loading}</p>`}</div>`;
  }
  const { view } = frame.flow;
  const scenario = frame.whatIf.answers;
  // A what-if shows only on the result; everything else is the answers given.
  const assessment = view === 'result' && scenario ? assessments.of(rubric, scenario, true) : real;
  const steps = frame.steps(rubric);
  const line = scoreLine(assessment, rubric, t, lang);
  // What the step and the result are both given.
  const shared = {
    rubric,
    lang,
    t,
    answers: assessment.answers,
    asked: answersAsked(rubric, assessment.answers),
    preset: new Set(Object.keys(assessments.presets(rubric))),
    presetNote: (id: string) => presetNote(rubric, lang, t, assessment, id),
  };
  // What the result view is given: for the result, or made ahead on a step (ResultViewLoader.warm).
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
    others: frame.others,
  });
  const last = view !== 'result' && (steps.at(-1) ?? 0) <= view;
  if (view !== 'result') frame.resultView.warm(resultContext, last);
  return html`
    <div part="base" class="base" lang=${lang}>
      ${languagePicker ? renderLanguagePicker(lang, t, actions.language) : nothing}
      ${heading(level, keepCodes(pick(rubric.title, lang)))}
      ${problems}
      ${assessment.outdated ? html`<p class="notice">${t.outdated(rubric.reviewDate ?? '')}</p>` : nothing}
      ${view === 0 ? html`<p class="help">${t.start(formatNumber(Math.max(1, Math.round(rubric.questions.length / 4)), lang))}</p>` : nothing}
      <div class="meta">
        ${view === 'result' ? nothing : html`<p part="progress" class="progress">${t.step(Math.max(1, steps.indexOf(view) + 1), Math.max(steps.length, 1))}</p>`}
        <p class="running" aria-hidden=${view === 'result' ? 'true' : nothing}>${line}</p>
      </div>
      ${
        view === 'result'
          ? frame.resultView.render(resultContext(), t.loading)
          : renderStep({
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
              onNumberDone: actions.numberDone,
            })
      }
      ${view === 'result' ? nothing : html`<p class="disclaimer">${keepCodes(pick(rubric.disclaimer, lang))}</p>`}
    </div>
  `;
}
