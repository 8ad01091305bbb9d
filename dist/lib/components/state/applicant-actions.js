import { toggleOption } from '../../rubric/answers.js';
import { own } from '../../rubric/own.js';
import { ScoreEvent, AnswerEvent } from '../events.js';
import { typedNumber } from '../question-types/answers.js';
import { answered, leftField, next, back, changeAnswers } from './step-flow.js';

class ApplicantActions {
  #state;
  /** Next is pressed (pointer down) and not yet clicked. */
  #pressingNext = false;
  constructor(state) {
    this.#state = state;
  }
  /** The flow after a move; focus goes to `focus` once it is rendered. */
  #move({ flow, focus }) {
    this.#state.flow = flow;
    if (focus) this.#state.focus.next(focus);
  }
  #score(rubric, scenario) {
    const { store, assessments } = this.#state;
    this.#state.emit(ScoreEvent, assessments.of(rubric, scenario ?? store.given, !!scenario));
  }
  #answer(question, value) {
    const { rubric, store, assessments } = this.#state;
    if (!rubric || !store.answer(question.id, value)) return;
    if (value !== void 0) this.#state.flow = answered(this.#state.flow, question.id);
    const assessment = assessments.of(rubric, store.given);
    this.#state.emit(AnswerEvent, { questionId: question.id, value, assessment });
  }
  choice = (question, option, ticked) => this.#answer(
    question,
    question.type === "multi" ? toggleOption(question, own(this.#state.store.given, question.id), option, !!ticked) : option
  );
  number = (question, typed) => {
    this.#state.store.type(question.id, typed);
    const invalid = typed.trim() === "" || this.#state.typedError(question, typed);
    this.#answer(question, invalid ? void 0 : typedNumber(question, typed));
  };
  /**
   * Leaving a number field: a slip such as "150" for a salary is pointed out
   * now, not only on Next. Not when Next is being pressed: the error would
   * push Next down between press and release, and the click would be lost;
   * Next shows it anyway.
   */
  numberDone = (question, typed) => {
    if (this.#pressingNext) {
      this.#pressingNext = false;
      return;
    }
    this.#state.flow = leftField(this.#state.flow, question.id, this.#state.typedError(question, typed));
  };
  pressNext = () => {
    this.#pressingNext = true;
  };
  // On the button's click (Enter in a field clicks it too) as well as on
  // submit: a frame sandboxed without allow-forms blocks submission before
  // the submit event, and preventing the click keeps the form from submitting.
  next = (event) => {
    event.preventDefault();
    this.#pressingNext = false;
    const { rubric, flow } = this.#state;
    if (!rubric || typeof flow.view !== "number") return;
    const move = next(flow, this.#state.steps(rubric), this.#state.stepErrors(rubric, flow.view));
    this.#state.notices.keep(() => false);
    this.#move(move);
    if (move.reachedResult) this.#score(rubric);
  };
  back = () => {
    const { rubric } = this.#state;
    if (rubric) this.#move(back(this.#state.flow, this.#state.steps(rubric)));
  };
  /** A what-if change on the result: scored as a scenario, the answers given stay as they are. */
  whatIf = (question, field) => {
    const { rubric, store, whatIf } = this.#state;
    if (!rubric) return;
    const error = this.#state.typedError(question, field.value);
    const scenario = whatIf.change(rubric, question, field.value, store.given, error);
    if (scenario) this.#score(rubric, scenario);
    else if (scenario === null && whatIf.answers) {
      whatIf.end(true);
      this.#score(rubric);
    }
  };
  /** Back to the real result: the what-if is dropped, the host hears the applicant's result again. */
  restore = () => {
    const { rubric, whatIf } = this.#state;
    if (!rubric || !whatIf.answers) return;
    whatIf.end();
    this.#state.focus.next("#result-title");
    this.#score(rubric);
  };
  changeAnswers = () => {
    this.#state.whatIf.end();
    this.#state.store.forgetTyped();
    this.#move(changeAnswers(this.#state.flow));
  };
  // The button goes with the failure: focus goes to the loading status, then to what replaces it.
  retry = () => {
    this.#state.focus.next(".loading");
    this.#state.source.retry();
  };
  language = (code) => this.#state.chooseLanguage(code);
}

export { ApplicantActions };
