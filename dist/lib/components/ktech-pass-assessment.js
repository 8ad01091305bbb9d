import { html, nothing, LitElement } from 'lit';
import { version } from '../package.json.js';
import { assess, questionsAsked, stepsAsked, fitAnswers, answersAsked } from '../rubric/assess.js';
import { defaultRubric } from '../rubric/default-rubric.js';
import { sameAnswer, toggleOption } from '../rubric/answers.js';
import { own } from '../rubric/own.js';
import { presetAnswers } from '../rubric/presets.js';
import { FocusAfterRender } from './focus-after-render.js';
import { FormControl, formEntry, showInvalid } from './form-control.js';
import { heading } from './heading.js';
import { copied } from './plain-json.js';
import { showNotStarted, whyNotStarted } from './cannot-start.js';
import { afterPageScripts } from './page-ready.js';
import { copyAnswers, sameAnswers, fitGiven, readFormState, formEntryOf, presetProblems } from './host-answers.js';
import styles from './ktech-pass-assessment.styles.js';
import { matchLanguage, LANGUAGES } from './language.js';
import { LanguageController } from './language-controller.js';
import { prepareFormats, TYPED_MAX_LENGTH, pick, formatNumber } from './localize.js';
import { keepCodes } from './keep-codes.js';
import { renderLanguagePicker } from './render-language-picker.js';
import { renderProblems, renderStep, presetNote } from './render-step.js';
import { scoreLine } from './result-context.js';
import { ResultViewLoader } from './result-view-loader.js';
import { RubricSource } from './rubric-source.js';
import { stepErrors, numberError, plausibleAnswers, typedNumber } from './step-errors.js';
import { StoredAnswers } from './stored-answers.js';
import { WhatIf } from './what-if.js';

