// The what-if answers tried on the result, kept apart from the answers given.
import type { ReactiveControllerHost } from 'lit';
import { answerIssues } from '../../rubric/assess.js';
import type { AnswerValue, Answers, Question, Rubric } from '../../rubric/types.js';
import { sameAnswers } from './host-answers.js';
import { answerFromText } from '../question-types/answers.js';

/**
 * The what-if answers an applicant tries on the result. Kept apart from the
 * answers given: `answers`, `result`, the form value and stored answers never
 * see them, and ending the what-if leaves nothing behind.
 */
export class WhatIf {
  /** The answers tried, or null while no what-if is on. */
  answers: Answers | null = null;
  /** Why a what-if field's text is not an answer, by question id (the steps' wording). */
  errors: Record<string, string> = {};
  /** What was typed into each what-if field last (for the one-click fix of a salary typed in millions). */
  typed: Record<string, string> = {};
  /** The question whose what-if field was changed last, when its text is not an answer: the status region says why, as focus stays there. */
  slip: string | undefined;
  /** The last change brought the answers back to the ones given: the status region says the result given. */
  backToGiven = false;

  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * A what-if field now reads `raw` (`error`: why it is not an answer). The
   * answers to score as a what-if; null when they are back to the answers
   * `given` (the what-if is over); undefined when there is nothing to score.
   */
  change(
    rubric: Rubric,
    question: Question,
    raw: string,
    given: Answers,
    error: string | undefined,
  ): Answers | null | undefined {
    const { id } = question;
    const { [id]: _old, ...tried }: Record<string, AnswerValue | undefined> = this.answers ?? given;
    const { [id]: _fixed, ...otherErrors } = this.errors;
    // The text stays in the field to be corrected.
    this.errors = error ? { ...otherErrors, [id]: error } : otherErrors;
    this.slip = error ? id : undefined;
    this.backToGiven = false;
    this.typed[id] = raw;
    this.#host.requestUpdate();
    if (error) return undefined;
    if (raw.trim() !== '') {
      const value = answerFromText(question, raw);
      if (answerIssues(rubric, { [id]: value }).length) return undefined;
      tried[id] = value;
    }
    if (sameAnswers(tried, given)) return null;
    return (this.answers = tried);
  }

  /** Back to the answers given; `backToGiven`: by a what-if change, whose control keeps focus (the status region says the result given). */
  end(backToGiven = false): void {
    this.answers = null;
    this.errors = {};
    this.slip = undefined;
    this.backToGiven = backToGiven;
    this.#host.requestUpdate();
  }
}
