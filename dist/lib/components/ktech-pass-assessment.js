import { html, nothing, LitElement } from 'lit';
import { version } from '../package.json.js';
import { fitAnswers, questionsById, assess, questionsAsked, answerIssues } from '../rubric/assess.js';
import { defaultRubric } from '../rubric/default-rubric.js';
import { own } from '../rubric/own.js';
import { presetAnswers } from '../rubric/presets.js';
import { FormControl, formEntry, showInvalid } from './form-control.js';
import { frozen } from './frozen.js';
import styles from './ktech-pass-assessment.styles.js';
import { matchLanguage, LANGUAGES } from './language.js';
import { LanguageController } from './language-controller.js';
import { pick, formatNumber, parseTypedNumber } from './localize.js';
import { MONEY_CEILING, MONEY_FLOOR, likelyMeant, parseMoney } from './money.js';
import { renderLanguagePicker } from './render-language-picker.js';
import { RubricSource } from './rubric-source.js';
import { clearStored, loadStored, saveStored } from './persistence.js';
import { heading } from './heading.js';
import { renderProblems, renderStep } from './render-step.js';
import { renderResult } from './render-result.js';
import { describeAnswer, points } from './result-context.js';

frozen(defaultRubric);
const typedNumber = (question, typed) => question.type === "number" && question.unit === "KRW" ? parseMoney(typed) : parseTypedNumber(typed);
function sameAnswers(a, b) {
  if (!b) return false;
  for (const id in a) if (a[id] !== b[id]) return false;
  for (const id in b) if (a[id] !== b[id]) return false;
  return true;
}
const isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
class KtechPassAssessment extends FormControl(LitElement) {
  static styles = styles;
  /** The release (package.json's version), so a second copy of a different version on the same page can be told apart. */
  static version = version;
  /** Milliseconds a page waits for its language's file before showing English with a notice. */
  static languageTimeout = 3e3;
  // Reactive properties are declared here rather than with decorators: the
  // decorators' down-levelled helpers cost about 2 KB gzip in the bundle.
  static properties = {
    // Declared so that values a page set before the element was defined are
    // taken up and passed through the setters below (rubric first).
    rubric: { attribute: false, noAccessor: true },
    answers: { attribute: false, noAccessor: true },
    lang: {},
    employerSize: { attribute: "employer-size", reflect: true },
    rubricSrc: { attribute: "rubric-src" },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    persist: { type: Boolean },
    persistKey: { attribute: "persist-key" },
    languagePicker: { type: Boolean, attribute: "language-picker" },
    theme: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
    activeRubric: { state: true },
    currentAnswers: { state: true },
    typed: { state: true },
    view: { state: true },
    fieldErrors: { state: true },
    problems: { state: true },
    scenario: { state: true },
    whatIfErrors: { state: true }
  };
  constructor() {
    super();
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
  #hostAnswers = null;
  #focusAfterRender = null;
  /** The step whose Next (or reportValidity) found errors: the error summary shows there only, not for an error shown on leaving a field. */
  #summaryStep = -1;
  /** Next is pressed (pointer down) and not yet clicked. */
  #pressingNext = false;
  /** What was typed into each what-if field last (for the one-click fix of a salary typed in millions). */
  #whatIfTyped = {};
  #current = null;
  #languages = new LanguageController(this, () => KtechPassAssessment.languageTimeout);
  /** The host attributes last checked against the rubric, so each change is reported once. */
  #presetsChecked = "";
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
  get rubric() {
    return this.#source.rubric;
  }
  set rubric(value) {
    this.#source.setRubric(value);
  }
  /** Milliseconds a `rubric-src` load may take before it fails with "Try again". */
  get rubricTimeout() {
    return this.#source.timeout;
  }
  set rubricTimeout(value) {
    this.#source.timeout = value;
  }
  /** A copy of the answers, keyed by question id. Setting it validates; invalid entries are reported and left out. */
  get answers() {
    return { ...this.currentAnswers };
  }
  set answers(given) {
    const rubric = this.activeRubric;
    let value;
    try {
      if (!isPlainObject(given)) throw 0;
      value = { ...given };
    } catch {
      this.#report((t) => t.answersInvalid, [{ path: "answers", message: "expected an object keyed by question id" }], false);
      return;
    }
    if (sameAnswers(value, this.#hostAnswers) || sameAnswers(value, this.currentAnswers)) return;
    this.#hostAnswers = { ...value };
    if (!rubric) {
      this.currentAnswers = { ...value };
      return;
    }
    const { valid, issues } = fitAnswers(rubric, value);
    for (const { path } of issues) if (Object.hasOwn(this.currentAnswers, path)) valid[path] = this.currentAnswers[path];
    this.currentAnswers = valid;
    this.typed = {};
    this.fieldErrors = {};
    this.#endScenario();
    if (this.view === "result") this.#announce = true;
    if (issues.length) this.#report((t) => t.answersInvalid, issues, false);
    this.#store();
  }
  /** The latest assessment (with answers), or null while no rubric is usable. */
  get result() {
    return this.activeRubric ? this.#assessment(this.activeRubric) : null;
  }
  /** Clears every answer (and any stored copy) and goes back to the first step. */
  reset() {
    this.currentAnswers = {};
    this.typed = {};
    this.fieldErrors = {};
    this.#endScenario();
    this.view = 0;
    if (this.persist && this.activeRubric) clearStored(this.activeRubric, this.#instanceKey);
  }
  /** @internal Form reset (a `<button type="reset">` in the host form). */
  formResetCallback() {
    this.reset();
  }
  /** @internal History navigation back to the page: the browser gives back the step or result and the answers. */
  formStateRestoreCallback(state) {
    if (typeof state !== "string") return;
    const saved = JSON.parse(state);
    const [view, answers] = Array.isArray(saved) ? saved : [0, saved];
    this.answers = answers;
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    if (view === "result" ? !detail || detail.complete : Number.isInteger(view) && view < (rubric?.steps.length ?? Infinity)) this.view = view;
    if (detail && this.view === "result" && this.hasUpdated) this.#fire("score", detail);
  }
  /** @internal What the enclosing form submits (the result as JSON) and keeps for history navigation. */
  [formEntry]() {
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    const first = detail?.missing[0];
    return {
      value: detail && JSON.stringify(detail),
      state: JSON.stringify([this.view, this.currentAnswers]),
      // The message names the first unanswered question.
      invalid: this.required && !detail?.complete ? this.#t.answerThis(pick(first && rubric && questionsById(rubric).get(first)?.label || rubric?.title, this.#lang)) : "",
      // Question ids are plain (parseRubric checks their form): no escaping needed.
      anchor: first ? `[name="${first}"]` : ""
    };
  }
  /** @internal reportValidity(): the first step with an unanswered question, its errors shown as Next shows them. */
  [showInvalid]() {
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
  get #language() {
    return this.#languages.shown;
  }
  /** The top heading's level: `heading-level` when it is 2 to 6, else 2. */
  get #level() {
    const level = Number(this.headingLevel);
    return level >= 2 && level <= 6 ? Math.floor(level) : 2;
  }
  get #lang() {
    return this.#languages.lang;
  }
  get #t() {
    return this.#languages.messages;
  }
  #localized(rubric) {
    return this.#languages.localized(rubric);
  }
  /** @internal A language file did not come: English is shown, and the host hears why. */
  languageFailed(code) {
    this.#report(`The ${code} texts could not be loaded; showing English.`, [{ path: "lang", message: `${code} did not load` }], false);
  }
  /** Waits for a rubric or a language still loading, so that the next render shows the outcome. */
  async getUpdateComplete() {
    let done = await super.getUpdateComplete();
    while (this.#source.pending || this.#languages.pending) {
      await (this.#source.pending ?? this.#languages.pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }
  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  get #hostAttributes() {
    return { "employer-size": this.employerSize };
  }
  /** The host's preset answers, by question id, when valid for the rubric. */
  #presets(rubric) {
    return presetAnswers(rubric, this.#hostAttributes).answers;
  }
  /** Reports each host attribute the rubric cannot use: no question declares it, or its value is not an option. */
  #checkPresets(rubric) {
    const attributes = this.#hostAttributes;
    for (const issue of presetAnswers(rubric, attributes).issues) {
      const question = rubric.questions.find((candidate) => candidate.hostAttribute === issue.path);
      const message = question?.type === "choice" ? this.#t.badPreset(issue.path, attributes[issue.path] ?? "", question.options.map((option) => option.id).join(", ")) : this.#t.presetUnused(issue.path);
      this.#report(message, [issue], false);
    }
  }
  #effectiveAnswers(rubric) {
    return { ...this.currentAnswers, ...this.#presets(rubric) };
  }
  /** The assessment of the answers given, or of the what-if answers tried on the result (`scenario: true`). */
  #assessment(rubric, scenario) {
    const answers = { ...scenario ?? this.currentAnswers, ...this.#presets(rubric) };
    return { ...assess(rubric, answers), answers, scenario: !!scenario };
  }
  #endScenario() {
    this.scenario = null;
    this.whatIfErrors = {};
  }
  // ----- lifecycle -----
  willUpdate(changed) {
    if (changed.has("rubricSrc")) this.#source.setSource(this.rubricSrc || void 0);
    const presets = JSON.stringify(this.#hostAttributes);
    const presetsChanged = presets !== this.#presetsChecked;
    this.#presetsToCheck = !!this.activeRubric && (presetsChanged || changed.has("activeRubric"));
    if (this.#presetsToCheck) this.#presetsChecked = presets;
    if ((!this.hasUpdated || changed.has("persist")) && this.activeRubric && this.persist) {
      this.#restoreStored(this.activeRubric);
      this.#store();
    }
    if (changed.has("lang")) this.fieldErrors = {};
    const current = this.#current = this.activeRubric && this.#assessment(this.activeRubric);
    this.#rescored = !!current && this.view === "result" && (changed.has("activeRubric") || presetsChanged);
  }
  firstUpdated() {
    const own2 = this.getAttribute("lang");
    if (own2 && !matchLanguage(own2)) {
      this.#report(`lang "${own2}" is not available; showing English.`, [{ path: "lang", message: `"${own2}" is not one of ${LANGUAGES.join(", ")}` }], false);
    }
  }
  updated() {
    if (this.#presetsToCheck && this.activeRubric) this.#checkPresets(this.activeRubric);
    if ((this.#rescored || this.#announce) && this.#current) this.#fire("score", this.#current);
    this.#presetsToCheck = this.#rescored = this.#announce = false;
    const answers = this.#current?.answers ?? {};
    for (const radio of this.renderRoot.querySelectorAll("[type=radio]")) radio.checked = own(answers, radio.name) === radio.value;
    if (this.#focusAfterRender) {
      this.renderRoot.querySelector(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = null;
    }
  }
  // ----- rubric loading (RubricSource calls these) -----
  /** @internal */
  rubricFailed(failure, src) {
    const where = src ?? "rubric";
    const message = (t) => failure.stage === "invalid" ? t.rubricInvalid : failure.stage === "json" ? t.rubricJson(where) : t.rubricFetch(where, failure.stage === "status" ? `HTTP ${failure.status}` : failure.stage === "timeout" ? t.timedOut : "network error");
    this.activeRubric = null;
    this.#report(message, failure.issues, true);
  }
  /** @internal */
  rubricLoading() {
    this.activeRubric = null;
  }
  /** @internal Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
  rubricChanged(rubric) {
    const previous = this.activeRubric;
    this.activeRubric = rubric;
    this.problems = this.problems.filter((problem) => !problem.fatal);
    const { valid, issues } = fitAnswers(rubric, this.currentAnswers);
    this.currentAnswers = valid;
    if (issues.length) this.#report((t) => t.setAside, issues, false);
    if (typeof this.view === "number" && this.view >= rubric.steps.length) this.view = 0;
    if (previous !== rubric) this.#endScenario();
    this.#restoreStored(rubric);
  }
  // ----- persistence (opt-in) -----
  #restoreStored(rubric) {
    if (!this.persist) return;
    const stored = loadStored(rubric, this.#instanceKey);
    if (stored.discarded) this.#report((t) => t.storedDiscarded, [{ path: "storage", message: "answers stored for another rubric version were discarded" }], false);
    if (stored.answers != null) {
      const { valid, issues } = fitAnswers(rubric, stored.answers);
      if (issues.length) this.#report((t) => t.answersInvalid, issues.map((issue) => ({ ...issue, path: issue.path ? `storage.${issue.path}` : "storage" })), false);
      this.currentAnswers = { ...valid, ...this.currentAnswers };
    }
  }
  #store() {
    if (this.persist && this.activeRubric) saveStored(this.activeRubric, this.#instanceKey, this.currentAnswers);
  }
  /** Which widget on the page the stored answers belong to. */
  get #instanceKey() {
    return this.persistKey ?? this.id;
  }
  // ----- events -----
  /**
   * Shows a problem and fires assessment-error. While the page's language is
   * still loading, both wait for it: the message is worded in the language
   * the widget then shows, whichever arrives first.
   */
  #report(wording, issues, fatal) {
    if (this.#languages.deferred(() => this.#report(wording, issues, fatal))) return;
    const message = typeof wording === "string" ? wording : wording(this.#t);
    this.problems = [...this.problems.filter((problem) => problem.message !== message), { message, issues, fatal }];
    this.#fire("assessment-error", { message, issues });
  }
  #fire(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail: structuredClone(detail), bubbles: true, composed: true }));
  }
  #emitScore(rubric) {
    this.#fire("score", this.#assessment(rubric));
  }
  #setAnswer(question, value) {
    const rubric = this.activeRubric;
    if (!rubric || value === own(this.currentAnswers, question.id)) return;
    const next = { ...this.currentAnswers };
    if (value === void 0) delete next[question.id];
    else next[question.id] = value;
    this.currentAnswers = next;
    this.#store();
    const { [question.id]: _fixed, ...otherErrors } = this.fieldErrors;
    if (value !== void 0) this.fieldErrors = otherErrors;
    this.#fire("answer", { questionId: question.id, value, assessment: this.#assessment(rubric) });
  }
  // ----- handlers -----
  #handleChoice = (question, option) => this.#setAnswer(question, option);
  #handleNumber = (question, typed) => {
    this.typed = { ...this.typed, [question.id]: typed };
    this.#setAnswer(question, typed.trim() === "" || this.#numberError(question, typed) ? void 0 : typedNumber(question, typed));
  };
  /**
   * Leaving a number field: a slip such as "150" for a salary is pointed out
   * now, not only on Next. Not when Next is being pressed: the error would
   * push Next down between press and release, and the click would be lost;
   * Next shows it anyway.
   */
  #handleNumberDone = (question, typed) => {
    if (this.#pressingNext) return void (this.#pressingNext = false);
    const error = this.#numberError(question, typed);
    if (error) this.fieldErrors = { ...this.fieldErrors, [question.id]: error };
  };
  #numberError(question, typed) {
    if (typed.trim() === "" || question.type !== "number") return void 0;
    const value = typedNumber(question, typed);
    const t = this.#t;
    const n = (amount) => formatNumber(amount, this.#lang);
    const label = pick(question.label, this.#lang);
    const money = question.unit === "KRW";
    if (Number.isNaN(value)) return money ? t.enterMoney(label) : t.enterYears(label);
    if (money && value > MONEY_CEILING) return t.moneyTooHigh(label, t.won(n(MONEY_CEILING)));
    if (money && value < MONEY_FLOOR) {
      const meant = likelyMeant(value);
      return meant ? t.didYouMean(t.won(n(meant))) : t.moneyTooLow(label, t.won(n(MONEY_FLOOR)));
    }
    if (question.maximum !== void 0 && value > question.maximum) return t.numberRange(label, n(question.maximum));
    return void 0;
  }
  #askedInStep(rubric, step) {
    return questionsAsked(rubric, step, this.#effectiveAnswers(rubric), this.#presets(rubric));
  }
  // On the button's click (Enter in a field clicks it too) as well as on
  // submit: a frame sandboxed without allow-forms blocks submission before
  // the submit event, and preventing the click keeps the form from submitting.
  #handleNext = (event) => {
    event.preventDefault();
    this.#pressingNext = false;
    const rubric = this.activeRubric;
    if (!rubric || typeof this.view !== "number") return;
    const errors = this.fieldErrors = this.#stepErrors(rubric, this.view);
    this.problems = [];
    if (Object.keys(errors).length) {
      this.#summaryStep = this.view;
      this.#focusAfterRender = "#error-summary";
      return;
    }
    if (this.view < rubric.steps.length - 1) {
      this.view += 1;
      this.#focusAfterRender = "#step-title";
    } else {
      this.view = "result";
      this.#focusAfterRender = "#result-title";
      this.#emitScore(rubric);
    }
  };
  /** Why each question asked on a step cannot be counted yet: not a number, or not answered. */
  #stepErrors(rubric, step) {
    const errors = {};
    for (const question of this.#askedInStep(this.#localized(rubric), step)) {
      const typed = own(this.typed, question.id);
      const invalid = typed === void 0 ? void 0 : this.#numberError(question, typed);
      if (invalid) errors[question.id] = invalid;
      else if (own(this.currentAnswers, question.id) === void 0) errors[question.id] = this.#t.answerThis(pick(question.label, this.#lang));
    }
    return errors;
  }
  #handleBack = () => {
    if (typeof this.view === "number" && this.view > 0) {
      this.view -= 1;
      this.fieldErrors = {};
      this.#focusAfterRender = "#step-title";
    }
  };
  /** A what-if change on the result: scored as a scenario, the answers given stay as they are. */
  #handleWhatIf = (question, field) => {
    const rubric = this.activeRubric;
    if (!rubric) return;
    const raw = field.value;
    const { [question.id]: _old, ...scenario } = this.scenario ?? this.currentAnswers;
    const error = this.#numberError(question, raw);
    this.whatIfErrors = error ? { ...this.whatIfErrors, [question.id]: error } : (({ [question.id]: _fixed, ...rest }) => rest)(this.whatIfErrors);
    this.#whatIfTyped[question.id] = raw;
    if (error) return;
    if (raw.trim() !== "") {
      const value = question.type === "number" ? typedNumber(question, raw) : raw;
      if (answerIssues(rubric, { [question.id]: value }).length) return;
      scenario[question.id] = value;
    }
    if (sameAnswers(scenario, this.currentAnswers)) return this.#handleRestore();
    this.scenario = scenario;
    this.#fire("score", this.#assessment(rubric, scenario));
  };
  /** Back to the real result: the what-if is dropped, the host hears the applicant's result again. */
  #handleRestore = () => {
    const rubric = this.activeRubric;
    if (!rubric || !this.scenario) return;
    this.#endScenario();
    this.#focusAfterRender = "#result-title";
    this.#emitScore(rubric);
  };
  #handleChangeAnswers = () => {
    this.#endScenario();
    this.view = 0;
    this.typed = {};
    this.#focusAfterRender = "#step-title";
  };
  #handleRetry = () => this.#source.retry();
  #handlePressNext = () => this.#pressingNext = true;
  #handleLanguage = (code) => {
    this.lang = code;
    this.#fire("language-change", { lang: code });
  };
  /** An error summary link: focus goes to the question's first input (a radio, or the text field), which names the question. */
  #focusField(event, id) {
    event.preventDefault();
    this.renderRoot.querySelector(`[name="${id}"]`)?.focus();
  }
  // ----- render -----
  #renderProblems() {
    return renderProblems(this.problems, this.#t, this.rubricSrc ? this.#handleRetry : void 0);
  }
  #renderStep(rubric, index, assessment) {
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
      onNumberDone: this.#handleNumberDone
    });
  }
  /** A host's preset answer in words: the question, the answer, and the points it gives. */
  #presetNote(assessment, id) {
    const rubric = this.#localized(this.activeRubric);
    const lang = this.#lang;
    const question = questionsById(rubric).get(id);
    const points2 = assessment.criteria.find((criterion) => criterion.id === id)?.points ?? 0;
    const answer = describeAnswer(question, own(assessment.answers, id), { rubric, lang, t: this.#t });
    return this.#t.preset(pick(question.label, lang), answer, points2 ? formatNumber(points2, lang) : "");
  }
  render() {
    if (!this.#language) return html`<div part="base" class="base" aria-busy="true"></div>`;
    const rubric = this.activeRubric && this.#localized(this.activeRubric);
    const t = this.#t;
    const lang = this.#lang;
    const fatal = this.problems.some((problem) => problem.fatal);
    if (!rubric || fatal) {
      return html`<div part="base" class="base" lang="${lang}">${fatal ? this.#renderProblems() : html`<p role="status">${t.loading}</p>`}</div>`;
    }
    const real = this.#current;
    const view = this.view;
    const assessment = view === "result" && this.scenario ? this.#assessment(rubric, this.scenario) : real;
    const steps = rubric.steps.length;
    const running = `${assessment.scenario ? `${t.whatIfOn}: ` : ""}${points(assessment, t, lang)}`;
    return html` <div part="base" class="base" lang="${lang}">${this.languagePicker ? renderLanguagePicker(lang, t, this.#handleLanguage) : nothing} ${heading(this.#level, pick(rubric.title, lang))} ${this.#renderProblems()} ${assessment.outdated ? html`<p class="notice">${t.outdated(rubric.reviewDate ?? "")}</p>` : nothing} ${view === "result" ? nothing : html`<p part="progress" class="progress">${t.step(view + 1, steps)}</p>`} ${view === 0 ? html`<p class="help">${t.start(formatNumber(Math.max(1, Math.round(rubric.questions.length / 4)), lang))}</p>` : nothing}<p class="running" role="${view === "result" ? "status" : nothing}">${running}</p>${view === "result" ? renderResult({
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
      presetNote: (id) => this.#presetNote(assessment, id),
      onWhatIf: this.#handleWhatIf,
      onRestore: this.#handleRestore,
      onChangeAnswers: this.#handleChangeAnswers
    }) : this.#renderStep(rubric, view, assessment)} ${view === "result" ? nothing : html`<p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>`}</div> `;
  }
}

export { KtechPassAssessment };