class KtechPassAssessment extends FormControl(LitElement) {
  static styles = styles;
  /** The release (package.json's `version`), so a second copy of a different version on the same page can be told apart. */
  static version = version;
  /** Milliseconds a page waits for its language's file before showing English with a notice. */
  static languageTimeout = 3e3;
  // Reactive properties are declared here rather than with decorators: standard
  // decorators (@property() accessor) add 1,853 B gzip to the first file, legacy
  // ones 378 B (measured with lit 3.3, esbuild 0.28, target es2022).
  static properties = {
    // Declared so that values a page set before the element was defined are
    // taken up and passed through the setters below (rubric first).
    rubric: { attribute: false, noAccessor: true },
    answers: { attribute: false, noAccessor: true },
    rubricTimeout: { attribute: false, noAccessor: true },
    disabled: { attribute: false, noAccessor: true },
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
    problems: { state: true }
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
    this.addEventListener(
      "click",
      (event) => event.composedPath()[0] === this && this.renderRoot.querySelector("form input,#result-title")?.focus()
    );
  }
  #source = new RubricSource(this);
  // Before the language controller: stored answers restored on the first
  // update report their problems at once, as they always have.
  #stored = new StoredAnswers(this, {
    add: (stored) => this.currentAnswers = { ...stored, ...this.currentAnswers },
    replace: (stored) => this.#followed(stored),
    report: (wording, issues) => this.#report((t) => wording(t, this.#lang), issues, false)
  });
  #languages = new LanguageController(this, () => KtechPassAssessment.languageTimeout);
  #focus = new FocusAfterRender(this);
  #whatIf = new WhatIf(this);
  // Once the applicant starts, the number formats are built while the browser is idle, not on the first keystroke.
  #resultView = new ResultViewLoader(this, () => {
    const lang = this.#lang;
    return () => prepareFormats(lang);
  });
  /**
   * Assessments made, by the answers object they score (answers are never
   * edited in place, only replaced): a render, its events, the form value and
   * `result` share one assessment per state change.
   */
  #assessments = /* @__PURE__ */ new WeakMap();
  /** The host's preset answers, made once per rubric and attribute value. */
  #presetCache = null;
  /** The form's entry, made once per assessment, step, language and `required`. */
  #entry = null;
  /** The `answers` the host set last, to tell a re-render with the same prop from a new prefill. */
  #hostAnswers = null;
  /** The step whose Next (or reportValidity) found errors: the error summary shows there only, not for an error shown on leaving a field. */
  #summaryStep = -1;
  /** Next is pressed (pointer down) and not yet clicked. */
  #pressingNext = false;
  /** The assessment of the answers given, made once per render for render() and updated(). */
  #current = null;
  /** The host attributes last checked against the rubric, so each change is reported once. */
  #presetsChecked = "";
  /** Set when the page's answers change the result shown: updated() announces it. */
  #announce = false;
  /**
   * Answers a rubric switch set aside (they do not fit the rubric in use):
   * kept in memory, so that switching back brings them back, with or without
   * `persist`.
   */
  #setAside = {};
  // ----- public API -----
  /**
   * The rubric in use (frozen: read it, don't edit it): the built-in one, or
   * the one set or fetched; `null` while one loads or after it failed. Setting
   * it takes any value (an imported JSON file, say) and never throws: it is
   * copied and validated (by the validator file, loaded on demand), the widget
   * shows its loading state meanwhile and keeps every answer, and
   * `updateComplete` resolves once it is in use or rejected
   * (`assessment-error`). Setting an equal rubric again does nothing; `null`
   * brings back the built-in one.
   */
  get rubric() {
    return this.#source.rubric;
  }
  set rubric(value) {
    this.#source.setRubric(value);
  }
  /**
   * Milliseconds a `rubric-src` load may take before it fails with "Try again": at most 2^31 − 1 (Infinity is that); NaN, 0 or less is the default.
   * @default 15000
   */
  get rubricTimeout() {
    return this.#source.timeout;
  }
  set rubricTimeout(value) {
    this.#source.timeout = value;
  }
  /**
   * A copy of the answers, keyed by question id. Setting it prefills the
   * widget; invalid entries are reported and left out (an answer already given
   * stays). With `persist`, the page's first prefill (even `{}`) is laid over
   * the stored answers, and over those the browser's Back brought back; later
   * assignments replace. Setting it again to what you set last, or to the
   * answers as they are, does nothing: a framework re-rendering with the same
   * prop never undoes the applicant's clicks or typing.
   */
  get answers() {
    return { ...this.currentAnswers };
  }
  set answers(given) {
    const rubric = this.activeRubric;
    const value = copyAnswers(given);
    if (!value) {
      this.#report(
        (t) => t.answersInvalid,
        [{ path: "answers", message: "expected an object keyed by question id" }],
        false
      );
      return;
    }
    if (sameAnswers(value, this.#hostAnswers)) return;
    const merged = !this.#hostAnswers && this.persist ? { ...this.currentAnswers, ...value } : value;
    this.#hostAnswers = { ...value };
    if (sameAnswers(merged, this.currentAnswers)) return;
    if (!rubric) {
      this.currentAnswers = { ...merged };
      return;
    }
    const { valid, issues, problems } = fitGiven(rubric, merged, this.currentAnswers);
    this.#setAside = {};
    this.#commit(valid);
    this.typed = {};
    this.fieldErrors = {};
    this.#whatIf.end();
    if (this.view === "result") this.#announce = true;
    if (issues.length) this.#report((t) => t.answersInvalid, issues, false);
    for (const [wording, issue] of problems) this.#report((t) => wording(t, this.#lang), [issue], false);
  }
  /** The latest assessment, as the `score` event's `detail`, or `null` while no rubric is usable. */
  get result() {
    return this.activeRubric ? structuredClone(this.#assessment(this.activeRubric)) : null;
  }
  /** Clears every answer (and any stored copy) and goes back to the first step. A `<button type="reset">` in the enclosing form does the same. */
  reset() {
    this.currentAnswers = {};
    this.#setAside = {};
    this.typed = {};
    this.fieldErrors = {};
    this.#whatIf.end();
    this.view = 0;
    this.#stored.clear();
  }
  /** @internal Form reset (a `<button type="reset">` in the host form). */
  formResetCallback() {
    this.reset();
  }
  /** @internal History navigation back to the page: the browser gives back the step or result and the answers. */
  formStateRestoreCallback(state) {
    if (typeof state !== "string") return;
    const [view, answers] = readFormState(state);
    this.answers = answers;
    this.#hostAnswers = null;
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    if (view === "result" ? !detail || detail.complete : Number.isInteger(view) && view < (rubric?.steps.length ?? Infinity))
      this.view = view;
    if (detail && this.view === "result" && this.hasUpdated) this.#fire("score", detail);
  }
  /** @internal What the enclosing form submits (the result as JSON) and keeps for history navigation. */
  [formEntry]() {
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    const key = [detail, this.view, this.currentAnswers, this.required, this.#t, this.#lang];
    if (!this.#entry || key.some((part, i) => part !== this.#entry?.key[i])) {
      this.#entry = {
        key,
        entry: formEntryOf(rubric, detail, this.view, this.currentAnswers, this.required, this.#t, this.#lang)
      };
    }
    return this.#entry.entry;
  }
  /** @internal reportValidity(): the first step with an unanswered question, its errors shown as Next shows them. */
  [showInvalid]() {
    const rubric = this.activeRubric;
    for (let step = 0; rubric && step < rubric.steps.length; step++) {
      const errors = this.#stepErrors(rubric, step);
      if (Object.keys(errors).length) {
        this.view = this.#summaryStep = step;
        this.fieldErrors = errors;
        return;
      }
    }
  }
  /** @internal A language file did not come: English is shown, and the host hears why. */
  languageFailed(code) {
    this.#english(code, `${code} did not load`);
  }
  /** A language not shown: the notice (in English, the language then shown) and why. */
  #english(code, why) {
    this.#report(() => `lang "${code}" is not available; showing English.`, [{ path: "lang", message: why }], false);
  }
  // ----- derived -----
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
  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  get #hostAttributes() {
    return { "employer-size": this.employerSize };
  }
  /** The host's preset answers, by question id, when valid for the rubric. */
  #presets(rubric) {
    const key = JSON.stringify(this.#hostAttributes);
    const cached = this.#presetCache;
    if (cached?.rubric === rubric && cached.key === key) return cached.answers;
    return (this.#presetCache = { rubric, key, answers: presetAnswers(rubric, this.#hostAttributes).answers }).answers;
  }
  /**
   * The assessment of the answers given, or of the what-if answers tried on
   * the result (`scenario: true`). Made once per answers, rubric and presets:
   * don't edit what it returns.
   */
  #assessment(rubric, scenario) {
    const given = scenario ?? this.currentAnswers;
    const presets = this.#presets(rubric);
    const cached = this.#assessments.get(given);
    if (cached?.rubric === rubric && cached.presets === presets) return cached.detail;
    const answers = { ...given, ...presets };
    const detail = { ...assess(rubric, answers), answers, scenario: !!scenario };
    this.#assessments.set(given, { rubric, presets, detail });
    return detail;
  }
  /** The questions a step asks: those whose conditions the answers (the host's presets too) meet, less the preset ones. */
  #asked(rubric, step) {
    const presets = this.#presets(rubric);
    return questionsAsked(rubric, step, { ...this.currentAnswers, ...presets }, presets);
  }
  /** The steps that ask anything now: Next and Back pass over the others. */
  #steps(rubric) {
    const presets = this.#presets(rubric);
    return stepsAsked(rubric, { ...this.currentAnswers, ...presets }, presets);
  }
  #stepErrors(rubric, step) {
    return stepErrors(
      this.#asked(this.#languages.localized(rubric), step),
      this.typed,
      this.currentAnswers,
      this.#t,
      this.#lang
    );
  }
  #numberError = (question, typed) => numberError(question, typed, this.#t, this.#lang);
  // ----- lifecycle -----
  /** Waits for a rubric or a language still loading (and on the result, its view), so that the next render shows the outcome. */
  async getUpdateComplete() {
    let done = await super.getUpdateComplete();
    const viewPending = () => this.view === "result" ? this.#resultView.pending : null;
    while (this.#source.pending || this.#languages.pending || viewPending()) {
      await (this.#source.pending ?? this.#languages.pending ?? viewPending());
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
  /** A render the page does not allow (its Trusted Types policy refused): the box says so in text, and the page hears it. */
  update(changed) {
    if (this.#notStarted) return;
    try {
      super.update(changed);
    } catch (error) {
      this.#notStarted = true;
      showNotStarted(this, this.renderRoot, this.#t, whyNotStarted(error));
    }
  }
  /** The page refused the first render: the box says why, and nothing renders again. */
  #notStarted = false;
  // Derives state only. Work with side effects runs in the controllers'
  // hostUpdate, after this: RubricSource starts a rubric-src load,
  // StoredAnswers restores answers; render() then shows both.
  willUpdate(changed) {
    if (changed.has("lang")) {
      this.fieldErrors = {};
      const rubric = this.activeRubric;
      if (rubric)
        this.typed = Object.fromEntries(
          Object.entries(this.typed).filter(([id]) => own(this.currentAnswers, id) === void 0)
        );
      this.problems = this.problems.filter((problem) => problem.issues[0]?.path !== "lang");
    }
  }
  // Events after the render that shows what they report.
  updated(changed) {
    const tag = this.lang;
    if (changed.has("lang") && typeof tag === "string" && tag && !matchLanguage(tag)) {
      this.#english(tag, `"${tag}" is not one of ${LANGUAGES.join(", ")}`);
    }
    const rubric = this.activeRubric;
    const presets = JSON.stringify(this.#hostAttributes);
    const presetsChanged = presets !== this.#presetsChecked;
    if (rubric && (presetsChanged || changed.has("activeRubric"))) {
      this.#presetsChecked = presets;
      for (const [wording, issue] of presetProblems(rubric, this.#hostAttributes))
        this.#report(wording, [issue], false);
    }
    if (this.#current && (this.view === "result" && (changed.has("activeRubric") || presetsChanged) || this.#announce))
      this.#fire("score", this.#current);
    this.#announce = false;
    const answers = this.#current?.answers ?? {};
    for (const box of this.renderRoot.querySelectorAll("form [type=radio],form [type=checkbox]")) {
      const answer = own(answers, box.name);
      box.checked = Array.isArray(answer) ? answer.includes(box.value) : answer === box.value;
    }
    for (const field of this.renderRoot.querySelectorAll("input[type=text]"))
      field.maxLength = TYPED_MAX_LENGTH;
  }
  /** @internal The result view could not be loaded, even on a second try: back to the last step, where "See my result" tries again. */
  resultViewFailed(error) {
    const rubric = this.activeRubric;
    if (this.view === "result") this.view = (rubric && this.#steps(rubric).at(-1)) ?? 0;
    this.#focus.next("#step-title");
    this.#report((t) => t.errorTitle, [{ path: "result", message: String(error?.message ?? error) }], false);
  }
  // ----- rubric loading (RubricSource calls these) -----
  /** @internal */
  rubricFailed(failure) {
    this.activeRubric = null;
    this.#report(failure.wording, failure.issues, true);
  }
  /** @internal */
  rubricLoading() {
    this.activeRubric = null;
    this.problems = this.problems.filter((problem) => !problem.fatal);
  }
  /** @internal Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
  rubricChanged(rubric) {
    const previous = this.activeRubric;
    this.activeRubric = rubric;
    this.problems = this.problems.filter((problem) => !problem.fatal);
    const given = this.currentAnswers;
    const all = { ...this.#setAside, ...given };
    const { valid, issues } = fitAnswers(rubric, all);
    this.#setAside = {};
    for (const id of Object.keys(all)) if (!Object.hasOwn(valid, id)) this.#setAside[id] = all[id];
    const { kept, problems } = plausibleAnswers(rubric, valid);
    this.currentAnswers = kept;
    const news = issues.filter((issue) => Object.hasOwn(given, issue.path));
    if (news.length) this.#report((t) => t.setAside, news, false);
    for (const [wording, issue] of problems) this.#report((t) => wording(t, this.#lang), [issue], false);
    if (typeof this.view === "number" && this.view >= rubric.steps.length) this.view = 0;
    if (previous !== rubric) this.#whatIf.end();
    this.#stored.restore(rubric);
  }
  // ----- events -----
  /**
   * Shows a problem and fires assessment-error. While the page's language is
   * still loading, both wait for it: the message is worded in the language
   * the widget then shows, whichever arrives first.
   */
  #report(words, issues, fatal) {
    if (this.#languages.deferred(() => this.#report(words, issues, fatal))) return;
    const message = words(this.#t);
    this.problems = [
      ...this.problems.filter((problem) => problem.message !== message),
      { message, issues, fatal, words }
    ];
    this.#fire("assessment-error", { message, issues });
  }
  #fire(type, detail) {
    const event = new CustomEvent(type, { detail: copied(detail), bubbles: true, composed: true });
    afterPageScripts(() => this.dispatchEvent(event));
  }
  /** The one way the answers given change: kept, and stored (with `persist`) for a reload and the page's other tabs. */
  #commit(answers) {
    this.currentAnswers = answers;
    this.#stored.save();
  }
  /** Another tab changed the stored answers: they are the answers here, and a field whose answer changed shows it. */
  #followed(stored) {
    const typed = { ...this.typed };
    for (const id of Object.keys(typed)) if (own(stored, id) !== own(this.currentAnswers, id)) delete typed[id];
    this.typed = typed;
    this.currentAnswers = stored;
    if (this.view === "result") this.#announce = true;
  }
  #emitScore(rubric) {
    this.#fire("score", this.#assessment(rubric));
  }
  #setAnswer(question, value) {
    const rubric = this.activeRubric;
    if (!rubric || sameAnswer(value, own(this.currentAnswers, question.id))) return;
    const next = { ...this.currentAnswers };
    if (value === void 0) delete next[question.id];
    else next[question.id] = value;
    this.#commit(next);
    const { [question.id]: _fixed, ...otherErrors } = this.fieldErrors;
    if (value !== void 0) this.fieldErrors = otherErrors;
    this.#fire("answer", { questionId: question.id, value, assessment: this.#assessment(rubric) });
  }
  // ----- handlers -----
  #handleChoice = (question, option, ticked) => this.#setAnswer(
    question,
    question.type === "multi" ? toggleOption(question, own(this.currentAnswers, question.id), option, !!ticked) : option
  );
  #handleNumber = (question, typed) => {
    this.typed = { ...this.typed, [question.id]: typed };
    this.#setAnswer(
      question,
      typed.trim() === "" || this.#numberError(question, typed) ? void 0 : typedNumber(question, typed)
    );
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
      return this.#focus.next("#error-summary");
    }
    const next = this.#steps(rubric).find((step) => step > this.view);
    if (next !== void 0) {
      this.view = next;
      this.#focus.next("#step-title");
    } else {
      this.view = "result";
      this.#focus.next("#result-title,#result-loading");
      this.#emitScore(rubric);
    }
  };
  #handleBack = () => {
    const rubric = this.activeRubric;
    const view = this.view;
    const previous = rubric && typeof view === "number" ? this.#steps(rubric).filter((step) => step < view).pop() : void 0;
    if (previous !== void 0) {
      this.view = previous;
      this.fieldErrors = {};
      this.#focus.next("#step-title");
    }
  };
  /** A what-if change on the result: scored as a scenario, the answers given stay as they are. */
  #handleWhatIf = (question, field) => {
    const rubric = this.activeRubric;
    const scenario = rubric && this.#whatIf.change(rubric, question, field.value, this.currentAnswers, this.#numberError(question, field.value));
    if (scenario) this.#fire("score", this.#assessment(rubric, scenario));
    else if (scenario === null) this.#handleRestore();
  };
  /** Back to the real result: the what-if is dropped, the host hears the applicant's result again. */
  #handleRestore = () => {
    const rubric = this.activeRubric;
    if (!rubric || !this.#whatIf.answers) return;
    this.#whatIf.end();
    this.#focus.next("#result-title");
    this.#emitScore(rubric);
  };
  #handleChangeAnswers = () => {
    this.#whatIf.end();
    this.view = 0;
    this.typed = {};
    this.#focus.next("#step-title");
  };
  // The button goes with the failure: focus goes to the loading status, then to what replaces it.
  #handleRetry = () => {
    this.#focus.next(".loading");
    this.#source.retry();
  };
  #handlePressNext = () => this.#pressingNext = true;
  #handleLanguage = (code) => {
    this.lang = code;
    this.#fire("language-change", { lang: code });
  };
  // ----- render -----
  render() {
    const real = this.#current = this.activeRubric && this.#assessment(this.activeRubric);
    const lang = this.#lang;
    const t = this.#t;
    if (!this.#languages.shown) return html`<div part="base" class="base" aria-busy="true"></div>`;
    const rubric = this.activeRubric && this.#languages.localized(this.activeRubric);
    const fatal = this.problems.some((problem) => problem.fatal);
    const problems = renderProblems(this.problems, t, this.#source.retryable ? this.#handleRetry : void 0);
    if (!rubric || !real || fatal) {
      return html`<div part="base" class="base" lang="${lang}">${fatal ? problems : html`<p role="status" class="loading" tabindex="-1">${t.loading}</p>`}</div>`;
    }
    const view = this.view;
    const scenario = this.#whatIf.answers;
    const assessment = view === "result" && scenario ? this.#assessment(rubric, scenario) : real;
    const level = this.#level;
    const steps = this.#steps(rubric);
    const note = (id) => presetNote(rubric, lang, t, assessment, id);
    const shared = {
      rubric,
      lang,
      t,
      answers: assessment.answers,
      asked: answersAsked(rubric, assessment.answers),
      preset: new Set(Object.keys(this.#presets(rubric))),
      presetNote: note
    };
    return html` <div part="base" class="base" lang="${lang}">${this.languagePicker ? renderLanguagePicker(lang, t, this.#handleLanguage) : nothing} ${heading(level, keepCodes(pick(rubric.title, lang)))} ${problems} ${assessment.outdated ? html`<p class="notice">${t.outdated(rubric.reviewDate ?? "")}</p>` : nothing} ${view === 0 ? html`<p class="help">${t.start(formatNumber(Math.max(1, Math.round(rubric.questions.length / 4)), lang))}</p>` : nothing}<div class="meta">${view === "result" ? nothing : html`<p part="progress" class="progress">${t.step(Math.max(1, steps.indexOf(view) + 1), Math.max(steps.length, 1))}</p>`}<p class="running" aria-hidden="${view === "result" ? "true" : nothing}">${scoreLine(assessment, rubric, t, lang)}</p></div>${view === "result" ? (
      // Announced once per what-if (its verdict and score); the real result is read from its heading and card,
      // and the score line above is only a visual aid (a sticky copy while a what-if field has focus).
      html`<p class="sr" role="status">${assessment.scenario ? t.whatIfVerdict(assessment.eligible, scoreLine(assessment, rubric, t, lang)) : ""}</p>`
    ) : nothing} ${view === "result" ? this.#resultView.render(
      {
        ...shared,
        assessment,
        real,
        whatIfErrors: this.#whatIf.errors,
        whatIfTyped: this.#whatIf.typed,
        level: level + 1,
        onWhatIf: this.#handleWhatIf,
        onRestore: this.#handleRestore,
        onChangeAnswers: this.#handleChangeAnswers
      },
      t.loading
    ) : renderStep({
      ...shared,
      index: view,
      first: (steps[0] ?? 0) >= view,
      last: (steps.at(-1) ?? 0) <= view,
      level,
      asked: new Set(this.#asked(rubric, view).map((question) => question.id)),
      typed: this.typed,
      fieldErrors: this.fieldErrors,
      summary: this.#summaryStep === view,
      onNext: this.#handleNext,
      onPressNext: this.#handlePressNext,
      onBack: this.#handleBack,
      onChoice: this.#handleChoice,
      onNumber: this.#handleNumber,
      onNumberDone: this.#handleNumberDone
    })} ${view === "result" ? nothing : html`<p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>`}</div> `;
  }
}

export { KtechPassAssessment };
