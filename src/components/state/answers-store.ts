// The answers given, the text typed that is not one yet, and the one place they change and are saved.
import type { ReactiveControllerHost } from 'lit';
import { sameAnswer } from '../../rubric/answers.js';
import { fitAnswers } from '../../rubric/assess.js';
import { own } from '../../rubric/own.js';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../../rubric/types.js';
import { fitGiven, sameAnswers } from './host-answers.js';
import { plausibleAnswers } from '../question-types/answers.js';

/** Answers that could not be kept, and why, for the element to report. */
export interface Unkept {
  issues: AssessmentIssue[];
  problems: ReturnType<typeof plausibleAnswers>['problems'];
}

/**
 * The applicant's answers. Answers are never edited in place, only replaced,
 * so an answers object names one state (the assessments are cached by it).
 * Every change asks the element to render; a change the applicant or the
 * page makes goes through `commit()`, the one save point (`save`: with
 * `persist`, for a reload and the page's other tabs).
 */
export class AnswersStore {
  /** The answers given, by question id. */
  given: Record<string, AnswerValue> = {};
  /** What was typed into number fields, kept while it is not (yet) a number. */
  typed: Record<string, string> = {};
  /**
   * Answers a rubric switch set aside (they do not fit the rubric in use):
   * kept in memory, so that switching back brings them back, with or without
   * `persist`.
   */
  #setAside: Record<string, AnswerValue> = {};
  /** The `answers` the host set last, to tell a re-render with the same prop from a new prefill. */
  #fromHost: Answers | null = null;
  #host: ReactiveControllerHost;
  #save: () => void;

  constructor(host: ReactiveControllerHost, save: () => void) {
    this.#host = host;
    this.#save = save;
  }

  /** The one save point: these are the answers given now, and they are stored. */
  commit(answers: Record<string, AnswerValue>): void {
    this.#replace(answers);
    this.#save();
  }

  /** One answer given (`undefined`: cleared); false when it is the answer already there (typing "160," after "160"). */
  answer(questionId: string, value: AnswerValue | undefined): boolean {
    if (sameAnswer(value, own(this.given, questionId))) return false;
    const next = { ...this.given };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    this.commit(next);
    return true;
  }

  /** The text in a number field now. */
  type(questionId: string, text: string): void {
    this.typed = { ...this.typed, [questionId]: text };
    this.#host.requestUpdate();
  }

  /** Typed text is shown from the answers again (a number typed before a language switch is shown the new way), unless it is no answer yet. */
  forgetTyped(keepUnanswered = false): void {
    const typed = keepUnanswered ? this.typed : {};
    this.typed = Object.fromEntries(Object.entries(typed).filter(([id]) => own(this.given, id) === undefined));
    this.#host.requestUpdate();
  }

  /**
   * The page's `answers`: with `persist`, its first prefill is laid over the
   * answers there (stored, or brought back by Back); otherwise, and later,
   * they replace them. `rubric`: null while none is in use (the answers are
   * then kept, and checked when it arrives). Returns what could not be kept,
   * or null when nothing changed past the answers (the same prop again, a
   * framework re-rendering, changes nothing and keeps the text being typed).
   */
  fromHost(value: Answers, rubric: Rubric | null, persist: boolean): Unkept | null {
    if (sameAnswers(value, this.#fromHost)) return null;
    const merged = !this.#fromHost && persist ? { ...this.given, ...value } : value;
    this.#fromHost = { ...value };
    // The answers as they already are (controlled use): nothing changes either.
    if (sameAnswers(merged, this.given)) return null;
    if (!rubric) {
      this.#replace({ ...merged } as Record<string, AnswerValue>);
      return null;
    }
    const { valid, issues, problems } = fitGiven(rubric, merged, this.given);
    // The page's answers replace: what an earlier rubric set aside is stale.
    this.#setAside = {};
    this.commit(valid);
    this.typed = {};
    return { issues, problems };
  }

  /** History navigation brought the applicant's answers back: the page's next prefill is laid over them, as a first one. */
  forgetHostAnswers(): void {
    this.#fromHost = null;
  }

  /**
   * A new rubric is in use: the answers that fit it are kept (with those an
   * earlier switch set aside, rubric A → B → A; an answer given that fits
   * wins, and one that does not leaves the set-aside answer to the same
   * question in its place) and the rest set aside. Returns the problems that
   * are news. No render is asked for: the rubric's own change asks, with the
   * answers already fitted.
   */
  fit(rubric: Rubric): Unkept {
    const given = this.given;
    const { valid: fromGiven, issues } = fitAnswers(rubric, given);
    // B asked a question of A another way (a choice for an amount): back on A, A's answer, set aside on the way to B, is the answer again.
    const { valid: fromAside } = fitAnswers(
      rubric,
      Object.fromEntries(Object.entries(this.#setAside).filter(([id]) => !Object.hasOwn(fromGiven, id))),
    );
    const valid = { ...fromAside, ...fromGiven };
    const aside = this.#setAside;
    this.#setAside = {};
    // What does not fit waits for the next rubric: an answer given that does not fit, even where one
    // set aside earlier takes its place (A → B → A → B brings B's back too).
    for (const [id, value] of Object.entries(aside)) if (!Object.hasOwn(valid, id)) this.#setAside[id] = value;
    for (const [id, value] of Object.entries(given))
      if (!Object.hasOwn(fromGiven, id)) this.#setAside[id] = value as AnswerValue;
    // Answers the page gave while no rubric was there are held to a typed answer's bounds now.
    const { kept, problems } = plausibleAnswers(rubric, valid);
    this.given = kept;
    // Only what was given until now is news; the rest was reported when it was set aside.
    return { issues: issues.filter((issue) => Object.hasOwn(given, issue.path)), problems };
  }

  /** Answers stored before: added under the answers given (those win). */
  addStored(stored: Record<string, AnswerValue>): void {
    this.#replace({ ...stored, ...this.given });
  }

  /** Another tab changed the stored answers: they are the answers here, and a field whose answer changed shows it. */
  follow(stored: Record<string, AnswerValue>): void {
    const typed = { ...this.typed };
    for (const id of Object.keys(typed)) if (own(stored, id) !== own(this.given, id)) delete typed[id];
    this.typed = typed;
    this.#replace(stored);
  }

  /** No answers, nothing typed or set aside. */
  clear(): void {
    this.#setAside = {};
    this.typed = {};
    this.#replace({});
  }

  #replace(answers: Record<string, AnswerValue>): void {
    this.given = answers;
    this.#host.requestUpdate();
  }
}
