import { sameAnswer } from '../../rubric/answers.js';
import { own } from '../../rubric/own.js';
import { fitAnswers } from '../../rubric/assess/fit-answers.js';
import { sameAnswers, fitGiven } from './host-answers.js';
import { plausibleAnswers } from '../question-types/answers.js';

class AnswersStore {
  /** The answers given, by question id. */
  given = {};
  /** What was typed into number fields, kept while it is not (yet) a number. */
  typed = {};
  /**
   * Answers a rubric switch set aside (they do not fit the rubric in use):
   * kept in memory, so that switching back brings them back, with or without
   * `persist`.
   */
  #setAside = {};
  /** The `answers` the host set last, to tell a re-render with the same prop from a new prefill. */
  #fromHost = null;
  #host;
  #save;
  constructor(host, save) {
    this.#host = host;
    this.#save = save;
  }
  /** The one save point: these are the answers given now, and they are stored. */
  commit(answers) {
    this.#replace(answers);
    this.#save();
  }
  /** One answer given (`undefined`: cleared); false when it is the answer already there (typing "160," after "160"). */
  answer(questionId, value) {
    if (sameAnswer(value, own(this.given, questionId))) return false;
    const next = { ...this.given };
    if (value === void 0) delete next[questionId];
    else next[questionId] = value;
    this.commit(next);
    return true;
  }
  /** The text in a number field now. */
  type(questionId, text) {
    this.typed = { ...this.typed, [questionId]: text };
    this.#host.requestUpdate();
  }
  /** Typed text is shown from the answers again (a number typed before a language switch is shown the new way), unless it is no answer yet. */
  forgetTyped(keepUnanswered = false) {
    const typed = keepUnanswered ? this.typed : {};
    this.typed = Object.fromEntries(Object.entries(typed).filter(([id]) => own(this.given, id) === void 0));
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
  fromHost(value, rubric, persist) {
    if (sameAnswers(value, this.#fromHost)) return null;
    const merged = !this.#fromHost && persist ? { ...this.given, ...value } : value;
    this.#fromHost = { ...value };
    if (sameAnswers(merged, this.given)) return null;
    if (!rubric) {
      this.#replace({ ...merged });
      return null;
    }
    const { valid, issues, problems } = fitGiven(rubric, merged, this.given);
    this.#setAside = {};
    this.commit(valid);
    this.typed = {};
    return { issues, problems };
  }
  /** History navigation brought the applicant's answers back: the page's next prefill is laid over them, as a first one. */
  forgetHostAnswers() {
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
  fit(rubric) {
    const given = this.given;
    const { valid: fromGiven, issues } = fitAnswers(rubric, given);
    const { valid: fromAside } = fitAnswers(
      rubric,
      Object.fromEntries(Object.entries(this.#setAside).filter(([id]) => !Object.hasOwn(fromGiven, id)))
    );
    const valid = { ...fromAside, ...fromGiven };
    const aside = this.#setAside;
    this.#setAside = {};
    for (const [id, value] of Object.entries(aside)) if (!Object.hasOwn(valid, id)) this.#setAside[id] = value;
    for (const [id, value] of Object.entries(given))
      if (!Object.hasOwn(fromGiven, id)) this.#setAside[id] = value;
    const { kept, problems } = plausibleAnswers(rubric, valid);
    this.given = kept;
    return { issues: issues.filter((issue) => Object.hasOwn(given, issue.path)), problems };
  }
  /** Answers stored before: added under the answers given (those win). */
  addStored(stored) {
    this.#replace({ ...stored, ...this.given });
  }
  /** Another tab changed the stored answers: they are the answers here, and a field whose answer changed shows it. */
  follow(stored) {
    const typed = { ...this.typed };
    for (const id of Object.keys(typed)) if (own(stored, id) !== own(this.given, id)) delete typed[id];
    this.typed = typed;
    this.#replace(stored);
  }
  /** No answers, nothing typed or set aside. */
  clear() {
    this.#setAside = {};
    this.typed = {};
    this.#replace({});
  }
  #replace(answers) {
    this.given = answers;
    this.#host.requestUpdate();
  }
}

export { AnswersStore };
