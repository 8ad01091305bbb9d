// The element's state in one place: the rubric in use, the answers, the step flow, notices and what-if, and how they change together.
import { defaultRubric } from '../../rubric/default-rubric.js';
import type { Answers, Question, Rubric } from '../../rubric/types.js';
import { type AssessmentEvent, emit } from '../emit.js';
import { AssessmentErrorEvent, LanguageChangeEvent, type ScoreDetail, ScoreEvent } from '../events.js';
import type { FormEntry } from '../form/form-associated.js';
import { LanguageController } from '../i18n/language-controller.js';
import { prepareFormats } from '../i18n/localize.js';
import { ResultViewLoader } from '../loading/result-view-loader.js';
import { RubricSource } from '../loading/rubric-source.js';
import { FocusAfterRender } from '../views/focus-after-render.js';
import { AnswersStore } from './answers-store.js';
import { ApplicantActions } from './applicant-actions.js';
import { Assessments } from './assessments.js';
import { type OtherVisasHost, type OtherVisasReport, OtherVisasState } from '../other-visas/state.js';
import { formEntryOf, readFormState } from './host-answers.js';
import { HostChecks } from './host-checks.js';
import { Notices } from './notices.js';
import { typedError } from '../question-types/answers.js';
import { stepErrors } from './step-errors.js';
import * as steps from './step-flow.js';
import { StoredAnswers } from './stored-answers.js';
import { WhatIf } from './what-if.js';

/** The element, through its public properties (the other visas read some of them too). */
export interface StateHost extends OtherVisasHost {
  readonly hasUpdated: boolean;
  lang: string;
  readonly employerSize: string | undefined;
  readonly rubricSrc: string | undefined;
  readonly required: boolean | undefined;
  answers: Answers;
}

/**
 * Owns the element's controllers and the parts of its state, and wires them
 * to each other through private callbacks (sinks): no controller calls the
 * element's public API to report. Every change asks the element to render.
 */
export class AssessmentState {
  readonly #host: StateHost;
  #rubric: Rubric | null = defaultRubric;
  #flow: steps.Flow = steps.START;
  /** The rubric in use changed since the host's attributes were last checked (a new result to announce, presets to check). */
  #rubricMoved = true;
  /** Set when a change of the result shown is to be announced after the render. */
  #announce = false;
  /** The form's entry, made once per assessment, step, language and `required`. */
  #entry: { key: unknown[]; entry: FormEntry } | null = null;

  readonly source: RubricSource;
  readonly stored: StoredAnswers;
  readonly languages: LanguageController;
  readonly focus: FocusAfterRender;
  readonly whatIf: WhatIf;
  readonly resultView: ResultViewLoader;
  readonly store: AnswersStore;
  readonly notices: Notices;
  readonly assessments: Assessments;
  /** The answers only the other visas ask, and their view once loaded (other-visas/). */
  readonly others: OtherVisasState;
  readonly actions: ApplicantActions;
  readonly #checks: HostChecks;

