import { answerIssues } from '../../rubric/assess/fit-answers.js';
import { sameAnswers } from './host-answers.js';
import { answerFromText } from '../question-types/answers.js';

class WhatIf {
  /** The answers tried, or null while no what-if is on. */
  answers = null;
  /** Why a what-if field's text is not an answer, by question id (the steps' wording). */
  errors = {};
  /** What was typed into each what-if field last (for the one-click fix of a salary typed in millions). */
  typed = {};
  /** The question whose what-if field was changed last, when its text is not an answer: the status region says why, as focus stays there. */
  slip;
  /** The last change brought the answers back to the ones given: the status region says the result given. */
  backToGiven = false;
  #host;
  constructor(host) {
    this.#host = host;
  }
  /**
   * A what-if field now reads `raw` (`error`: why it is not an answer). The
   * answers to score as a what-if; null when they are back to the answers
   * `given` (the what-if is over); undefined when there is nothing to score.
   */
  change(rubric, question, raw, given, error) {
    const { id } = question;
    const { [id]: _old, ...tried } = this.answers ?? given;
    const { [id]: _fixed, ...otherErrors } = this.errors;
    this.errors = error ? { ...otherErrors, [id]: error } : otherErrors;
    this.slip = error ? id : void 0;
    this.backToGiven = false;
    this.typed[id] = raw;
    this.#host.requestUpdate();
    if (error) return void 0;
    if (raw.trim() !== "") {
      const value = answerFromText(question, raw);
      if (answerIssues(rubric, { [id]: value }).length) return void 0;
      tried[id] = value;
    }
    if (sameAnswers(tried, given)) return null;
    return this.answers = tried;
  }
  /** Back to the answers given; `backToGiven`: by a what-if change, whose control keeps focus (the status region says the result given). */
  end(backToGiven = false) {
    this.answers = null;
    this.errors = {};
    this.slip = void 0;
    this.backToGiven = backToGiven;
    this.#host.requestUpdate();
  }
}

export { WhatIf };
