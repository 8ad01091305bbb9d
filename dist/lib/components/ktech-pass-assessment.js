import { version } from '../package.json.js';
import { connected } from './emit.js';
import { showInvalid } from './form/constraint-validation.js';
import { formEntry } from './form/form-associated.js';
import { HostProperties, topLevel } from './host-properties.js';
import styles from './ktech-pass-assessment.styles.js';
import { shownRubric } from './loading/built-in-rubric.js';
import { AssessmentState } from './state/assessment-state.js';
import { copyAnswers } from './state/host-answers.js';
import { showNotStarted, whyNotStarted } from './views/cannot-start.js';
import { renderFrame } from './views/render-frame.js';
import { syncFields } from './views/sync-fields.js';

class KtechPassAssessment extends HostProperties {
  static styles = styles;
  /** The release (package.json's `version`), so a second copy of a different version on the same page can be told apart. */
  static version = version;
  /** Milliseconds a page waits for its language's file before showing English with a notice. */
  static languageTimeout = 3e3;
  /** Everything the element knows and the controllers that change it (state/assessment-state.ts). */
  #state = new AssessmentState(this, () => KtechPassAssessment.languageTimeout);
  /** The assessment of the answers given, made once per render for render() and updated(). */
  #current = null;
  /** The page refused the first render: the box says why, and nothing renders again. */
  #notStarted = false;
  constructor() {
    super();
    this.addEventListener(
      "click",
      (event) => event.composedPath()[0] === this && this.renderRoot.querySelector("form input,#result-title")?.focus()
    );
  }
  /** @internal In a document: events fired before (a prefill's problems) are dispatched now. */
  connectedCallback() {
    super.connectedCallback();
    connected(this);
  }
  /**
   * The rubric in use (frozen: read it, don't edit it): the built-in one, or
   * the one set or fetched; `null` while one loads or after it failed. Setting
   * it takes any value (an imported JSON file, say) and never throws: it is
   * copied and validated (by the validator file, loaded on demand), the widget
   * shows its loading state meanwhile and keeps every answer, and
   * `updateComplete` resolves once it is in use or rejected
   * (`assessment-error`). Setting an equal rubric again does nothing; `null`
   * brings back the built-in one. From the CDN file, the built-in rubric
   * lacks the texts only the result shows until the applicant has started
   * (they come with the result view's file).
   */
  get rubric() {
    return shownRubric(this.#state.source.rubric);
  }
  set rubric(value) {
    this.#state.source.setRubric(value);
  }
  /**
   * Milliseconds a `rubric-src` load may take before it fails with "Try again": at most 2^31 − 1 (Infinity is that); NaN, 0 or less is the default.
   * @default 15000
   */
  get rubricTimeout() {
    return this.#state.source.timeout;
  }
  set rubricTimeout(value) {
    this.#state.source.timeout = value;
  }
  /**
   * A copy of the answers, keyed by question id. Setting it prefills the
   * widget; invalid entries are reported and left out (an answer already given
   * stays). With `persist`, the page's first prefill (even `{}`) is laid over
   * the stored answers, and over those the browser's Back brought back; later
   * assignments replace. Setting it again to what you set last, or to the
   * answers as they are, does nothing: a framework re-rendering with the same
   * prop never undoes the applicant's clicks or typing. Answers to the
   * questions only the other visas ask (`age`, `koreanLevel`…, as in the
   * `score` detail's `otherAnswers`) are theirs: kept for the "Other visas
   * that may fit" section (never asked again there) and checked when it
   * loads; they are not part of this property.
   */
  get answers() {
    return { ...this.#state.store.given };
  }
  set answers(given) {
    const value = copyAnswers(given);
    if (value) this.#state.setAnswers(value);
    else
      this.#state.notices.report(
        (t) => t.answersInvalid,
        [{ path: "answers", message: "expected an object keyed by question id" }]
      );
  }
  /** The latest assessment, as the `score` event's `detail`, or `null` while no rubric is usable. */
  get result() {
    const current = this.#state.current;
    return current && structuredClone(current);
  }
  /** Clears every answer (and any stored copy) and goes back to the first step. A `<button type="reset">` in the enclosing form does the same. */
  reset() {
    this.#state.reset();
  }
  /** @internal Form reset (a `<button type="reset">` in the host form). */
  formResetCallback() {
    this.reset();
  }
  /** @internal History navigation back to the page: the browser gives back the step or result and the answers. */
  formStateRestoreCallback(state) {
    if (typeof state === "string") this.#state.restoreForm(state);
  }
  /** @internal What the enclosing form submits (the result as JSON) and keeps for history navigation. */
  [formEntry]() {
    return this.#state.formEntry();
  }
  /** @internal reportValidity(): the first step with an unanswered question, its errors shown as Next shows them. */
  [showInvalid]() {
    this.#state.showInvalid();
  }
  /** Waits for a rubric or a language still loading (and on the result, its view), so that the next render shows the outcome. */
  async getUpdateComplete() {
    let done = await super.getUpdateComplete();
    for (let pending = this.#state.pending; pending; pending = this.#state.pending) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }
  /**
   * The first render waits for a task of its own: evaluating the script and
   * showing the first question are then two shorter tasks instead of one
   * long one that blocks the host page (Total Blocking Time). Later updates
   * run as Lit schedules them.
   */
  async scheduleUpdate() {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }
  // Derives state only. Work with side effects runs in the controllers'
  // hostUpdate, after this: RubricSource starts a rubric-src load,
  // StoredAnswers restores answers; render() then shows both.
  willUpdate(changed) {
    if (changed.has("lang")) this.#state.languageChanged();
  }
  /** A render the page does not allow (its Trusted Types policy refused): the box says so in text, and the page hears it. */
  update(changed) {
    if (this.#notStarted) return;
    this.#state.beforeRender(changed.has("lang"));
    try {
      super.update(changed);
    } catch (error) {
      this.#notStarted = true;
      showNotStarted(this, this.renderRoot, this.#state.languages.messages, whyNotStarted(error));
    }
  }
  // Events after the render that shows what they report; no state changes here.
  updated() {
    this.#state.afterRender(this.#current);
    syncFields(this.renderRoot, this.#current?.answers ?? {});
  }
  render() {
    this.#current = this.#state.current;
    return renderFrame(this.#state, this.#current, topLevel(this.headingLevel), !!this.languagePicker);
  }
}

export { KtechPassAssessment };
