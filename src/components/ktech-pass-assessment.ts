import { html, LitElement, nothing, type PropertyValues } from 'lit';
// Only this field is bundled (rollup's JSON plugin exports each top-level key).
import { version } from '../../package.json' with { type: 'json' };
import { answerIssues, assess, fitAnswers, questionsAsked, questionsById } from '../rubric/assess.js';
import { defaultRubric } from '../rubric/default-rubric.js';
import { own } from '../rubric/own.js';
import { presetAnswers } from '../rubric/presets.js';
import type { AnswerValue, Answers, AssessmentIssue, Question, Rubric } from '../rubric/types.js';
import type { AnswerDetail, AssessmentErrorDetail, LanguageChangeDetail, ScoreDetail } from './events.js';
import { FormControl, formEntry, showInvalid, type FormControlHooks, type FormEntry } from './form-control.js';
import { frozen } from './frozen.js';
import styles from './ktech-pass-assessment.styles.js';
import { LANGUAGES, matchLanguage } from './language.js';
import { LanguageController } from './language-controller.js';
import { formatNumber, parseTypedNumber, pick } from './localize.js';
import { likelyMeant, MONEY_CEILING, MONEY_FLOOR, parseMoney } from './money.js';
import type { Messages } from './messages.js';
import { renderLanguagePicker } from './render-language-picker.js';
import { RubricSource, type RubricFailure } from './rubric-source.js';
import { clearStored, loadStored, saveStored } from './persistence.js';
import { heading } from './heading.js';
import { renderProblems, renderStep, type Problem } from './render-step.js';
import { describeAnswer, points, renderResult } from './render-result.js';

// The built-in rubric is handed out by `el.rubric`: no page script may change it.
frozen(defaultRubric);

/** A number field's text as a number: amounts of won in any of the ways people write them. */
const typedNumber = (question: Question, typed: string): number =>
  question.type === 'number' && question.unit === 'KRW' ? parseMoney(typed) : parseTypedNumber(typed);

/** The same answers: the same questions answered with the same values (unanswered and absent alike). */
function sameAnswers(a: Answers, b: Answers | null): boolean {
  if (!b) return false;
  for (const id in a) if (a[id] !== b[id]) return false;
  for (const id in b) if (a[id] !== b[id]) return false;
  return true;
}

const isPlainObject = (value: unknown): value is Answers => typeof value === 'object' && value !== null && !Array.isArray(value);

type Answer = AnswerValue | undefined;

/**
 * A self-assessment for Korea's K-Tech Pass and the F-2-T "Top-tier" visa that
 * runs entirely in the browser, explains every point and hands the result to
 * the host page. The result is an estimate, never an official decision.
 *
 * @summary Check, in a few minutes, whether you may qualify for K-Tech Pass.
 *
 * @attr {boolean} disabled - Disables every control inside (so does an enclosing disabled `<fieldset>`); a disabled widget is neither submitted nor validated. Property: `disabled`.
 *
 * @fires score - The applicant reached the result, or tried a what-if there. `detail`: the engine's `Assessment` plus `answers` and `scenario`: `true` when it scores a what-if (never the applicant's answers), `false` for the real result.
 * @fires answer - An answer changed. `detail`: `{ questionId, value, assessment }`, the assessment provisional.
 * @fires language-change - The applicant chose a language in the menu (`language-picker`). `detail`: `{ lang }`, for the host to remember.
 * @fires assessment-error - A rubric could not be loaded or validated, or an attribute, prefill or stored answer was invalid. `detail`: `{ message, issues }`. No answer already given is lost.
 *
 * @csspart base - The widget's outer box.
 * @csspart language-picker - The language menu (with `language-picker`).
 * @csspart progress - The step indicator ("Step 2 of 3").
 * @csspart step - One step of questions.
 * @csspart question - One question (a fieldset, or the box of a number field).
 * @csspart button - Every button.
 * @csspart result - The result view.
 * @csspart score - The total, its bar against the pass mark, and points per category.
 * @csspart pathway - One pathway in the result, met or not.
 *
 * @cssprop [--ktp-accent=#1a56db] - Buttons, selected options, the score bar.
 * @cssprop [--ktp-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--ktp-text=#1f2933] - Text.
 * @cssprop [--ktp-muted=#52606d] - Help text.
 * @cssprop [--ktp-background=#ffffff] - The widget's background.
 * @cssprop [--ktp-surface=#f3f5f7] - Cards and panels.
 * @cssprop [--ktp-border=#7b8794] - Borders of fields and cards.
 * @cssprop [--ktp-error=#b42318] - Error messages and fields.
 * @cssprop [--ktp-success=#05603a] - Pathways met.
 * @cssprop [--ktp-radius=0.5em] - Corner radius.
 * @cssprop [--ktp-font-family=inherit] - The font; follows the host page unless set.
 * @cssprop [--ktp-font-size=16px] - The base size every size is relative to.
 * @cssprop [--ktp-focus-ring=#1a56db] - The focus outline.
 */
