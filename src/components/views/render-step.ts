// One step: its questions, the error summary after Next, Back and Next; and the notices above it.
import { html, nothing, type TemplateResult } from 'lit';
import { questionsById } from '../../rubric/assess.js';
import { own } from '../../rubric/own.js';
import type { AnswerValue, Question, Rubric } from '../../rubric/types.js';
import type { AssessmentErrorDetail, ScoreDetail } from '../events.js';
import { heading } from './heading.js';
import { formatNumber, pick } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
import { describeAnswer, renderQuestion, type QuestionContext } from '../question-types/index.js';

/** A problem the widget shows; a fatal one replaces the form (no rubric to score with), a notice sits above it. */
export interface Problem extends AssessmentErrorDetail {
  fatal: boolean;
  /** The message in the language shown. */
  words: (t: Messages) => string;
}

/** What rendering a step needs from the element. */
export interface StepContext
  extends Pick<QuestionContext, 'rubric' | 'lang' | 't' | 'onChoice' | 'onNumber' | 'onNumberDone'> {
  index: number;
  /** No step before it asks anything (no Back). */
  first: boolean;
  /** No step after it asks anything (Next shows the result). */
  last: boolean;
  /** The level of the widget's own heading (the step's is one below). */
  level: number;
  answers: Readonly<Record<string, AnswerValue | undefined>>;
  /** Ids of the questions this step asks with these answers. */
  asked: ReadonlySet<string>;
  /** Ids the host answered (shown as a note, not asked). */
  preset: ReadonlySet<string>;
  typed: Readonly<Record<string, string>>;
  fieldErrors: Readonly<Record<string, string>>;
  /** Whether the error summary is shown (after Next on this step). */
  summary: boolean;
  presetNote: (id: string) => string;
  onNext: (event: Event) => void;
  onPressNext: () => void;
  onBack: () => void;
}

/** An error summary link: focus goes to the question's first input (a radio, or the text field), which names the question. */
function focusField(event: Event, id: string): void {
  event.preventDefault();
  // Question ids are plain (parseRubric checks their form), so no escaping is needed.
  ((event.currentTarget as Element).getRootNode() as ParentNode).querySelector<HTMLElement>(`[name="${id}"]`)?.focus();
}

/** A host's preset answer in words: the question, the answer, and the points it gives. */
export function presetNote(rubric: Rubric, lang: string, t: Messages, assessment: ScoreDetail, id: string): string {
  const question = questionsById(rubric).get(id) as Question;
  const points = assessment.criteria.find((criterion) => criterion.id === id)?.points ?? 0;
  const answer = describeAnswer(question, own(assessment.answers, id), { rubric, lang, t });
  return t.preset(pick(question.label, lang), answer, points ? formatNumber(points, lang) : '');
}

/** One step: its questions, the error summary after Next, and Back / Next. */
export function renderStep(context: StepContext): TemplateResult {
  const { rubric, lang, t, index } = context;
  const step = rubric.steps[index];
  // Only errors of questions still asked (choosing "no degree" hides the university).
  const errors = Object.entries(context.fieldErrors).filter(([id]) => context.asked.has(id));
  const questions = questionsById(rubric);
  return html`
    <form part="step" novalidate @submit=${context.onNext}>
      ${heading(context.level + 1, pick(step?.label, lang), 'step-title')}
      ${
        errors.length && context.summary
          ? // Not a live region: it takes focus once, after Next, so it is read once; a live region would be read out again on each answer.
            html`<div id="error-summary" class="error-summary" tabindex="-1">
            ${heading(context.level + 2, t.problem)}
            <ul>${errors.map(([id, message]) => html`<li><a href="#q-${id}" @click=${(event: Event) => focusField(event, id)}>${message}</a></li>`)}</ul>
          </div>`
          : nothing
      }
      ${step?.questions.map((id) => {
        if (context.preset.has(id)) return html`<p class="preset" part="question">${context.presetNote(id)}</p>`;
        if (!context.asked.has(id)) return nothing;
        return renderQuestion(questions.get(id) as Question, {
          rubric,
          lang,
          t,
          answer: own(context.answers, id),
          typed: own(context.typed, id),
          error: own(context.fieldErrors, id),
          onChoice: context.onChoice,
          onNumber: context.onNumber,
          onNumberDone: context.onNumberDone,
        });
      })}
      <div class="nav">
        ${context.first ? nothing : html`<button part="button" type="button" @click=${context.onBack}>${t.back}</button>`}
        <button part="button" type="submit" @pointerdown=${context.onPressNext} @click=${context.onNext}>${context.last ? t.seeResult : t.next}</button>
      </div>
    </form>
  `;
}

/**
 * The problems above the form (role=alert: each appears once), with Try again for a failed rubric-src. Their
 * details are the engine's issues, written in English for the site's developers: marked so, for screen readers.
 */
export const renderProblems = (problems: readonly Problem[], t: Messages, onRetry: (() => void) | undefined) =>
  problems.map(
    (problem) => html`<div class="problem" role="alert">
      <p>${problem.fatal ? html`<strong>${t.errorTitle}${t.colon}</strong>` : nothing}${problem.words(t)}</p>
      ${
        problem.issues.length
          ? // Issues are in English, for the page's developers, whatever the widget's language (WCAG 3.1.2).
            html`<ul lang="en">${problem.issues.slice(0, 12).map((issue) => html`<li>${issue.path && `${issue.path}: `}${issue.message}</li>`)}</ul>`
          : nothing
      }
      ${problem.fatal && onRetry ? html`<button part="button" type="button" @click=${onRetry}>${t.retry}</button>` : nothing}
    </div>`,
  );
