// "Check other visas": the one short step of questions the visa rubrics need and no step asked yet, rendered as the main steps render theirs.
import { html, nothing, type TemplateResult } from 'lit';
import { askedIds, questionsById } from '../../rubric/assess.js';
import { own } from '../../rubric/own.js';
import type { AnswerValue, Answers, Question, Rubric } from '../../rubric/types.js';
import { heading } from '../views/heading.js';
import { renderQuestion, type QuestionContext } from '../question-types/index.js';
import type { VisaWords } from './words.js';

/** A question of the step, with the rubric it is read with (its figures, its wording). */
export interface StepQuestion {
  question: Question;
  rubric: Rubric;
}

/**
 * The step's questions, each once (the first rubric's wording), in rubric
 * and step order: asked by some visa with these answers, not assumed, not
 * answered by the steps before (`given`), and either unanswered or answered
 * here (`own`): a question answered once is never asked again elsewhere, and
 * one answered here stays in the step while it is shown.
 */
export function stepQuestions(
  rubrics: readonly Rubric[],
  answers: Answers,
  given: ReadonlySet<string>,
  shown: ReadonlySet<string>,
): StepQuestion[] {
  const seen = new Set<string>();
  const found: StepQuestion[] = [];
  for (const rubric of rubrics) {
    const asked = askedIds(rubric, answers);
    const questions = questionsById(rubric);
    for (const step of rubric.steps) {
      for (const id of step.questions) {
        const question = questions.get(id);
        if (!question || seen.has(id) || !asked.has(id) || question.assumedAnswer !== undefined || given.has(id))
          continue;
        if (own(answers, id) !== undefined && !shown.has(id)) continue;
        seen.add(id);
        found.push({ question, rubric });
      }
    }
  }
  return found;
}

/** What the step needs from the view. */
export interface StepContext extends Pick<QuestionContext, 'lang' | 't' | 'onChoice' | 'onNumber' | 'onNumberDone'> {
  words: VisaWords;
  level: number;
  questions: StepQuestion[];
  answers: Readonly<Record<string, AnswerValue>>;
  typed: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  /** The error summary shows (after the button found errors). */
  summary: boolean;
  onCheck: (event: Event) => void;
}

/** An error summary link: focus goes to the question's first field. */
function focusField(event: Event, id: string): void {
  event.preventDefault();
  ((event.currentTarget as Element).getRootNode() as ParentNode)
    .querySelector<HTMLElement>(`.other-visas [name="${id}"]`)
    ?.focus();
}

/** The step: its heading, the error summary after the button, the questions, and the button. */
export function renderVisaStep(context: StepContext): TemplateResult {
  const { t, words } = context;
  const errors = Object.entries(context.errors).filter(([id]) =>
    context.questions.some((entry) => entry.question.id === id),
  );
  return html`<form part="visa-step" class="visa-step" novalidate @submit=${context.onCheck}>
    ${heading(context.level, words.stepTitle, 'ov-step')}
    <p class="help">${words.stepHelp}</p>
    ${
      errors.length && context.summary
        ? html`<div id="ov-errors" class="error-summary" tabindex="-1">
          ${heading(context.level + 1, t.problem)}
          <ul>${errors.map(([id, message]) => html`<li><a href="#q-${id}" @click=${(event: Event) => focusField(event, id)}>${message}</a></li>`)}</ul>
        </div>`
        : nothing
    }
    ${context.questions.map(({ question, rubric }) =>
      renderQuestion(question, {
        rubric,
        lang: context.lang,
        t,
        answer: own(context.answers, question.id),
        typed: own(context.typed, question.id),
        error: own(context.errors, question.id),
        onChoice: context.onChoice,
        onNumber: context.onNumber,
        onNumberDone: context.onNumberDone,
      }),
    )}
    <div class="nav"><button part="button" type="submit" @click=${context.onCheck}>${words.check}</button></div>
  </form>`;
}