export class KtechPassAssessment extends FormControl(LitElement) implements FormControlHooks {
  static override styles = styles;
  /** The release (package.json's version), so a second copy of a different version on the same page can be told apart. */
  static version: string = version;
  /** Milliseconds a page waits for its language's file before showing English with a notice. */
  static languageTimeout = 3000;

  // Reactive properties are declared here rather than with decorators: the
  // decorators' down-levelled helpers cost about 2 KB gzip in the bundle.
  static override properties = {
    // Declared so that values a page set before the element was defined are
    // taken up and passed through the setters below (rubric first).
    rubric: { attribute: false, noAccessor: true },
    answers: { attribute: false, noAccessor: true },
    lang: {},
    employerSize: { attribute: 'employer-size', reflect: true },
    rubricSrc: { attribute: 'rubric-src' },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    persist: { type: Boolean },
    persistKey: { attribute: 'persist-key' },
    languagePicker: { type: Boolean, attribute: 'language-picker' },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    activeRubric: { state: true },
    currentAnswers: { state: true },
    typed: { state: true },
    view: { state: true },
    fieldErrors: { state: true },
    problems: { state: true },
    scenario: { state: true },
    whatIfErrors: { state: true },
  };

  /**
   * `en` or `ko`. Without it: the nearest ancestor's `lang`, then the
   * document's, then English. Switching it re-renders every string.
   */
  declare lang: string;
  /**
   * The hiring firm's size when the host knows it: an option id of the rubric
   * question whose `hostAttribute` is `employer-size` (in the built-in rubric,
   * SME or large). That question is then not asked.
   */
  declare employerSize: string | undefined;
  /** URL of a rubric JSON on the host's own server, used instead of the built-in rubric. */
  declare rubricSrc: string | undefined;
  /** The form field name the result is submitted under (as JSON). */
  declare name: string | undefined;
  /** Makes an enclosing form invalid until the assessment is complete. */
  declare required: boolean | undefined;
  /** Keep answers in localStorage across reloads (keyed by this widget and the rubric id and version). Nothing is stored without it. */
  declare persist: boolean | undefined;
  /** Shows a language menu (English, 한국어, …) so the applicant can switch; answers are kept. */
  declare languagePicker: boolean | undefined;
  /** The name stored answers are kept under, so two persisted widgets never share them. Defaults to the element's `id`. */
  declare persistKey: string | undefined;
  /**
   * `light` (the default), `dark`, or `auto` (the reader's system setting).
   * The widget sets its own `color-scheme`, so a dark host page never turns
   * its native controls dark on a light widget. Each palette goes through the
   * same `--ktp-*` properties; both pass WCAG AA contrast.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /**
   * The level (2 to 6) of the widget's top heading, so it fits the outline of
   * the page section it sits in; the widget's other headings follow from it.
   * Default 2.
   */
  declare headingLevel: number | undefined;

  declare private activeRubric: Rubric | null;
  declare private currentAnswers: Record<string, AnswerValue>;
  /** What was typed into number fields, kept while it is not (yet) a number. */
  declare private typed: Record<string, string>;
  /** The step shown, or `result`. */
  declare private view: number | 'result';
  declare private fieldErrors: Record<string, string>;
  declare private problems: Problem[];
  /**
   * What-if answers tried on the result, or null. Kept apart from the answers
   * given: `answers`, `result`, the form value and stored answers never see them.
   */
  declare private scenario: Record<string, AnswerValue> | null;
  /** Why a what-if field's text is not an answer, by question id (the steps' wording). */
  declare private whatIfErrors: Record<string, string>;

