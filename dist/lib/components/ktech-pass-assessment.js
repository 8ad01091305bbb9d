import { LitElement, nothing, html } from 'lit';
import { version } from '../package.json.js';
import { fitAnswers, assess, questionsAsked, answerIssues, questionsById } from '../rubric/assess.js';
import { defaultRubric } from '../rubric/default-rubric.js';
import { own } from '../rubric/own.js';
import { presetAnswers } from '../rubric/presets.js';
import { frozen } from './frozen.js';
import styles from './ktech-pass-assessment.styles.js';
import { matchLanguage, loadedLocale, loadLocale } from './language.js';
import { pick, formatNumber, parseTypedNumber } from './localize.js';
import { MONEY_CEILING, MONEY_FLOOR, likelyMeant, parseMoney } from './money.js';
import { MESSAGES_EN } from './messages.js';
import { RubricSource } from './rubric-source.js';
import { clearStored, loadStored, saveStored } from './persistence.js';
import { renderQuestion } from './render-question.js';
import { describeAnswer, renderResult } from './render-result.js';

const translations = /* @__PURE__ */ new WeakMap();
frozen(defaultRubric);
const typedNumber = (question, typed) => question.type === "number" && question.unit === "KRW" ? parseMoney(typed) : parseTypedNumber(typed);
function sameAnswers(a, b) {
  if (!b) return false;
  for (const id in a) if (a[id] !== b[id]) return false;
  for (const id in b) if (a[id] !== b[id]) return false;
  return true;
}
const isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
class KtechPassAssessment extends LitElement {
  static styles = styles;
  /** The release (package.json's version), so a second copy of a different version on the same page can be told apart. */
  static version = version;
  /** A form-associated element: inside a `<form>` it submits its result under `name`. */
  static formAssociated = true;
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
    activeRubric: { state: true },
    currentAnswers: { state: true },
    typed: { state: true },
    view: { state: true },
    fieldErrors: { state: true },
    problems: { state: true },
    baseline: { state: true }
  };
  constructor() {
    super();
    this.activeRubric = defaultRubric;
    this.currentAnswers = {};
    this.typed = {};
    this.view = 0;
    this.fieldErrors = {};
    this.problems = [];
    this.baseline = null;
  }
  #internals = this.attachInternals();
  #source = new RubricSource(this);
  /** The `answers` the host set last, to tell a re-render with the same prop from a new prefill. */
  #hostAnswers = null;
  #focusAfterRender = null;
  #current = null;
  /** The language last rendered: shown on while another one loads. */
  #shownLanguage;
  /** Languages that could not be loaded here; English is shown instead. */
  #languagesFailed = /* @__PURE__ */ new Set();
  #languageLoad = null;
  /** Problems found while the language was loading, reported once it is there. */
  #deferredReports = [];
  /** The host attributes last checked against the rubric, so each change is reported once. */
  #presetsChecked = "";
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
    this.baseline = null;
    this.view = 0;
    if (this.persist && this.activeRubric) clearStored(this.activeRubric, this.#instanceKey);
  }
  /** @internal Form reset (a `<button type="reset">` in the host form). */
  formResetCallback() {
    this.reset();
  }
  /** @internal The browser gives back the answers (history navigation back to the page). */
  formStateRestoreCallback(state) {
    if (typeof state === "string") this.answers = JSON.parse(state);
  }
  // ----- derived -----
  /** The language asked for: own `lang`, else the nearest ancestor's, else the document's. */
  get #langTag() {
    return this.lang || this.parentElement?.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang || "en";
  }
  /** The supported language asked for, English when there is none. */
  get #wantedLanguage() {
    const code = matchLanguage(this.#langTag) ?? "en";
    return this.#languagesFailed.has(code) ? "en" : code;
  }
  /**
   * The language shown: the one asked for once it has loaded; until then the
   * one shown before, or none at all (undefined) on the first render, so a
   * Korean page never flashes English.
   */
  get #language() {
    const wanted = this.#wantedLanguage;
    return wanted === "en" || loadedLocale(wanted) ? wanted : this.#shownLanguage;
  }
  get #lang() {
    return this.#language ?? "en";
  }
  get #t() {
    return loadedLocale(this.#lang)?.messages ?? MESSAGES_EN;
  }
  /**
   * The rubric in the language shown. The built-in rubric's texts come with
   * each language's file; a host's rubric carries its own (a copy of the
   * built-in one may have changed its texts, so it is never translated).
   */
  #localized(rubric) {
    const locale = loadedLocale(this.#lang);
    if (!locale || rubric !== defaultRubric) return rubric;
    let byLanguage = translations.get(rubric);
    if (!byLanguage) translations.set(rubric, byLanguage = /* @__PURE__ */ new Map());
    let translated = byLanguage.get(this.#lang);
    if (!translated) byLanguage.set(this.#lang, translated = frozen(locale.translate(rubric, locale.rubric)));
    return translated;
  }
  /** Starts loading the language asked for, once; falls back to English after a while. */
  #loadLanguage() {
    const code = this.#wantedLanguage;
    if (code === "en" || loadedLocale(code) || this.#languageLoad) return;
    let timer;
    const fallBack = () => {
      if (loadedLocale(code) || this.#languagesFailed.has(code)) return;
      this.#languagesFailed.add(code);
      this.#report(`The ${code} texts could not be loaded; showing English.`, [{ path: "lang", message: `${code} did not load` }], false);
    };
    const load = Promise.race([
      loadLocale(code),
      new Promise((_, reject) => timer = setTimeout(reject, KtechPassAssessment.languageTimeout))
    ]).catch(fallBack).finally(() => {
      clearTimeout(timer);
      this.#languageLoad = null;
      for (const report of this.#deferredReports.splice(0)) report();
      this.requestUpdate();
    });
    this.#languageLoad = load;
  }
  /** Waits for a rubric or a language still loading, so that the next render shows the outcome. */
  async getUpdateComplete() {
    let done = await super.getUpdateComplete();
    while (this.#source.pending || this.#languageLoad) {
      await (this.#source.pending ?? this.#languageLoad);
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
  #assessment(rubric) {
    const answers = this.#effectiveAnswers(rubric);
    return { ...assess(rubric, answers), answers };
  }
  // ----- lifecycle -----
  willUpdate(changed) {
    if (changed.has("rubricSrc")) this.#source.setSource(this.rubricSrc || void 0);
    this.#loadLanguage();
    const presets = JSON.stringify(this.#hostAttributes);
    const presetsChanged = presets !== this.#presetsChecked;
    if (this.activeRubric && (presetsChanged || changed.has("activeRubric"))) {
      this.#presetsChecked = presets;
      this.#checkPresets(this.activeRubric);
    }
    if ((!this.hasUpdated || changed.has("persist")) && this.activeRubric && this.persist) {
      this.#restoreStored(this.activeRubric);
      this.#store();
    }
    if (this.#language) this.#shownLanguage = this.#language;
    if (changed.has("lang")) this.fieldErrors = {};
    const current = this.#current = this.activeRubric && this.#assessment(this.activeRubric);
    if (current && this.view === "result" && (changed.has("activeRubric") || presetsChanged)) {
      this.baseline = current;
      this.#fire("score", current);
    }
  }
  firstUpdated() {
    const own2 = this.getAttribute("lang");
    if (own2 && !matchLanguage(own2)) {
      this.#report(`lang "${own2}" is not available; showing English.`, [{ path: "lang", message: `"${own2}" is not en or ko` }], false);
    }
  }
  updated() {
    const answers = this.#current?.answers ?? {};
    for (const radio of this.renderRoot.querySelectorAll("[type=radio]")) radio.checked = answers[radio.name] === radio.value;
    this.#syncForm();
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
    if (previous !== rubric) this.baseline = null;
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
    if (this.#languageLoad) return void this.#deferredReports.push(() => this.#report(wording, issues, fatal));
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
    if (!rubric || value === this.currentAnswers[question.id]) return;
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
  /** Leaving a number field: a slip such as "150" for a salary is pointed out now, not only on Next. */
  #handleNumberDone = (question, typed) => {
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
    const rubric = this.activeRubric;
    if (!rubric || typeof this.view !== "number") return;
    const t = this.#t;
    const errors = {};
    for (const question of this.#askedInStep(this.#localized(rubric), this.view)) {
      const typed = own(this.typed, question.id);
      const invalid = typed === void 0 ? void 0 : this.#numberError(question, typed);
      if (invalid) errors[question.id] = invalid;
      else if (own(this.currentAnswers, question.id) === void 0) errors[question.id] = t.answerThis(pick(question.label, this.#lang));
    }
    this.fieldErrors = errors;
    this.problems = [];
    if (Object.keys(errors).length) {
      this.#focusAfterRender = "#error-summary";
      return;
    }
    if (this.view < rubric.steps.length - 1) {
      this.view += 1;
      this.#focusAfterRender = "#step-title";
    } else {
      this.view = "result";
      this.baseline = this.#assessment(rubric);
      this.#focusAfterRender = "#result-title";
      this.#emitScore(rubric);
    }
  };
  #handleBack = () => {
    if (typeof this.view === "number" && this.view > 0) {
      this.view -= 1;
      this.fieldErrors = {};
      this.#focusAfterRender = "#step-title";
    }
  };
  #handleWhatIf = (question, field) => {
    const rubric = this.activeRubric;
    if (!rubric) return;
    const raw = field.value;
    const value = question.type === "number" ? typedNumber(question, raw) : raw;
    if (raw.trim() === "") this.#setAnswer(question, void 0);
    else if (answerIssues(rubric, { [question.id]: value }).length === 0) this.#setAnswer(question, value);
    else {
      const current = own(this.currentAnswers, question.id);
      return void (field.value = typeof current === "number" ? formatNumber(current, this.#lang) : current ?? "");
    }
    this.#emitScore(rubric);
  };
  #handleRestore = () => {
    const rubric = this.activeRubric;
    if (!rubric || !this.baseline) return;
    const presets = this.#presets(rubric);
    this.currentAnswers = Object.fromEntries(Object.entries(this.baseline.answers).filter(([id]) => !Object.hasOwn(presets, id)));
    this.#store();
    this.#focusAfterRender = "#result-title";
    this.#emitScore(rubric);
  };
  #handleChangeAnswers = () => {
    this.view = 0;
    this.typed = {};
    this.#focusAfterRender = "#step-title";
  };
  #handleRetry = () => this.#source.retry();
  #focusField(event, id) {
    event.preventDefault();
    this.renderRoot.querySelector(`#q-${id}`)?.focus();
  }
  // ----- form association -----
  #syncForm() {
    const rubric = this.activeRubric;
    const detail = this.#current;
    this.#internals.setFormValue(detail ? JSON.stringify(detail) : null, JSON.stringify(this.currentAnswers));
    if (this.required && !detail?.complete) {
      const anchor = this.renderRoot.querySelector("input, button");
      this.#internals.setValidity({ valueMissing: true }, this.#t.answerThis(pick(rubric?.title, this.#lang)), anchor ?? void 0);
    } else {
      this.#internals.setValidity({});
    }
  }
  // ----- render -----
  #renderProblems() {
    const t = this.#t;
    return this.problems.map(
      (problem) => html`<div class="problem" role="alert"><p>${problem.fatal ? html`<strong>${t.errorTitle}:</strong> ` : nothing}${problem.message}</p>${problem.issues.length ? html`<ul>${problem.issues.slice(0, 12).map((issue) => html`<li>${issue.path && `${issue.path}: `}${issue.message}</li>`)}</ul>` : nothing} ${problem.fatal && this.rubricSrc ? html`<button part="button" type="button" @click="${this.#handleRetry}">${t.retry}</button>` : nothing}</div>`
    );
  }
  #renderStep(rubric, index, assessment) {
    const t = this.#t;
    const lang = this.#lang;
    const { answers } = assessment;
    const step = rubric.steps[index];
    const presets = this.#presets(rubric);
    const asked = new Set(this.#askedInStep(rubric, index).map((question) => question.id));
    const errors = Object.entries(this.fieldErrors).filter(([id]) => asked.has(id));
    const questions = questionsById(rubric);
    return html` <form part="step" novalidate @submit="${this.#handleNext}"><h3 id="step-title" tabindex="-1">${pick(step?.label, lang)}</h3>${errors.length ? html`<div id="error-summary" class="error-summary" tabindex="-1" role="alert"><h4>${t.problem}</h4><ul>${errors.map(([id, message]) => html`<li><a href="#q-${id}" @click="${(event) => this.#focusField(event, id)}">${message}</a></li>`)}</ul></div>` : nothing} ${step?.questions.map((id) => {
      const question = questions.get(id);
      if (Object.hasOwn(presets, id)) return html`<p class="preset" part="question">${this.#presetNote(assessment, id)}</p>`;
      if (!asked.has(id)) return nothing;
      return renderQuestion(question, {
        rubric,
        lang,
        t,
        answer: own(answers, id),
        typed: own(this.typed, id),
        error: own(this.fieldErrors, id),
        onChoice: this.#handleChoice,
        onNumber: this.#handleNumber,
        onNumberDone: this.#handleNumberDone
      });
    })}<div class="nav">${index > 0 ? html`<button part="button" type="button" @click="${this.#handleBack}">${t.back}</button>` : nothing} <button part="button" type="submit" @click="${this.#handleNext}">${index < rubric.steps.length - 1 ? t.next : t.seeResult}</button></div></form> `;
  }
  /** A host's preset answer in words: the question, the answer, and the points it gives. */
  #presetNote(assessment, id) {
    const rubric = this.#localized(this.activeRubric);
    const lang = this.#lang;
    const question = questionsById(rubric).get(id);
    const points = assessment.criteria.find((criterion) => criterion.id === id)?.points ?? 0;
    const answer = describeAnswer(question, assessment.answers[id], { rubric, lang, t: this.#t });
    return this.#t.preset(pick(question.label, lang), answer, points ? formatNumber(points, lang) : "");
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
    const assessment = this.#current;
    const n = (value) => formatNumber(value, lang);
    const view = this.view;
    const steps = rubric.steps.length;
    const running = `${t.score(n(assessment.total), n(assessment.max))}${assessment.bonus ? ` (${t.withBonus(n(assessment.bonus))})` : ""}`;
    return html` <div part="base" class="base" lang="${lang}"><h2>${pick(rubric.title, lang)}</h2>${this.#renderProblems()} ${assessment.outdated ? html`<p class="notice">${t.outdated(rubric.reviewDate ?? "")}</p>` : nothing} ${view === "result" ? nothing : html`<p part="progress" class="progress">${t.step(view + 1, steps)}</p>`}<p class="running" role="status">${running}</p>${view === "result" ? renderResult({
      rubric,
      lang,
      t,
      assessment,
      answers: assessment.answers,
      baseline: this.baseline ?? assessment,
      preset: new Set(Object.keys(this.#presets(rubric))),
      presetNote: (id) => this.#presetNote(assessment, id),
      onWhatIf: this.#handleWhatIf,
      onRestore: this.#handleRestore,
      onChangeAnswers: this.#handleChangeAnswers
    }) : this.#renderStep(rubric, view, assessment)} ${view === "result" ? nothing : html`<p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>`}</div> `;
  }
}

export { KtechPassAssessment };
