// What the applicant's clicks and typing do: the handlers the views call, applied through the answers store and the step flow.
import { toggleOption } from '../../rubric/answers.js';
import { own } from '../../rubric/own.js';
import type { AnswerValue, Answers, Question, Rubric } from '../../rubric/types.js';
import type { AssessmentEvent } from '../emit.js';
import { AnswerEvent, ScoreEvent } from '../events.js';
import type { RubricSource } from '../loading/rubric-source.js';
import type { FocusAfterRender } from '../views/focus-after-render.js';
import type { AnswersStore } from './answers-store.js';
import type { Assessments } from './assessments.js';
import type { Notices } from './notices.js';
import { typedNumber } from '../question-types/answers.js';
import * as steps from './step-flow.js';
import type { Flow } from './step-flow.js';
import type { WhatIf } from './what-if.js';

/** What the handlers work on: the element's state (assessment-state.ts). */
export interface ActionsState {
  readonly rubric: Rubric | null;
  flow: Flow;
  readonly store: AnswersStore;
  readonly whatIf: WhatIf;
  readonly focus: Pick<FocusAfterRender, 'next'>;
  readonly notices: Pick<Notices, 'keep'>;
  readonly source: Pick<RubricSource, 'retry'>;
  readonly assessments: Pick<Assessments, 'of'>;
  steps(rubric: Rubric): number[];
  /** Why each question a step asks cannot be counted yet, worded in the language shown. */
  stepErrors(rubric: Rubric, step: number): Record<string, string>;
  typedError(question: Question, typed: string): string | undefined;
  /** Fires one of the element's events. */
  emit<T>(Type: new (detail: T) => AssessmentEvent, detail: T): void;
  chooseLanguage(code: string): void;
}

/** The handlers, made once per element; each is an arrow function a template can hold. */
export class ApplicantActions {
  #state: ActionsState;
  /** Next is pressed (pointer down) and not yet clicked. */
  #pressingNext = false;

  constructor(state: ActionsState) {
    this.#state = state;
  }

  /** The flow after a move; focus goes to `focus` once it is rendered. */
  #move({ flow, focus }: steps.Move): void {
    this.#state.flow = flow;
    if (focus) this.#state.focus.next(focus);
  }

  #score(rubric: Rubric, scenario?: Answers): void {
    const { store, assessments } = this.#state;
    this.#state.emit(ScoreEvent, assessments.of(rubric, scenario ?? store.given, !!scenario));
  }

  #answer(question: Question, value: AnswerValue | undefined): void {
    const { rubric, store, assessments } = this.#state;
    if (!rubric || !store.answer(question.id, value)) return;
    if (value !== undefined) this.#state.flow = steps.answered(this.#state.flow, question.id);
    const assessment = assessments.of(rubric, store.given);
    this.#state.emit(AnswerEvent, { questionId: question.id, value, assessment });
  }

  choice = (question: Question, option: string, ticked?: boolean): void =>
    this.#answer(
      question,
      question.type === 'multi'
        ? toggleOption(question, own(this.#state.store.given, question.id), option, !!ticked)
        : option,
    );

  number = (question: Question, typed: string): void => {
    this.#state.store.type(question.id, typed);
    // Empty or not (yet) a number: no answer, and the text stays in the field.
    const invalid = typed.trim() === '' || this.#state.typedError(question, typed);
    this.#answer(question, invalid ? undefined : typedNumber(question, typed));
  };

  /**
   * Leaving a number field: a slip such as "150" for a salary is pointed out
   * now, not only on Next. Not when Next is being pressed: the error would
   * push Next down between press and release, and the click would be lost;
   * Next shows it anyway.
   */
  numberDone = (question: Question, typed: string): void => {
    if (this.#pressingNext) {
      this.#pressingNext = false;
      return;
    }
    this.#state.flow = steps.leftField(this.#state.flow, question.id, this.#state.typedError(question, typed));
  };

  pressNext = (): void => {
    this.#pressingNext = true;
  };

  // On the button's click (Enter in a field clicks it too) as well as on
  // submit: a frame sandboxed without allow-forms blocks submission before
  // the submit event, and preventing the click keeps the form from submitting.
  next = (event: Event): void => {
    event.preventDefault();
    this.#pressingNext = false;
    const { rubric, flow } = this.#state;
    if (!rubric || typeof flow.view !== 'number') return;
    const move = steps.next(flow, this.#state.steps(rubric), this.#state.stepErrors(rubric, flow.view));
    // Notices have been seen by now; fatal problems never reach this handler.
    this.#state.notices.keep(() => false);
    this.#move(move);
    if (move.reachedResult) this.#score(rubric);
  };

  back = (): void => {
    const { rubric } = this.#state;
    if (rubric) this.#move(steps.back(this.#state.flow, this.#state.steps(rubric)));
  };

  /** A what-if change on the result: scored as a scenario, the answers given stay as they are. */
  whatIf = (question: Question, field: HTMLInputElement | HTMLSelectElement): void => {
    const { rubric, store, whatIf } = this.#state;
    if (!rubric) return;
    const error = this.#state.typedError(question, field.value);
    const scenario = whatIf.change(rubric, question, field.value, store.given, error);
    if (scenario) this.#score(rubric, scenario);
    // Back to the answers given with the control in hand: the what-if ends, and focus stays on that control
    // (moving it to the heading would take a keyboard user off the list they are reading; WCAG 3.2.2).
    else if (scenario === null && whatIf.answers) {
      whatIf.end(true);
      this.#score(rubric);
    }
  };

  /** Back to the real result: the what-if is dropped, the host hears the applicant's result again. */
  restore = (): void => {
    const { rubric, whatIf } = this.#state;
    if (!rubric || !whatIf.answers) return;
    whatIf.end();
    // The button goes away with the scenario: keep focus on the result.
    this.#state.focus.next('#result-title');
    this.#score(rubric);
  };

  changeAnswers = (): void => {
    this.#state.whatIf.end();
    this.#state.store.forgetTyped();
    this.#move(steps.changeAnswers(this.#state.flow));
  };

  // The button goes with the failure: focus goes to the loading status, then to what replaces it.
  retry = (): void => {
    this.#state.focus.next('.loading');
    this.#state.source.retry();
  };

  language = (code: string): void => this.#state.chooseLanguage(code);
}