  constructor() {
    super();
    // Public properties start undefined: reflecting '' would put empty
    // attributes on the host element. The boolean ones start false (no
    // attribute): Vue sets a bare `required` in a template as the property
    // `''`, and turns it into `true` only for a property that is a boolean.
    this.required = false;
    this.persist = false;
    this.activeRubric = defaultRubric;
    this.currentAnswers = {};
    this.typed = {};
    this.view = 0;
    this.fieldErrors = {};
    this.problems = [];
    this.scenario = null;
    this.whatIfErrors = {};
  }

  #source = new RubricSource(this);
  /** The `answers` the host set last, to tell a re-render with the same prop from a new prefill. */
  #hostAnswers: Answers | null = null;
  #focusAfterRender: string | null = null;
  /** The step whose Next (or reportValidity) found errors: the error summary shows there only, not for an error shown on leaving a field. */
  #summaryStep = -1;
  /** Next is pressed (pointer down) and not yet clicked. */
  #pressingNext = false;
  /** What was typed into each what-if field last (for the one-click fix of a salary typed in millions). */
  #whatIfTyped: Record<string, string> = {};
  #current: ScoreDetail | null = null;
  #languages = new LanguageController(this, () => KtechPassAssessment.languageTimeout);
  /** The host attributes last checked against the rubric, so each change is reported once. */
  #presetsChecked = '';
  /** Set by willUpdate for updated(): the presets to check against a new rubric or attribute, and a result to announce again. */
  #presetsToCheck = false;
  #rescored = false;
  /** Set when the page's answers change the result shown: updated() announces it. */
  #announce = false;

  // ----- public API -----

  /**
   * The rubric in use: the built-in one, or the one set or fetched; null while
   * one loads or after it failed. Frozen: read it, don't edit it. Setting it
   * never throws: the rubric is copied and validated (by a file loaded on
   * demand), the widget shows its loading state meanwhile, keeps every answer,
   * and `updateComplete` resolves once it is in use or rejected. Setting an
   * equal rubric again does nothing; null brings back the built-in one.
   */
  get rubric(): Rubric | null {
    return this.#source.rubric;
  }

  set rubric(value: unknown) {
    this.#source.setRubric(value);
  }

  /** Milliseconds a `rubric-src` load may take before it fails with "Try again". */
  get rubricTimeout(): number {
    return this.#source.timeout;
  }

  set rubricTimeout(value: number) {
    this.#source.timeout = value;
  }

  /** A copy of the answers, keyed by question id. Setting it validates; invalid entries are reported and left out. */
  get answers(): Answers {
    return { ...this.currentAnswers };
  }

