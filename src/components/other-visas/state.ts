// What the element keeps of the other visas (the main file): the answers only they ask, and their view once it has loaded.
import type { ReactiveControllerHost } from 'lit';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
import type { OtherVisasDetail } from './detail.js';
// Only this list is bundled (rollup's JSON plugin exports each top-level key).
import { questions as VISA_QUESTIONS } from '../../rubric/visa-question-ids.json' with { type: 'json' };
import { clearStored } from '../state/persistence.js';
import { STORED_AS, storedInstance } from './stored-key.js';

/** What the other visas' view reads from the element, through its public API. */
export interface OtherVisasHost extends ReactiveControllerHost, HTMLElement {
  readonly otherVisas: string | undefined;
  readonly visaRubrics: readonly unknown[] | undefined;
  readonly rubric: Rubric | null;
  readonly persist: boolean | undefined;
  readonly persistKey: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Reports a problem with their stored answers as the main answers' are: a notice, and `assessment-error`. */
export type OtherVisasReport = (wording: (t: Messages, lang: string) => string, issues: AssessmentIssue[]) => void;

/** The view's module (view.ts), as much of it as the element calls. */
export interface OtherVisasView {
  detail(state: OtherVisasState, answers: Answers): OtherVisasDetail;
  /** Answers the page gave to these visas' questions: checked (problems reported), then kept. */
  take(state: OtherVisasState, given: Answers): void;
}

/**
 * The other visas' state on the element. Everything else (the visa rubrics,
 * their words, the step and the list) is in view.ts, loaded on demand by the
 * result view (section.ts): a visitor who never reaches it pays only for this.
 */
export class OtherVisasState {
  /** Answers to the questions only the other visas ask, by question id; replaced, never edited. */
  answers: Record<string, AnswerValue> = {};
  /** The loaded view, or null. */
  view: OtherVisasView | null = null;
  /** Counts changes of the answers, the view or the visas shown: an assessment made before one is made again. */
  changes = 0;
  /** reset() ran: the view clears the stored answers rather than restoring them. */
  cleared = false;

  readonly host: OtherVisasHost;
  readonly report: OtherVisasReport;

  constructor(host: OtherVisasHost, report: OtherVisasReport) {
    this.host = host;
    this.report = report;
  }

  /** What an assessment of `answers` depends on here. */
  get key(): string {
    return `${this.changes} ${this.host.otherVisas}`;
  }

  /** The fields the `score` detail gains; none before the view has loaded, nor for a what-if. */
  detail(answers: Answers, scenario: boolean): OtherVisasDetail | undefined {
    return scenario ? undefined : this.view?.detail(this, answers);
  }

  /** Answers the page gave to these visas' questions before their view loaded: checked and kept when it does. */
  fromPage: Answers = {};

  /**
   * The page's answers (`el.answers`) without those only the other visas ask
   * (age, Korean level…), which are theirs: kept here, checked once their
   * file has loaded (at once when it has). A question of the rubric in use
   * stays the rubric's, and an id no visa asks is the rubric's to report;
   * while no rubric is in use (one loads), every answer waits for it.
   */
  takeFromPage(given: Answers, rubric: Rubric | null): Answers {
    // No rubric in use yet (one loads): which questions are its own is unknown, so all are kept for it.
    if (!rubric) return given;
    const main = new Set(rubric.questions.map((question) => question.id));
    const rest: Record<string, Answers[string]> = {};
    const mine: Record<string, Answers[string]> = {};
    for (const [id, value] of Object.entries(given))
      (VISA_QUESTIONS.includes(id) && !main.has(id) ? mine : rest)[id] = value;
    if (!Object.keys(mine).length) return given;
    if (this.view) this.view.take(this, mine);
    else this.fromPage = { ...this.fromPage, ...mine };
    return rest;
  }

  /** Every answer here forgotten (the element's reset()), the stored copy too, even before the view has loaded. */
  reset(): void {
    clearStored(STORED_AS, storedInstance(this.host));
    this.answers = {};
    this.fromPage = {};
    this.cleared = true;
    this.changes++;
  }
}
