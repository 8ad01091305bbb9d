import { defaultRubric } from '../../rubric/default-rubric.js';
import { emit } from '../emit.js';
import { AssessmentErrorEvent, LanguageChangeEvent, ScoreEvent } from '../events.js';
import { LanguageController } from '../i18n/language-controller.js';
import { prepareFormats } from '../i18n/localize.js';
import { ResultViewLoader } from '../loading/result-view-loader.js';
import { RubricSource } from '../loading/rubric-source.js';
import { FocusAfterRender } from '../views/focus-after-render.js';
import { AnswersStore } from './answers-store.js';
import { ApplicantActions } from './applicant-actions.js';
import { Assessments } from './assessments.js';
import { OtherVisasState } from '../other-visas/state.js';
import { readFormState, formEntryOf } from './host-answers.js';
import { HostChecks } from './host-checks.js';
import { Notices } from './notices.js';
import { typedError } from '../question-types/answers.js';
import { stepErrors } from './step-errors.js';
import { START, resultFailed, withoutErrors, restart, restoreView, showInvalid, fitSteps } from './step-flow.js';
import { StoredAnswers } from './stored-answers.js';
import { WhatIf } from './what-if.js';

class AssessmentState {
  #host;
  #rubric = defaultRubric;
  #flow = START;
  /** The rubric in use changed since the host's attributes were last checked (a new result to announce, presets to check). */
  #rubricMoved = true;
  /** Set when a change of the result shown is to be announced after the render. */
  #announce = false;
  /** The form's entry, made once per assessment, step, language and `required`. */
  #entry = null;
  source;
  stored;
  languages;
  focus;
  whatIf;
  resultView;
  store;
  notices;
  assessments;
  /** The answers only the other visas ask, and their view once loaded (other-visas/). */
  others;
  actions;
  #checks;
  constructor(host, languageTimeout) {
    this.#host = host;
    this.source = new RubricSource(host, {
      loading: () => this.#loading(),
      changed: (rubric) => this.#use(rubric),
      failed: ({ wording, issues }) => {
        this.rubric = null;
        this.notices.report(wording, issues, true);
      }
    });
    const report = (wording, issues) => this.notices.report((t) => wording(t, this.languages.lang), issues);
    this.stored = new StoredAnswers(host, {
      rubric: () => this.#rubric,
      add: (stored) => this.store.addStored(stored),
      replace: (stored) => {
        this.store.follow(stored);
        if (this.flow.view === "result") this.#announce = true;
      },
      report
    });
    this.languages = new LanguageController(host, languageTimeout, {
      languageFailed: (code) => this.notices.languageFailed(code),
      languageLoaded: (code) => this.notices.languageLoaded(code)
    });
    this.focus = new FocusAfterRender(host);
    this.whatIf = new WhatIf(host);
    this.resultView = new ResultViewLoader(host, {
      // Once the applicant starts, the number formats are built while the browser is idle, not on the first keystroke.
      onStart: () => {
        const lang = this.languages.lang;
        return () => prepareFormats(lang);
      },
      failed: (error) => {
        this.flow = resultFailed(this.flow, this.#rubric ? this.steps(this.#rubric).at(-1) : 0);
        this.focus.next("#step-title");
        this.notices.report(
          (t) => t.errorTitle,
          [{ path: "result", message: String(error?.message ?? error) }]
        );
      }
    });
    this.store = new AnswersStore(host, () => this.stored.save());
    this.notices = new Notices(host, {
      messages: () => this.languages.messages,
      deferred: (work) => this.languages.deferred(work),
      emit: (detail) => emit(host, AssessmentErrorEvent, detail)
    });
    this.others = new OtherVisasState(host, report);
    this.assessments = new Assessments(() => this.hostAttributes(), this.others);
    this.#checks = new HostChecks(this.notices);
    this.actions = new ApplicantActions(this);
  }
  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  hostAttributes() {
    return { "employer-size": this.#host.employerSize };
  }
  typedError(question, typed) {
    return typedError(question, typed, this.languages.messages, this.languages.lang);
  }
  emit(Type, detail) {
    emit(this.#host, Type, detail);
  }
  /** The applicant chose a language in the widget's menu. */
  chooseLanguage(code) {
    this.languages.retry(code);
    this.#host.lang = code;
    emit(this.#host, LanguageChangeEvent, { lang: code });
  }
  /** The rubric in use, set once the answers fit it; null while one loads or after it failed. */
  get rubric() {
    return this.#rubric;
  }
  set rubric(rubric) {
    if (rubric === this.#rubric) return;
    this.#rubric = rubric;
    this.#rubricMoved = true;
    this.#host.requestUpdate();
  }
  /** The step shown (or the result) and its errors. */
  get flow() {
    return this.#flow;
  }
  set flow(flow) {
    if (flow === this.#flow) return;
    this.#flow = flow;
    this.#host.requestUpdate();
  }
  /** The assessment of the answers given, or null while no rubric is in use. */
  get current() {
    return this.#rubric && this.assessments.of(this.#rubric, this.store.given);
  }
  steps(rubric) {
    return this.assessments.steps(rubric, this.store.given);
  }
  stepErrors(rubric, step) {
    const { messages, lang } = this.languages;
    const asked = this.assessments.asked(this.languages.localized(rubric), step, this.store.given);
    return stepErrors(asked, this.store.typed, this.store.given, messages, lang);
  }
  /** The page's `answers` (already copied): invalid entries reported, the result shown announced again. */
  setAnswers(value) {
    const rubric = this.#rubric;
    const unkept = this.store.fromHost(this.others.takeFromPage(value, rubric), rubric, !!this.#host.persist);
    if (!unkept) return;
    this.flow = withoutErrors(this.flow);
    this.whatIf.end();
    if (this.flow.view === "result") this.#announce = true;
    if (unkept.issues.length) this.notices.report((t) => t.answersInvalid, unkept.issues);
    for (const [wording, issue] of unkept.problems)
      this.notices.report((t) => wording(t, this.languages.lang), [issue]);
  }
  reset() {
    this.store.clear();
    this.flow = restart(this.flow);
    this.whatIf.end();
    this.others.reset();
    this.stored.clear();
  }
  /** History navigation gives back the step or result and the answers (`state`, as `formEntry()` made it). */
  restoreForm(state) {
    const [view, answers] = readFormState(state);
    this.#host.answers = answers;
    this.store.forgetHostAnswers();
    const detail = this.current;
    this.flow = restoreView(this.flow, view, this.#rubric?.steps.length, detail?.complete);
    if (detail && this.flow.view === "result" && this.#host.hasUpdated) emit(this.#host, ScoreEvent, detail);
  }
  /** What the enclosing form submits (the result as JSON) and keeps for history navigation. */
  formEntry() {
    const detail = this.current;
    const { messages: t, lang } = this.languages;
    const { view } = this.flow;
    const { given } = this.store;
    const key = [detail, view, given, this.#host.required, t, lang];
    if (!this.#entry || key.some((part, i) => part !== this.#entry?.key[i]))
      this.#entry = { key, entry: formEntryOf(this.#rubric, detail, view, given, this.#host.required, t, lang) };
    return this.#entry.entry;
  }
  /** `reportValidity()`: the first step with an unanswered question, its errors shown as Next shows them. */
  showInvalid() {
    const rubric = this.#rubric;
    for (let step = 0; rubric && step < rubric.steps.length; step++) {
      const errors = this.stepErrors(rubric, step);
      if (Object.keys(errors).length) {
        this.flow = showInvalid(this.flow, step, errors);
        return;
      }
    }
  }
  /**
   * The element's `lang` changed. Field errors are worded text: they go (Next
   * brings them back in the new language), and a number typed before the
   * switch is shown the new language's way (55.000.000 in Vietnamese), unless
   * it is not one yet. A notice about the language itself is the old one's.
   */
  languageChanged() {
    this.flow = withoutErrors(this.flow);
    if (this.#rubric) this.store.forgetTyped(true);
    this.notices.keep((problem) => problem.issues[0]?.path !== "lang");
  }
  /**
   * Before a render, after the controllers (a new language is loading, so a
   * notice waits to be worded in it): what the host set is checked, and the
   * events of what is found wait for the render that shows it.
   */
  beforeRender(langChanged) {
    this.notices.hold();
    const lang = langChanged ? this.#host.lang : void 0;
    const presetsChanged = this.#checks.check(lang, this.#rubric, this.#rubricMoved, this.hostAttributes());
    if (this.flow.view === "result" && (this.#rubricMoved || presetsChanged)) this.#announce = true;
    this.#rubricMoved = false;
  }
  /** After the render: the events it shows, in the order they happened. */
  afterRender(current) {
    this.notices.release();
    if (current && this.#announce) emit(this.#host, ScoreEvent, current);
    this.#announce = false;
  }
  /** What `updateComplete` waits for: a rubric or a language loading, and on the result its view. */
  get pending() {
    const { source, languages, resultView } = this;
    return source.pending ?? languages.pending ?? (this.flow.view === "result" ? resultView.pending : null);
  }
  #loading() {
    this.rubric = null;
    this.notices.keep((problem) => !problem.fatal);
  }
  /** Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
  #use(rubric) {
    const previous = this.#rubric;
    const { issues, problems } = this.store.fit(rubric);
    this.rubric = rubric;
    this.#host.requestUpdate();
    this.notices.keep((problem) => !problem.fatal);
    if (issues.length) this.notices.report((t) => t.setAside, issues);
    for (const [wording, issue] of problems) this.notices.report((t) => wording(t, this.languages.lang), [issue]);
    this.flow = fitSteps(this.flow, rubric.steps.length);
    if (previous !== rubric) this.whatIf.end();
    this.stored.restore(rubric);
  }
}

export { AssessmentState };