  set answers(given: Answers) {
    const rubric = this.activeRubric;
    // Read once, into a copy: not an object, or one whose getters or proxy
    // traps throw, is reported (never thrown on the host page), and the
    // answers already given stay.
    let value: Answers;
    try {
      if (!isPlainObject(given)) throw 0;
      value = { ...given };
    } catch {
      this.#report((t) => t.answersInvalid, [{ path: 'answers', message: 'expected an object keyed by question id' }], false);
      return;
    }
    // The host's last assignment again (a framework re-rendering with the
    // same prop), or the answers as they already are (controlled use):
    // nothing changes, and the text being typed stays.
    if (sameAnswers(value, this.#hostAnswers) || sameAnswers(value, this.currentAnswers)) return;
    this.#hostAnswers = { ...value };
    // No rubric yet (rubric-src still loading): keep them; the rubric checks them when it arrives.
    if (!rubric) {
      this.currentAnswers = { ...value } as Record<string, AnswerValue>;
      return;
    }
    const { valid, issues } = fitAnswers(rubric, value);
    // An invalid new value does not take away the valid answer it would have replaced.
    for (const { path } of issues) if (Object.hasOwn(this.currentAnswers, path)) valid[path] = this.currentAnswers[path] as AnswerValue;
    this.currentAnswers = valid;
    this.typed = {};
    this.fieldErrors = {};
    this.#endScenario();
    // On the result, the page's new answers change the result (and end any
    // what-if): the host hears the real one, so no stale what-if total stays.
    if (this.view === 'result') this.#announce = true;
    if (issues.length) this.#report((t) => t.answersInvalid, issues, false);
    this.#store();
  }

  /** The latest assessment (with answers), or null while no rubric is usable. */
  get result(): ScoreDetail | null {
    return this.activeRubric ? this.#assessment(this.activeRubric) : null;
  }

  /** Clears every answer (and any stored copy) and goes back to the first step. */
  reset(): void {
    this.currentAnswers = {};
    this.typed = {};
    this.fieldErrors = {};
    this.#endScenario();
    this.view = 0;
    if (this.persist && this.activeRubric) clearStored(this.activeRubric, this.#instanceKey);
  }

  /** @internal Form reset (a `<button type="reset">` in the host form). */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal History navigation back to the page: the browser gives back the step or result and the answers. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    const saved = JSON.parse(state) as unknown;
    // [view, answers] (see [formEntry]); an earlier release kept the answers alone.
    const [view, answers] = (Array.isArray(saved) ? saved : [0, saved]) as [unknown, Answers];
    this.answers = answers;
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    // Without a rubric yet (rubric-src loading), #useRubric checks the step.
    if (view === 'result' ? !detail || detail.complete : Number.isInteger(view) && (view as number) < (rubric?.steps.length ?? Infinity)) this.view = view as number | 'result';
    // The host hears of the result again, as when it was reached; before the
    // first render willUpdate() tells it (a rubric arriving on the result).
    if (detail && this.view === 'result' && this.hasUpdated) this.#fire('score', detail);
  }

  /** @internal What the enclosing form submits (the result as JSON) and keeps for history navigation. */
  [formEntry](): FormEntry {
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    const first = detail?.missing[0];
    return {
      value: detail && JSON.stringify(detail),
      state: JSON.stringify([this.view, this.currentAnswers]),
      // The message names the first unanswered question.
      invalid: this.required && !detail?.complete ? this.#t.answerThis(pick((first && rubric && questionsById(rubric).get(first)?.label) || rubric?.title, this.#lang)) : '',
      // Question ids are plain (parseRubric checks their form): no escaping needed.
      anchor: first ? `[name="${first}"]` : '',
    };
  }

  /** @internal reportValidity(): the first step with an unanswered question, its errors shown as Next shows them. */
  [showInvalid](): void {
    const rubric = this.activeRubric;
    for (let step = 0; rubric && step < rubric.steps.length; step++) {
      const errors = this.#stepErrors(rubric, step);
      if (Object.keys(errors).length) {
        this.view = step;
        this.#summaryStep = step;
        this.fieldErrors = errors;
        return;
      }
    }
  }

  // ----- derived -----

  /** The language shown, or undefined while the page's first one loads. */
  get #language(): string | undefined {
    return this.#languages.shown;
  }

  /** The top heading's level: `heading-level` when it is 2 to 6, else 2. */
  get #level(): number {
    const level = Number(this.headingLevel);
    return level >= 2 && level <= 6 ? Math.floor(level) : 2;
  }