  constructor(host: StateHost, languageTimeout: () => number) {
    this.#host = host;
    this.source = new RubricSource(host, {
      loading: () => this.#loading(),
      changed: (rubric) => this.#use(rubric),
      failed: ({ wording, issues }) => {
        this.rubric = null;
        this.notices.report(wording, issues, true);
      },
    });
    // Stored answers (the main ones and the other visas') report a problem in the language shown.
    const report: OtherVisasReport = (wording, issues) =>
      this.notices.report((t) => wording(t, this.languages.lang), issues);
    // Before the language controller: stored answers restored on the first update report their problems at once.
    this.stored = new StoredAnswers(host, {
      rubric: () => this.#rubric,
      add: (stored) => this.store.addStored(stored),
      replace: (stored) => {
        this.store.follow(stored);
        if (this.flow.view === 'result') this.#announce = true;
      },
      report,
    });
    this.languages = new LanguageController(host, languageTimeout, {
      languageFailed: (code) => this.notices.languageFailed(code),
      languageLoaded: (code) => this.notices.languageLoaded(code),
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
        // Back to the last step, where "See my result" tries again.
        this.flow = steps.resultFailed(this.flow, this.#rubric ? this.steps(this.#rubric).at(-1) : 0);
        this.focus.next('#step-title');
        this.notices.report(
          (t) => t.errorTitle,
          [{ path: 'result', message: String((error as Error)?.message ?? error) }],
        );
      },
    });
    this.store = new AnswersStore(host, () => this.stored.save());
    this.notices = new Notices(host, {
      messages: () => this.languages.messages,
      deferred: (work) => this.languages.deferred(work),
      emit: (detail) => emit(host, AssessmentErrorEvent, detail),
    });
    this.others = new OtherVisasState(host, report);
    this.assessments = new Assessments(() => this.hostAttributes(), this.others);
    this.#checks = new HostChecks(this.notices);
    this.actions = new ApplicantActions(this);
  }

  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  hostAttributes(): Record<string, string | undefined> {
    return { 'employer-size': this.#host.employerSize };
  }

  typedError(question: Question, typed: string): string | undefined {
    return typedError(question, typed, this.languages.messages, this.languages.lang);
  }

  emit<T>(Type: new (detail: T) => AssessmentEvent, detail: T): void {
    emit(this.#host, Type, detail);
  }

  /** The applicant chose a language in the widget's menu. */
  chooseLanguage(code: string): void {
    this.languages.retry(code);
    this.#host.lang = code;
    emit(this.#host, LanguageChangeEvent, { lang: code });
  }

  /** The rubric in use, set once the answers fit it; null while one loads or after it failed. */
  get rubric(): Rubric | null {
    return this.#rubric;
  }

  set rubric(rubric: Rubric | null) {
    if (rubric === this.#rubric) return;
    this.#rubric = rubric;
    this.#rubricMoved = true;
    this.#host.requestUpdate();
  }

  /** The step shown (or the result) and its errors. */
  get flow(): steps.Flow {
    return this.#flow;
  }

  set flow(flow: steps.Flow) {
    if (flow === this.#flow) return;
    this.#flow = flow;
    this.#host.requestUpdate();
  }

  /** The assessment of the answers given, or null while no rubric is in use. */
  get current(): ScoreDetail | null {
    return this.#rubric && this.assessments.of(this.#rubric, this.store.given);
  }

  steps(rubric: Rubric): number[] {
    return this.assessments.steps(rubric, this.store.given);
  }

  stepErrors(rubric: Rubric, step: number): Record<string, string> {
    const { messages, lang } = this.languages;
    const asked = this.assessments.asked(this.languages.localized(rubric), step, this.store.given);
    return stepErrors(asked, this.store.typed, this.store.given, messages, lang);
  }

  /** The page's `answers` (already copied): invalid entries reported, the result shown announced again. */
  setAnswers(value: Answers): void {
    const rubric = this.#rubric;
    const unkept = this.store.fromHost(this.others.takeFromPage(value, rubric), rubric, !!this.#host.persist);
    if (!unkept) return;
    this.flow = steps.withoutErrors(this.flow);
    this.whatIf.end();
    // On the result, the page's answers change the result (and end any what-if): the host hears the real one.
    if (this.flow.view === 'result') this.#announce = true;
    if (unkept.issues.length) this.notices.report((t) => t.answersInvalid, unkept.issues);
    for (const [wording, issue] of unkept.problems)
      this.notices.report((t) => wording(t, this.languages.lang), [issue]);
  }

  reset(): void {
    this.store.clear();
    this.flow = steps.restart(this.flow);
    this.whatIf.end();
    this.others.reset();
    this.stored.clear();
  }

  /** History navigation gives back the step or result and the answers (`state`, as `formEntry()` made it). */
  restoreForm(state: string): void {
    const [view, answers] = readFormState(state);
    this.#host.answers = answers as Answers;
    // The applicant's answers, not the page's: with `persist` its prefill is laid over them.
    this.store.forgetHostAnswers();
    const detail = this.current;
    // Without a rubric yet (rubric-src loading), the rubric's arrival checks the step.
    this.flow = steps.restoreView(this.flow, view, this.#rubric?.steps.length, detail?.complete);
    // The host hears of the result again, as when it was reached; before the
    // first render, the first render announces it (a rubric arriving on the result).
    if (detail && this.flow.view === 'result' && this.#host.hasUpdated) emit(this.#host, ScoreEvent, detail);
  }

  /** What the enclosing form submits (the result as JSON) and keeps for history navigation. */
  formEntry(): FormEntry {
    const detail = this.current;
    const { messages: t, lang } = this.languages;
    const { view } = this.flow;
    const { given } = this.store;
    // Every update asks; the JSON is made again only when something it holds changed.
    const key = [detail, view, given, this.#host.required, t, lang];
    if (!this.#entry || key.some((part, i) => part !== this.#entry?.key[i]))
      this.#entry = { key, entry: formEntryOf(this.#rubric, detail, view, given, this.#host.required, t, lang) };
    return this.#entry.entry;
  }

  /** `reportValidity()`: the first step with an unanswered question, its errors shown as Next shows them. */
  showInvalid(): void {
    const rubric = this.#rubric;
    for (let step = 0; rubric && step < rubric.steps.length; step++) {
      const errors = this.stepErrors(rubric, step);
      if (Object.keys(errors).length) {
        this.flow = steps.showInvalid(this.flow, step, errors);
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
  languageChanged(): void {
    this.flow = steps.withoutErrors(this.flow);
    if (this.#rubric) this.store.forgetTyped(true);
    this.notices.keep((problem) => problem.issues[0]?.path !== 'lang');
  }

  /**
   * Before a render, after the controllers (a new language is loading, so a
   * notice waits to be worded in it): what the host set is checked, and the
   * events of what is found wait for the render that shows it.
   */
  beforeRender(langChanged: boolean): void {
    this.notices.hold();
    const lang = langChanged ? this.#host.lang : undefined;
    const presetsChanged = this.#checks.check(lang, this.#rubric, this.#rubricMoved, this.hostAttributes());
    // On the result, a new rubric or preset changes the result itself: the host hears of it.
    if (this.flow.view === 'result' && (this.#rubricMoved || presetsChanged)) this.#announce = true;
    this.#rubricMoved = false;
  }

  /** After the render: the events it shows, in the order they happened. */
  afterRender(current: ScoreDetail | null): void {
    this.notices.release();
    if (current && this.#announce) emit(this.#host, ScoreEvent, current);
    this.#announce = false;
  }

  /** What `updateComplete` waits for: a rubric or a language loading, and on the result its view. */
  get pending(): Promise<unknown> | null {
    const { source, languages, resultView } = this;
    return source.pending ?? languages.pending ?? (this.flow.view === 'result' ? resultView.pending : null);
  }

  #loading(): void {
    this.rubric = null;
    // The failure before is over ("Try again"): the loading state shows, and a new failure is a new alert.
    this.notices.keep((problem) => !problem.fatal);
  }

  /** Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
  #use(rubric: Rubric): void {
    const previous = this.#rubric;
    // The answers fit the rubric before it is in use: the form value never sees one without the other.
    const { issues, problems } = this.store.fit(rubric);
    this.rubric = rubric;
    this.#host.requestUpdate();
    this.notices.keep((problem) => !problem.fatal);
    if (issues.length) this.notices.report((t) => t.setAside, issues);
    for (const [wording, issue] of problems) this.notices.report((t) => wording(t, this.languages.lang), [issue]);
    this.flow = steps.fitSteps(this.flow, rubric.steps.length);
    if (previous !== rubric) this.whatIf.end();
    this.stored.restore(rubric);
  }
}
