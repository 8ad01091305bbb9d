import { nothing, html, LitElement } from 'lit';
import { questionsById, assess, answerIssues, isAsked } from '../rubric/assess.js';
import { defaultRubric } from '../rubric/default-rubric.js';
import { RubricError } from '../rubric/errors.js';
import { parseRubric } from '../rubric/parse-rubric.js';
import { FormControl, formEntry, showInvalid } from './form-control.js';
import styles from './ktech-pass-assessment.styles.js';
import { pick, parseTypedNumber, formatNumber } from './localize.js';
import { MESSAGES } from './messages.js';
import { clearStored, loadStored, saveStored } from './persistence.js';
import { renderQuestion } from './render-question.js';
import { describeAnswer, renderResult } from './render-result.js';

const EMPLOYER_SIZE_QUESTION = "employerSize";
const isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
class KtechPassAssessment extends FormControl(LitElement) {
  static styles = styles;
  /** The release, so a second copy of a different version on the same page can be told apart. */
  static version = "0.1.0";
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
    this.required = false;
    this.persist = false;
    this.activeRubric = defaultRubric;
    this.currentAnswers = {};
    this.typed = {};
    this.view = 0;
    this.fieldErrors = {};
    this.problems = [];
    this.baseline = null;
  }
  #customRubric = null;
  #load = null;
  #focusAfterRender = null;
  #current = null;
  // A rubric load is not aborted when the element is detached: it ends by
  // itself, holds nothing afterwards, and an element moved in the DOM (a
  // detach and attach) keeps its rubric without fetching it again.
  // ----- public API -----
  /** The rubric in use: the built-in one, or the one set or fetched. Setting it validates it first. */
  get rubric() {
    return this.activeRubric;
  }
  set rubric(value) {
    this.#load?.abort();
    try {
      this.#customRubric = parseRubric(value);
      this.#useRubric(this.#customRubric);
    } catch (error) {
      this.#rubricFailed(error, this.#t.rubricInvalid);
    }
  }
  /** A copy of the answers, keyed by question id. Setting it validates; invalid entries are reported and left out. */
  get answers() {
    return { ...this.currentAnswers };
  }
  set answers(value) {
    const rubric = this.activeRubric;
    if (!isPlainObject(value)) {
      this.#report(this.#t.answersInvalid, [{ path: "answers", message: "expected an object keyed by question id" }], false);
      return;
    }
    if (!rubric) {
      this.currentAnswers = { ...value };
      return;
    }
    const { valid, issues } = this.#validAnswers(rubric, value);
    this.currentAnswers = valid;
    this.typed = {};
    this.fieldErrors = {};
    if (issues.length) this.#report(this.#t.answersInvalid, issues, false);
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
    if (this.persist && this.activeRubric) clearStored(this.activeRubric);
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
    if (detail && this.view === "result" && this.hasUpdated) {
      this.baseline = detail;
      this.#fire("score", detail);
    }
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
        this.fieldErrors = errors;
        return;
      }
    }
  }
  // ----- derived -----
  /** The language: own `lang`, else the nearest ancestor's, else the document's; English when unsupported. */
  get #lang() {
    const tag = this.lang || this.parentElement?.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang;
    const base = (tag || "en").toLowerCase().split("-")[0] ?? "en";
    return MESSAGES[base] ? base : "en";
  }
  get #t() {
    return MESSAGES[this.#lang] ?? MESSAGES["en"];
  }
  /** The host's preset answers from attributes, when valid for the rubric. */
  #presets(rubric) {
    const question = questionsById(rubric).get(EMPLOYER_SIZE_QUESTION);
    const size = this.employerSize;
    return question?.type === "choice" && question.options.some((option) => option.id === size) ? { [EMPLOYER_SIZE_QUESTION]: size } : {};
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
    if (changed.has("rubricSrc") && (this.rubricSrc || changed.get("rubricSrc"))) {
      if (this.rubricSrc) void this.#fetchRubric();
      else this.#useRubric(this.#customRubric ?? defaultRubric);
    }
    if (changed.has("employerSize") && this.employerSize && this.activeRubric && !this.#presets(this.activeRubric)[EMPLOYER_SIZE_QUESTION]) {
      this.#report(this.#t.badEmployerSize(this.employerSize), [{ path: "employer-size", message: `"${this.employerSize}" is not sme or large` }], false);
    }
    if (!this.hasUpdated && this.activeRubric === defaultRubric && !this.rubricSrc) this.#restoreStored(defaultRubric);
    if (changed.has("lang")) this.fieldErrors = {};
    const current = this.#current = this.activeRubric && this.#assessment(this.activeRubric);
    if (current && this.view === "result" && (changed.has("activeRubric") || changed.has("employerSize"))) {
      this.baseline = current;
      this.#fire("score", current);
    }
  }
  firstUpdated() {
    const own = this.getAttribute("lang");
    if (own && !MESSAGES[own.toLowerCase().split("-")[0] ?? ""]) {
      this.#report(`lang "${own}" is not available; showing English.`, [{ path: "lang", message: `"${own}" is not en or ko` }], false);
    }
  }
  updated() {
    const answers = this.#current?.answers ?? {};
    for (const radio of this.renderRoot.querySelectorAll("[type=radio]")) radio.checked = answers[radio.name] === radio.value;
    if (this.#focusAfterRender) {
      this.renderRoot.querySelector(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = null;
    }
  }
  // ----- rubric loading -----
  async #fetchRubric() {
    this.#load?.abort();
    const load = this.#load = new AbortController();
    const src = this.rubricSrc;
    const t = this.#t;
    let failure = t.rubricFetch(src, "network error");
    this.activeRubric = null;
    try {
      const response = await fetch(src, { signal: load.signal });
      failure = t.rubricFetch(src, `HTTP ${response.status}`);
      if (!response.ok) throw new Error(failure);
      failure = t.rubricJson(src);
      const json = await response.json();
      failure = t.rubricInvalid;
      if (!load.signal.aborted) this.#useRubric(parseRubric(json));
    } catch (error) {
      if (!load.signal.aborted) this.#rubricFailed(error, failure);
    } finally {
      if (this.#load === load) this.#load = null;
    }
  }
  #rubricFailed(error, message) {
    this.activeRubric = null;
    const issues = error instanceof RubricError ? error.issues : [{ path: this.rubricSrc || "rubric", message: error.message }];
    this.#report(message, issues, true);
  }
  /** Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
  #useRubric(rubric) {
    const previous = this.activeRubric;
    this.activeRubric = rubric;
    this.problems = this.problems.filter((problem) => !problem.fatal);
    const { valid, issues } = this.#validAnswers(rubric, this.currentAnswers);
    this.currentAnswers = valid;
    if (issues.length) this.#report(this.#t.setAside, issues, false);
    if (typeof this.view === "number" && this.view >= rubric.steps.length) this.view = 0;
    if (previous !== rubric) this.baseline = null;
    this.#restoreStored(rubric);
  }
  /** The answers that fit the rubric, and the issues of the rest. Callers pass plain objects only. */
  #validAnswers(rubric, answers) {
    const issues = answerIssues(rubric, answers);
    const bad = new Set(issues.map((issue) => issue.path));
    const valid = {};
    for (const [id, value] of Object.entries(answers)) if (value !== void 0 && !bad.has(id)) valid[id] = value;
    return { valid, issues };
  }
  // ----- persistence (opt-in) -----
  #restoreStored(rubric) {
    if (!this.persist) return;
    const stored = loadStored(rubric);
    if (stored.discarded) this.#report(this.#t.storedDiscarded, [{ path: "storage", message: "answers stored for another rubric version were discarded" }], false);
    if (stored.answers) {
      const { valid } = this.#validAnswers(rubric, stored.answers);
      this.currentAnswers = { ...valid, ...this.currentAnswers };
    }
  }
  #store() {
    if (this.persist && this.activeRubric) saveStored(this.activeRubric, this.currentAnswers);
  }
  // ----- events -----
  #report(message, issues, fatal) {
    this.problems = [...this.problems.filter((problem) => problem.message !== message), { message, issues, fatal }];
    this.#fire("assessment-error", { message, issues });
  }
  #fire(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
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
    this.#setAnswer(question, typed.trim() === "" || this.#numberError(question, typed) ? void 0 : parseTypedNumber(typed));
  };
  #numberError(question, typed) {
    if (typed.trim() === "" || question.type !== "number") return void 0;
    const value = parseTypedNumber(typed);
    const label = pick(question.label, this.#lang);
    if (Number.isNaN(value)) return this.#t.enterNumber(label);
    if (question.maximum !== void 0 && value > question.maximum) return this.#t.numberRange(label, formatNumber(question.maximum, this.#lang));
    return void 0;
  }
  #askedInStep(rubric, step) {
    const answers = this.#effectiveAnswers(rubric);
    const presets = this.#presets(rubric);
    const questions = questionsById(rubric);
    return (rubric.steps[step]?.questions ?? []).map((id) => questions.get(id)).filter((question) => !(question.id in presets) && isAsked(rubric, question, answers));
  }
  // On the button's click (Enter in a field clicks it too) as well as on
  // submit: a frame sandboxed without allow-forms blocks submission before
  // the submit event, and preventing the click keeps the form from submitting.
  #handleNext = (event) => {
    event.preventDefault();
    const rubric = this.activeRubric;
    if (!rubric || typeof this.view !== "number") return;
    const errors = this.fieldErrors = this.#stepErrors(rubric, this.view);
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
  /** Why each question asked on a step cannot be counted yet: not a number, or not answered. */
  #stepErrors(rubric, step) {
    const errors = {};
    for (const question of this.#askedInStep(rubric, step)) {
      const typed = this.typed[question.id];
      const invalid = typed === void 0 ? void 0 : this.#numberError(question, typed);
      if (invalid) errors[question.id] = invalid;
      else if (this.currentAnswers[question.id] === void 0) errors[question.id] = this.#t.answerThis(pick(question.label, this.#lang));
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
  #handleWhatIf = (question, field) => {
    const rubric = this.activeRubric;
    if (!rubric) return;
    const raw = field.value;
    const value = question.type === "number" ? parseTypedNumber(raw) : raw;
    if (raw.trim() === "") this.#setAnswer(question, void 0);
    else if (answerIssues(rubric, { [question.id]: value }).length === 0) this.#setAnswer(question, value);
    else {
      const current = this.currentAnswers[question.id];
      return void (field.value = typeof current === "number" ? formatNumber(current, this.#lang) : current ?? "");
    }
    this.#emitScore(rubric);
  };
  #handleRestore = () => {
    const rubric = this.activeRubric;
    if (!rubric || !this.baseline) return;
    const presets = this.#presets(rubric);
    this.currentAnswers = Object.fromEntries(Object.entries(this.baseline.answers).filter(([id]) => !(id in presets)));
    this.#store();
    this.#focusAfterRender = "#result-title";
    this.#emitScore(rubric);
  };
  #handleChangeAnswers = () => {
    this.view = 0;
    this.typed = {};
    this.#focusAfterRender = "#step-title";
  };
  #handleRetry = () => void this.#fetchRubric();
  #focusField(event, id) {
    event.preventDefault();
    this.renderRoot.querySelector(`#q-${id}`)?.focus();
  }
  // ----- render -----
  #renderProblems() {
    const t = this.#t;
    return this.problems.map(
      (problem) => html`<div class="problem" role="alert"><p>${problem.fatal ? html`<strong>${t.errorTitle}:</strong> ` : nothing}${problem.message}</p>${problem.issues.length ? html`<ul>${problem.issues.slice(0, 12).map((issue) => html`<li>${issue.path && `${issue.path}: `}${issue.message}</li>`)}</ul>` : nothing} ${problem.fatal && this.rubricSrc ? html`<button part="button" type="button" @click=${this.#handleRetry}>${t.retry}</button>` : nothing}</div>`
    );
  }
  #renderStep(rubric, index, assessment) {
    const t = this.#t;
    const lang = this.#lang;
    const { answers } = assessment;
    const step = rubric.steps[index];
    const presets = this.#presets(rubric);
    const asked = this.#askedInStep(rubric, index).map((question) => question.id);
    const errors = Object.entries(this.fieldErrors).filter(([id]) => asked.includes(id));
    const questions = questionsById(rubric);
    return html`<form part="step" novalidate @submit=${this.#handleNext}><h3 id="step-title" tabindex="-1">${pick(step?.label, lang)}</h3>${errors.length ? html`<div id="error-summary" class="error-summary" tabindex="-1" role="alert"><h4>${t.problem}</h4><ul>${errors.map(([id, message]) => html`<li><a href="#q-${id}" @click=${(event) => this.#focusField(event, id)}>${message}</a></li>`)}</ul></div>` : nothing} ${step?.questions.map((id) => {
      const question = questions.get(id);
      if (id in presets) return html`<p class="preset" part="question">${this.#presetNote(assessment)}</p>`;
      if (!asked.includes(id)) return nothing;
      return renderQuestion(question, {
        rubric,
        lang,
        t,
        answer: answers[id],
        typed: this.typed[id],
        error: this.fieldErrors[id],
        onChoice: this.#handleChoice,
        onNumber: this.#handleNumber
      });
    })}<div class="nav">${index > 0 ? html`<button part="button" type="button" @click=${this.#handleBack}>${t.back}</button>` : nothing}<button part="button" type="submit" @click=${this.#handleNext}>${index < rubric.steps.length - 1 ? t.next : t.seeResult}</button></div></form>`;
  }
  /** What the host's preset means: the bonus it gives, or else the preset answer itself. */
  #presetNote(assessment) {
    const points = assessment.criteria.find((criterion) => criterion.id === EMPLOYER_SIZE_QUESTION)?.points ?? 0;
    const rubric = this.activeRubric;
    const question = questionsById(rubric).get(EMPLOYER_SIZE_QUESTION);
    return points > 0 ? this.#t.presetSme(formatNumber(points, this.#lang)) : describeAnswer(question, this.employerSize, { rubric, lang: this.#lang, t: this.#t });
  }
  render() {
    const rubric = this.activeRubric;
    const t = this.#t;
    const lang = this.#lang;
    const fatal = this.problems.some((problem) => problem.fatal);
    if (!rubric || fatal) {
      return html`<div part="base" class="base" lang=${lang}>${fatal ? this.#renderProblems() : html`<p role="status">${t.loading}</p>`}</div>`;
    }
    const assessment = this.#current;
    const n = (value) => formatNumber(value, lang);
    const view = this.view;
    const steps = rubric.steps.length;
    const running = `${t.score(n(assessment.total), n(assessment.max))}${assessment.bonus ? ` (${t.withBonus(n(assessment.bonus))})` : ""}`;
    return html`<div part="base" class="base" lang=${lang}><h2>${pick(rubric.title, lang)}</h2>${this.#renderProblems()} ${view === "result" ? nothing : html`<p part="progress" class="progress">${t.step(view + 1, steps)}</p>`}<p class="running" role="status">${running}</p>${view === "result" ? renderResult({
      rubric,
      lang,
      t,
      assessment,
      answers: assessment.answers,
      baseline: this.baseline ?? assessment,
      preset: new Set(Object.keys(this.#presets(rubric))),
      presetNote: this.#presetNote(assessment),
      onWhatIf: this.#handleWhatIf,
      onRestore: this.#handleRestore,
      onChangeAnswers: this.#handleChangeAnswers
    }) : this.#renderStep(rubric, view, assessment)} ${view === "result" ? nothing : html`<p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>`}</div>`;
  }
}

export { KtechPassAssessment };