  get #lang(): string {
    return this.#languages.lang;
  }

  get #t(): Messages {
    return this.#languages.messages;
  }

  #localized(rubric: Rubric): Rubric {
    return this.#languages.localized(rubric);
  }

  /** @internal A language file did not come: English is shown, and the host hears why. */
  languageFailed(code: string): void {
    this.#report(`The ${code} texts could not be loaded; showing English.`, [{ path: 'lang', message: `${code} did not load` }], false);
  }

  /** Waits for a rubric or a language still loading, so that the next render shows the outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#source.pending || this.#languages.pending) {
      await (this.#source.pending ?? this.#languages.pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  get #hostAttributes(): Record<string, string | undefined> {
    return { 'employer-size': this.employerSize };
  }

  /** The host's preset answers, by question id, when valid for the rubric. */
  #presets(rubric: Rubric): Record<string, AnswerValue> {
    return presetAnswers(rubric, this.#hostAttributes).answers;
  }

  /** Reports each host attribute the rubric cannot use: no question declares it, or its value is not an option. */
  #checkPresets(rubric: Rubric): void {
    const attributes = this.#hostAttributes;
    for (const issue of presetAnswers(rubric, attributes).issues) {
      const question = rubric.questions.find((candidate) => candidate.hostAttribute === issue.path);
      const message =
        question?.type === 'choice'
          ? this.#t.badPreset(issue.path, attributes[issue.path] ?? '', question.options.map((option) => option.id).join(', '))
          : this.#t.presetUnused(issue.path);
      this.#report(message, [issue], false);
    }
  }

  #effectiveAnswers(rubric: Rubric): Answers {
    return { ...this.currentAnswers, ...this.#presets(rubric) };
  }

  /** The assessment of the answers given, or of the what-if answers tried on the result (`scenario: true`). */
  #assessment(rubric: Rubric, scenario?: Answers | null): ScoreDetail {
    const answers = { ...(scenario ?? this.currentAnswers), ...this.#presets(rubric) };
    return { ...assess(rubric, answers), answers, scenario: !!scenario };
  }

  #endScenario(): void {
    this.scenario = null;
    this.whatIfErrors = {};
  }

  // ----- lifecycle -----

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('rubricSrc')) this.#source.setSource(this.rubricSrc || undefined);
    // Checked (in updated) when an attribute or the rubric changes: a host rubric may not declare the attribute at all.
    const presets = JSON.stringify(this.#hostAttributes);
    const presetsChanged = presets !== this.#presetsChecked;
    this.#presetsToCheck = !!this.activeRubric && (presetsChanged || changed.has('activeRubric'));
    if (this.#presetsToCheck) this.#presetsChecked = presets;
    // Restored on the first render, and when persist is turned on later (after a consent banner, say).
    if ((!this.hasUpdated || changed.has('persist')) && this.activeRubric && this.persist) {
      this.#restoreStored(this.activeRubric);
      this.#store();
    }
    // Messages are stored as text: a new language clears them (Next brings them back in it).
    if (changed.has('lang')) this.fieldErrors = {};
    // Once per update, shared by render() and its helpers.
    const current = (this.#current = this.activeRubric && this.#assessment(this.activeRubric));
    // On the result, a new rubric or preset changes the result itself: the host hears of it (in updated()).
    this.#rescored = !!current && this.view === 'result' && (changed.has('activeRubric') || presetsChanged);
  }

  override firstUpdated(): void {
    const own = this.getAttribute('lang');
    if (own && !matchLanguage(own)) {
      // In English: an unsupported language is shown in English anyway.
      this.#report(`lang "${own}" is not available; showing English.`, [{ path: 'lang', message: `"${own}" is not one of ${LANGUAGES.join(", ")}` }], false);
    }
  }

  override updated(): void {
    // Events after the render that shows what they report (willUpdate only derives state).
    if (this.#presetsToCheck && this.activeRubric) this.#checkPresets(this.activeRubric);
    if ((this.#rescored || this.#announce) && this.#current) this.#fire('score', this.#current);
    this.#presetsToCheck = this.#rescored = this.#announce = false;
    // Radios are checked here, against the answers, not bound in the template:
    // steps reuse the same radios for other questions, and renaming a checked
    // radio into a group unchecks its new neighbours behind a binding's back.
    const answers = this.#current?.answers ?? {};
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('[type=radio]')) radio.checked = own(answers, radio.name) === radio.value;
    if (this.#focusAfterRender) {
      (this.renderRoot.querySelector(this.#focusAfterRender) as HTMLElement | null)?.focus();
      this.#focusAfterRender = null;
    }
  }

  // ----- rubric loading (RubricSource calls these) -----

  /** @internal */
  rubricFailed(failure: RubricFailure, src: string | undefined): void {
    // The built-in rubric is deliberately not used instead: the host asked for
    // its own, and scoring with another would be a silent wrong score.
    const where = src ?? 'rubric';
    const message = (t: Messages) =>
      failure.stage === 'invalid'
        ? t.rubricInvalid
        : failure.stage === 'json'
          ? t.rubricJson(where)
          : t.rubricFetch(where, failure.stage === 'status' ? `HTTP ${failure.status}` : failure.stage === 'timeout' ? t.timedOut : 'network error');
    this.activeRubric = null;
    this.#report(message, failure.issues, true);
  }

  /** @internal */
  rubricLoading(): void {
    this.activeRubric = null;
  }

  /** @internal Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
  rubricChanged(rubric: Rubric): void {
    const previous = this.activeRubric;
    this.activeRubric = rubric;
    this.problems = this.problems.filter((problem) => !problem.fatal);
    const { valid, issues } = fitAnswers(rubric, this.currentAnswers);
    this.currentAnswers = valid;
    if (issues.length) this.#report((t) => t.setAside, issues, false);
    if (typeof this.view === 'number' && this.view >= rubric.steps.length) this.view = 0;
    if (previous !== rubric) this.#endScenario();
    this.#restoreStored(rubric);
  }

  // ----- persistence (opt-in) -----

  #restoreStored(rubric: Rubric): void {
    if (!this.persist) return;
    const stored = loadStored(rubric, this.#instanceKey);
    if (stored.discarded) this.#report((t) => t.storedDiscarded, [{ path: 'storage', message: 'answers stored for another rubric version were discarded' }], false);
    if (stored.answers != null) {
      const { valid, issues } = fitAnswers(rubric, stored.answers);
      if (issues.length) this.#report((t) => t.answersInvalid, issues.map((issue) => ({ ...issue, path: issue.path ? `storage.${issue.path}` : 'storage' })), false);
      this.currentAnswers = { ...valid, ...this.currentAnswers };
    }
  }

  #store(): void {
    if (this.persist && this.activeRubric) saveStored(this.activeRubric, this.#instanceKey, this.currentAnswers);
  }

  /** Which widget on the page the stored answers belong to. */
  get #instanceKey(): string {
    return this.persistKey ?? this.id;
  }

  // ----- events -----

  /**
   * Shows a problem and fires assessment-error. While the page's language is
   * still loading, both wait for it: the message is worded in the language
   * the widget then shows, whichever arrives first.
   */
  #report(wording: string | ((t: Messages) => string), issues: AssessmentIssue[], fatal: boolean): void {
    if (this.#languages.deferred(() => this.#report(wording, issues, fatal))) return;
    const message = typeof wording === 'string' ? wording : wording(this.#t);
    this.problems = [...this.problems.filter((problem) => problem.message !== message), { message, issues, fatal }];
    this.#fire<AssessmentErrorDetail>('assessment-error', { message, issues });
  }

  #fire<T>(type: string, detail: T): void {
    // A copy: a listener that edits the detail (a privacy scrub, say) changes nothing here.
    this.dispatchEvent(new CustomEvent<T>(type, { detail: structuredClone(detail), bubbles: true, composed: true }));
  }

  #emitScore(rubric: Rubric): void {
    this.#fire<ScoreDetail>('score', this.#assessment(rubric));
  }

  #setAnswer(question: Question, value: Answer): void {
    const rubric = this.activeRubric;
    // Unchanged (typing "160," after "160"): no event, no work.
    if (!rubric || value === own(this.currentAnswers, question.id)) return;
    const next = { ...this.currentAnswers };
    if (value === undefined) delete next[question.id];
    else next[question.id] = value;
    this.currentAnswers = next;
    this.#store();
    const { [question.id]: _fixed, ...otherErrors } = this.fieldErrors;
    if (value !== undefined) this.fieldErrors = otherErrors;
    this.#fire<AnswerDetail>('answer', { questionId: question.id, value, assessment: this.#assessment(rubric) });
  }

  // ----- handlers -----

  #handleChoice = (question: Question, option: string) => this.#setAnswer(question, option);

  #handleNumber = (question: Question, typed: string) => {
    this.typed = { ...this.typed, [question.id]: typed };
    // Empty or not (yet) a number: no answer, and the text stays in the field.
    this.#setAnswer(question, typed.trim() === '' || this.#numberError(question, typed) ? undefined : typedNumber(question, typed));
  };

  /**
   * Leaving a number field: a slip such as "150" for a salary is pointed out
   * now, not only on Next. Not when Next is being pressed: the error would
   * push Next down between press and release, and the click would be lost;
   * Next shows it anyway.
   */
  #handleNumberDone = (question: Question, typed: string) => {
    if (this.#pressingNext) return void (this.#pressingNext = false);
    const error = this.#numberError(question, typed);
    if (error) this.fieldErrors = { ...this.fieldErrors, [question.id]: error };
  };

  #numberError(question: Question, typed: string): string | undefined {
    if (typed.trim() === '' || question.type !== 'number') return undefined;
    const value = typedNumber(question, typed);
    const t = this.#t;
    const n = (amount: number) => formatNumber(amount, this.#lang);
    // The question is named: error summary links must make sense on their own.
    const label = pick(question.label, this.#lang);
    const money = question.unit === 'KRW';
    if (Number.isNaN(value)) return money ? t.enterMoney(label) : t.enterYears(label);
    if (money && value > MONEY_CEILING) return t.moneyTooHigh(label, t.won(n(MONEY_CEILING)));
    if (money && value < MONEY_FLOOR) {
      const meant = likelyMeant(value);
      return meant ? t.didYouMean(t.won(n(meant))) : t.moneyTooLow(label, t.won(n(MONEY_FLOOR)));
    }
    if (question.maximum !== undefined && value > question.maximum) return t.numberRange(label, n(question.maximum));
    return undefined;
  }

  #askedInStep(rubric: Rubric, step: number): Question[] {
    return questionsAsked(rubric, step, this.#effectiveAnswers(rubric), this.#presets(rubric));
  }

  // On the button's click (Enter in a field clicks it too) as well as on
  // submit: a frame sandboxed without allow-forms blocks submission before
  // the submit event, and preventing the click keeps the form from submitting.
  #handleNext = (event: Event) => {
    event.preventDefault();
    this.#pressingNext = false;
    const rubric = this.activeRubric;
    if (!rubric || typeof this.view !== 'number') return;
    const errors = (this.fieldErrors = this.#stepErrors(rubric, this.view));
    // Notices have been seen by now; fatal problems never reach this handler.
    this.problems = [];
    if (Object.keys(errors).length) {
      this.#summaryStep = this.view;
      this.#focusAfterRender = '#error-summary';
      return;
    }
    if (this.view < rubric.steps.length - 1) {
      this.view += 1;
      this.#focusAfterRender = '#step-title';
    } else {
      this.view = 'result';
      this.#focusAfterRender = '#result-title';
      this.#emitScore(rubric);
    }
  };

  /** Why each question asked on a step cannot be counted yet: not a number, or not answered. */
  #stepErrors(rubric: Rubric, step: number): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const question of this.#askedInStep(this.#localized(rubric), step)) {
      const typed = own(this.typed, question.id);
      const invalid = typed === undefined ? undefined : this.#numberError(question, typed);
      if (invalid) errors[question.id] = invalid;
      else if (own(this.currentAnswers, question.id) === undefined) errors[question.id] = this.#t.answerThis(pick(question.label, this.#lang));
    }
    return errors;
  }

  #handleBack = () => {
    if (typeof this.view === 'number' && this.view > 0) {
      this.view -= 1;
      this.fieldErrors = {};
      this.#focusAfterRender = '#step-title';
    }
  };

  /** A what-if change on the result: scored as a scenario, the answers given stay as they are. */
  #handleWhatIf = (question: Question, field: HTMLInputElement | HTMLSelectElement) => {
    const rubric = this.activeRubric;
    if (!rubric) return;
    const raw = field.value;
    const { [question.id]: _old, ...scenario } = this.scenario ?? this.currentAnswers;
    // The steps' rules and wording (money included); the text stays in the field to be corrected.
    const error = this.#numberError(question, raw);
    this.whatIfErrors = error ? { ...this.whatIfErrors, [question.id]: error } : (({ [question.id]: _fixed, ...rest }) => rest)(this.whatIfErrors);
    this.#whatIfTyped[question.id] = raw;
    if (error) return;
    if (raw.trim() !== '') {
      const value = question.type === 'number' ? typedNumber(question, raw) : raw;
      if (answerIssues(rubric, { [question.id]: value }).length) return;
      scenario[question.id] = value;
    }
    // Back to the answers given: no scenario left.
    if (sameAnswers(scenario, this.currentAnswers)) return this.#handleRestore();
    this.scenario = scenario;
    this.#fire<ScoreDetail>('score', this.#assessment(rubric, scenario));
  };

  /** Back to the real result: the what-if is dropped, the host hears the applicant's result again. */
  #handleRestore = () => {
    const rubric = this.activeRubric;
    if (!rubric || !this.scenario) return;
    this.#endScenario();
    // The button goes away with the scenario: keep focus on the result.
    this.#focusAfterRender = '#result-title';
    this.#emitScore(rubric);
  };

  #handleChangeAnswers = () => {
    this.#endScenario();
    this.view = 0;
    this.typed = {};
    this.#focusAfterRender = '#step-title';
  };

  #handleRetry = () => this.#source.retry();

  #handlePressNext = () => (this.#pressingNext = true);

  #handleLanguage = (code: string) => {
    this.lang = code;
    this.#fire<LanguageChangeDetail>('language-change', { lang: code });
  };

  /** An error summary link: focus goes to the question's first input (a radio, or the text field), which names the question. */
  #focusField(event: Event, id: string): void {
    event.preventDefault();
    // Question ids are plain (parseRubric checks their form), so no escaping is needed.
    (this.renderRoot.querySelector(`[name="${id}"]`) as HTMLElement | null)?.focus();
  }

  // ----- render -----

  #renderProblems() {
    return renderProblems(this.problems, this.#t, this.rubricSrc ? this.#handleRetry : undefined);
  }

  #renderStep(rubric: Rubric, index: number, assessment: ScoreDetail) {
    return renderStep({
      rubric,
      lang: this.#lang,
      t: this.#t,
      index,
      level: this.#level,
      answers: assessment.answers,
      asked: new Set(this.#askedInStep(rubric, index).map((question) => question.id)),
      preset: new Set(Object.keys(this.#presets(rubric))),
      typed: this.typed,
      fieldErrors: this.fieldErrors,
      summary: this.#summaryStep === index,
      presetNote: (id) => this.#presetNote(assessment, id),
      onNext: this.#handleNext,
      onPressNext: this.#handlePressNext,
      onBack: this.#handleBack,
      onFocusField: (event, id) => this.#focusField(event, id),
      onChoice: this.#handleChoice,
      onNumber: this.#handleNumber,
      onNumberDone: this.#handleNumberDone,
    });
  }

  /** A host's preset answer in words: the question, the answer, and the points it gives. */
  #presetNote(assessment: ScoreDetail, id: string): string {
    const rubric = this.#localized(this.activeRubric as Rubric);
    const lang = this.#lang;
    const question = questionsById(rubric).get(id) as Question;
    const points = assessment.criteria.find((criterion) => criterion.id === id)?.points ?? 0;
    const answer = describeAnswer(question, own(assessment.answers, id), { rubric, lang, t: this.#t });
    return this.#t.preset(pick(question.label, lang), answer, points ? formatNumber(points, lang) : '');
  }

  override render() {
    // Waiting for the page's language (a Korean page shows nothing rather than English).
    if (!this.#language) return html`<div part="base" class="base" aria-busy="true"></div>`;
    const rubric = this.activeRubric && this.#localized(this.activeRubric);
    const t = this.#t;
    const lang = this.#lang;
    const fatal = this.problems.some((problem) => problem.fatal);
    if (!rubric || fatal) {
      return html`<div part="base" class="base" lang=${lang}>
        ${fatal ? this.#renderProblems() : html`<p role="status">${t.loading}</p>`}
      </div>`;
    }
    const real = this.#current as ScoreDetail;
    const view = this.view;
    // A what-if shows only on the result; everything else is the answers given.
    const assessment = view === 'result' && this.scenario ? this.#assessment(rubric, this.scenario) : real;
    const steps = rubric.steps.length;
    const running = `${assessment.scenario ? `${t.whatIfOn}: ` : ''}${points(assessment, t, lang)}`;
    return html`
      <div part="base" class="base" lang=${lang}>
        ${this.languagePicker ? renderLanguagePicker(lang, t, this.#handleLanguage) : nothing}
        ${heading(this.#level, pick(rubric.title, lang))}
        ${this.#renderProblems()}
        ${assessment.outdated ? html`<p class="notice">${t.outdated(rubric.reviewDate ?? '')}</p>` : nothing}
        ${view === 'result' ? nothing : html`<p part="progress" class="progress">${t.step(view + 1, steps)}</p>`}
        ${view === 0 ? html`<p class="help">${t.start(formatNumber(Math.max(1, Math.round(rubric.questions.length / 4)), lang))}</p>` : nothing}
        <p class="running" role=${view === 'result' ? 'status' : nothing}>${running}</p>
        ${view === 'result'
          ? renderResult({
              rubric,
              lang,
              t,
              assessment,
              answers: assessment.answers,
              real,
              whatIfErrors: this.whatIfErrors,
              whatIfTyped: this.#whatIfTyped,
              level: this.#level + 1,
              preset: new Set(Object.keys(this.#presets(rubric))),
              presetNote: (id: string) => this.#presetNote(assessment, id),
              onWhatIf: this.#handleWhatIf,
              onRestore: this.#handleRestore,
              onChangeAnswers: this.#handleChangeAnswers,
            })
          : this.#renderStep(rubric, view, assessment)}
        ${view === 'result' ? nothing : html`<p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>`}
      </div>
    `;
  }
}
