import { html, LitElement, nothing, type PropertyValues } from 'lit';
// Only this field is bundled (rollup's JSON plugin exports each top-level key).
import { version } from '../../package.json' with { type: 'json' };
import { answersAsked, assess, fitAnswers, questionsAsked, stepsAsked } from '../rubric/assess.js';
import { defaultRubric } from '../rubric/default-rubric.js';
import { sameAnswer, toggleOption } from '../rubric/answers.js';
import { own } from '../rubric/own.js';
import { presetAnswers } from '../rubric/presets.js';
import type { AnswerValue, Answers, AssessmentIssue, Question, Rubric } from '../rubric/types.js';
import type { AnswerDetail, AssessmentErrorDetail, LanguageChangeDetail, ScoreDetail } from './events.js';
import { FocusAfterRender } from './focus-after-render.js';
import { FormControl, formEntry, showInvalid, type FormControlHooks, type FormEntry } from './form-control.js';
import { heading } from './heading.js';
import { copied } from './plain-json.js';
import { showNotStarted, whyNotStarted } from './cannot-start.js';
import { afterPageScripts } from './page-ready.js';
import { copyAnswers, fitGiven, formEntryOf, presetProblems, readFormState, sameAnswers } from './host-answers.js';
import styles from './ktech-pass-assessment.styles.js';
import { LANGUAGES, matchLanguage } from './language.js';
import { LanguageController } from './language-controller.js';
import { formatNumber, pick, prepareFormats, TYPED_MAX_LENGTH } from './localize.js';
import { keepCodes } from './keep-codes.js';
import type { Messages } from './messages.js';
import { renderLanguagePicker } from './render-language-picker.js';
import { presetNote, renderProblems, renderStep, type Problem } from './render-step.js';
import { scoreLine } from './result-context.js';
import { ResultViewLoader } from './result-view-loader.js';
import { RubricSource, type RubricFailure } from './rubric-source.js';
import { numberError, plausibleAnswers, stepErrors, typedNumber } from './step-errors.js';
import { OtherVisasState } from './other-visas/state.js';
import { StoredAnswers } from './stored-answers.js';
import { WhatIf } from './what-if.js';

type Answer = AnswerValue | undefined;

/**
 * A self-assessment for Korea's K-Tech Pass and the F-2-T "Top-tier" visa that
 * runs entirely in the browser, explains every point and hands the result to
 * the host page. The result is an estimate, never an official decision.
 *
 * @summary Check, in a few minutes, whether you may qualify for K-Tech Pass.
 *
 * @attr {boolean} disabled - Disables every control inside; a disabled widget is neither submitted nor validated. An enclosing disabled `<fieldset>` does the same (the property stays `false`, as a native input's).
 *
 * @fires score - The applicant reaches the result, and again on every what-if change there (and on "Back to my result"), and when the page sets `answers`, a rubric or a preset while the result is shown (a real result, ending any what-if), and when the applicant checks the other visas (answers that section's step, or opens it with nothing left to ask). `detail`: `scenario` (`true` when the detail scores a what-if: answers the applicant is trying, not the ones they gave; an apply form must ignore it. `false` for the real result; `result`, the form value and stored answers are never a what-if), `rubricId`, `rubricVersion`, `total` (base + bonus), `max` (base maximum, 100), `passMark`, `categories` (points by category id), bonus (the sum of bonus categories), `criteria` (`{ id, category, points, max, asked, next }`, `next` = the nearest better answer and the points it adds, or `null`), `pathways` (`{ [id]: boolean }` for every pathway, alternatives included), `alternatives` (the ids of the pathways that are alternatives: they never make `eligible`), `eligible` (any other pathway met), `complete` (`false` until every question is answered: a host that clears its answers hears `total: 0, complete: false`), `missing`, `reviewDate` and `outdated` (the applicant's date is after the rubric's review date), and `answers`. Once the "Other visas that may fit" section has loaded (and never for a what-if): `otherVisas` (`{ rubricId, title, status: 'met' | 'not-met' | 'needs-answers', route, points?: { total, passMark, max, bonusMax, categories, complete }, facts: { condition, holds, answer, short }[], assumed, missing, sources, next, reviewDate, outdated }[]`, an estimate per visa) and `otherAnswers` (the answers only those visas asked).
 * @fires answer - The applicant changes an answer in the steps (a click, a typed number that parses to a new value). Not fired for a what-if change on the result (a scenario, announced by `score` with `scenario: true`), `answers` set by the page, `reset()` or Back to my result. `detail`: `questionId`, `value` (option id or number; `undefined` when cleared), `assessment` (a provisional `ScoreDetail`).
 * @fires language-change - The applicant chose a language in the widget's menu (`language-picker`); the widget has switched, answers kept. Store it to use as `lang` next time. `detail`: `lang` (the language code).
 * @fires assessment-error - A rubric could not be loaded or validated, or an attribute, prefill or stored answer was invalid. No answer already given is lost. `detail`: `message` (readable), `issues` (`{ path, message }[]`).
 *
 * @csspart base - The widget's outer box.
 * @csspart language-picker - The language menu and its label (with `language-picker`).
 * @csspart progress - The step indicator ("Step 2 of 3").
 * @csspart step - One step of questions.
 * @csspart question - One question (a fieldset, or the box of a number field).
 * @csspart button - Every button.
 * @csspart result - The result view.
 * @csspart score - The total, its bar against the pass mark, and points per category.
 * @csspart pathway - One pathway in the result, met or not.
 * @csspart other-visas - The "Other visas that may fit" section after the result.
 * @csspart visa - One visa in that section.
 * @csspart visa-step - The questions that section asks ("Check other visas").
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
  /** The release (package.json's `version`), so a second copy of a different version on the same page can be told apart. */
  static version: string = version;
  /** Milliseconds a page waits for its language's file before showing English with a notice. */
  static languageTimeout = 3000;

  // Reactive properties are declared here rather than with decorators: standard
  // decorators (@property() accessor) add 1,853 B gzip to the first file, legacy
  // ones 378 B (measured with lit 3.3, esbuild 0.28, target es2022).
  static override properties = {
    // Declared so that values a page set before the element was defined are
    // taken up and passed through the setters below (rubric first).
    rubric: { attribute: false, noAccessor: true },
    answers: { attribute: false, noAccessor: true },
    rubricTimeout: { attribute: false, noAccessor: true },
    disabled: { attribute: false, noAccessor: true },
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
    otherVisas: { attribute: 'other-visas' },
    visaRubrics: { attribute: false },
    activeRubric: { state: true },
    currentAnswers: { state: true },
    typed: { state: true },
    view: { state: true },
    fieldErrors: { state: true },
    problems: { state: true },
  };

  /**
   * The language: `en`, `ko`, `zh-Hans` or `vi`. Without it the widget takes
   * the nearest ancestor's `lang`, then the document's, each time it renders
   * (it does not watch them: set `lang` on the element to switch at run time).
   * Regional tags match their language (`ko-KR`, `vi-VN`; `zh`, `zh-CN`,
   * `zh-SG` are Simplified Chinese); other languages, Traditional Chinese
   * (`zh-TW`, `zh-HK`, `zh-Hant`) among them for now, fall back to English.
   * @default inherited
   */
  declare lang: string;
  /**
   * The hiring firm's size when the host knows it: an option of the rubric
   * question that declares `"hostAttribute": "employer-size"`, which is then
   * not asked (in the built-in rubric the option for an SME adds the 10-point
   * bonus). A value that is not an option, or a rubric with no such question,
   * gives an `assessment-error` naming the attribute.
   * @default not set (asked)
   */
  declare employerSize: string | undefined;
  /**
   * The URL of a rubric JSON on your own server, used instead of the
   * built-in rubric; its format is `rubric.schema.json`.
   * @default not set (built-in rubric)
   */
  declare rubricSrc: string | undefined;
  /** Inside a `<form>`, the field name the result is submitted under (as JSON). Reflected. */
  declare name: string | undefined;
  /** Makes the enclosing form invalid until the assessment is complete. Reflected. */
  declare required: boolean | undefined;
  /**
   * Keeps answers in `localStorage` across reloads, keyed by the widget
   * (`persist-key`, else its `id`) and the rubric id and version. Nothing is
   * stored without it; turning it on later (after consent) restores what was
   * stored.
   */
  declare persist: boolean | undefined;
  /**
   * Shows a language menu listing every language by its own name (English,
   * 한국어, …); the applicant's choice switches the widget, keeps every
   * answer and fires `language-change`.
   * @default false
   */
  declare languagePicker: boolean | undefined;
  /**
   * The name this widget's stored answers are kept under, so two persisted
   * widgets on a page never share them.
   * @default the element's id
   */
  declare persistKey: string | undefined;
  /**
   * The palette: `light`, `dark` (a real dark palette) or `auto` (the
   * reader's system setting). The widget sets its own `color-scheme`, so a
   * dark host page (`color-scheme: dark`, Bootstrap's `data-bs-theme="dark"`)
   * never turns its native controls dark on a light widget. Every palette goes
   * through the same `--ktp-*` properties (a colour you set wins in every
   * theme) and passes WCAG AA contrast. Any other value is light. Reflected.
   * @default 'light'
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /**
   * The level (2 to 6) of the widget's top heading (its title), so it fits the
   * outline of the page section it sits in; the step and result headings are
   * one level below, their sections two (past `h6`, ARIA headings of level 7
   * and 8). Another value gives 2.
   * @default 2
   */
  declare headingLevel: number | undefined;
  /**
   * The "Other visas that may fit" section after the result: `off` hides it;
   * rubric ids separated by spaces, each with or without its year
   * (`e-7-1 f-2-7`, `d-10-1-2026`), show those visas in that order; absent or
   * empty shows every one (E-7-1, D-10-1, F-2-7, then `visaRubrics`). Its file
   * loads when the applicant opens the section, or reaches a result with no
   * route met.
   * @default all
   */
  declare otherVisas: string | undefined;
  /**
   * A host's own visa rubrics (the same format, `rubric.schema.json`), shown in
   * the section after the built-in ones. Each is validated; one that is not
   * valid, or reads a shared question id differently, is left out with an
   * `assessment-error`.
   */
  declare visaRubrics: readonly unknown[] | undefined;

  /** The rubric in use (`rubric`, as a reactive state), null while one loads or after it failed. */
  declare private activeRubric: Rubric | null;
  /** The answers given. */
  declare private currentAnswers: Record<string, AnswerValue>;
  /** What was typed into number fields, kept while it is not (yet) a number. */
  declare private typed: Record<string, string>;
  /** The step shown, or `result`. */
  declare private view: number | 'result';
  declare private fieldErrors: Record<string, string>;
  declare private problems: Problem[];

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
    // A host <label for> clicked: the browser clicks the element itself (a click inside starts in the
    // shadow root). Focus goes in, as into a native control; delegatesFocus would also pull it from any text clicked.
    this.addEventListener(
      'click',
      (event) =>
        event.composedPath()[0] === this &&
        this.renderRoot.querySelector<HTMLElement>('form input,#result-title')?.focus(),
    );
  }

  #source = new RubricSource(this);
  // Before the language controller: stored answers restored on the first
  // update report their problems at once, as they always have.
  #stored = new StoredAnswers(this, {
    add: (stored) => (this.currentAnswers = { ...stored, ...this.currentAnswers }),
    replace: (stored) => this.#followed(stored),
    report: (wording, issues) => this.#report((t) => wording(t, this.#lang), issues, false),
  });
  #languages = new LanguageController(this, () => KtechPassAssessment.languageTimeout);
  #focus = new FocusAfterRender(this);
  #whatIf = new WhatIf(this);
  #others = new OtherVisasState(this);
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
  #assessments = new WeakMap<
    Answers,
    { rubric: Rubric; presets: Record<string, AnswerValue>; others: string; detail: ScoreDetail }
  >();
  /** The host's preset answers, made once per rubric and attribute value. */
  #presetCache: { rubric: Rubric; key: string; answers: Record<string, AnswerValue> } | null = null;
  /** The form's entry, made once per assessment, step, language and `required`. */
  #entry: { key: unknown[]; entry: FormEntry } | null = null;
  /** The `answers` the host set last, to tell a re-render with the same prop from a new prefill. */
  #hostAnswers: Answers | null = null;
  /** The step whose Next (or reportValidity) found errors: the error summary shows there only, not for an error shown on leaving a field. */
  #summaryStep = -1;
  /** Next is pressed (pointer down) and not yet clicked. */
  #pressingNext = false;
  /** The assessment of the answers given, made once per render for render() and updated(). */
  #current: ScoreDetail | null = null;
  /** The host attributes last checked against the rubric, so each change is reported once. */
  #presetsChecked = '';
  /** Set when the page's answers change the result shown: updated() announces it. */
  #announce = false;
  /**
   * Answers a rubric switch set aside (they do not fit the rubric in use):
   * kept in memory, so that switching back brings them back, with or without
   * `persist`.
   */
  #setAside: Record<string, AnswerValue> = {};

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
  get rubric(): Rubric | null {
    return this.#source.rubric;
  }

  set rubric(value: unknown) {
    this.#source.setRubric(value);
  }

  /**
   * Milliseconds a `rubric-src` load may take before it fails with "Try again": at most 2^31 − 1 (Infinity is that); NaN, 0 or less is the default.
   * @default 15000
   */
  get rubricTimeout(): number {
    return this.#source.timeout;
  }

  set rubricTimeout(value: number) {
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
  get answers(): Answers {
    return { ...this.currentAnswers };
  }

  set answers(given: Answers) {
    const rubric = this.activeRubric;
    const value = copyAnswers(given);
    if (!value) {
      // Reported, never thrown on the host page; the answers already given stay.
      this.#report(
        (t) => t.answersInvalid,
        [{ path: 'answers', message: 'expected an object keyed by question id' }],
        false,
      );
      return;
    }
    // The host's last assignment again (a framework re-rendering with the
    // same prop): nothing changes, and the text being typed stays.
    if (sameAnswers(value, this.#hostAnswers)) return;
    // With `persist`, the page's first prefill is laid over the answers
    // there (stored, or brought back by Back), whenever its script runs:
    // none of them is lost. Otherwise, and later, the page's answers replace.
    const merged = !this.#hostAnswers && this.persist ? { ...this.currentAnswers, ...value } : value;
    this.#hostAnswers = { ...value };
    // The answers as they already are (controlled use): nothing changes either.
    if (sameAnswers(merged, this.currentAnswers)) return;
    // No rubric yet (rubric-src still loading): keep them; the rubric checks them when it arrives.
    if (!rubric) {
      this.currentAnswers = { ...merged } as Record<string, AnswerValue>;
      return;
    }
    const { valid, issues, problems } = fitGiven(rubric, merged, this.currentAnswers);
    // The page's answers replace: what an earlier rubric set aside is stale.
    this.#setAside = {};
    this.#commit(valid);
    this.typed = {};
    this.fieldErrors = {};
    this.#whatIf.end();
    // On the result, the page's new answers change the result (and end any
    // what-if): the host hears the real one, so no stale what-if total stays.
    if (this.view === 'result') this.#announce = true;
    if (issues.length) this.#report((t) => t.answersInvalid, issues, false);
    for (const [wording, issue] of problems) this.#report((t) => wording(t, this.#lang), [issue], false);
  }

  /** The latest assessment, as the `score` event's `detail`, or `null` while no rubric is usable. */
  get result(): ScoreDetail | null {
    // A copy: the widget keeps using its own, whatever a page does with this one.
    return this.activeRubric ? structuredClone(this.#assessment(this.activeRubric)) : null;
  }

  /** Clears every answer (and any stored copy) and goes back to the first step. A `<button type="reset">` in the enclosing form does the same. */
  reset(): void {
    this.currentAnswers = {};
    this.#setAside = {};
    this.typed = {};
    this.fieldErrors = {};
    this.#whatIf.end();
    this.#others.reset();
    this.view = 0;
    this.#stored.clear();
  }

  /** @internal Form reset (a `<button type="reset">` in the host form). */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal History navigation back to the page: the browser gives back the step or result and the answers. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    const [view, answers] = readFormState(state);
    this.answers = answers;
    // The applicant's answers, not the page's: with `persist` its prefill is laid over them.
    this.#hostAnswers = null;
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    // Without a rubric yet (rubric-src loading), rubricChanged checks the step.
    if (
      view === 'result'
        ? !detail || detail.complete
        : Number.isInteger(view) && (view as number) < (rubric?.steps.length ?? Infinity)
    )
      this.view = view as number | 'result';
    // The host hears of the result again, as when it was reached; before the
    // first render updated() tells it (a rubric arriving on the result).
    if (detail && this.view === 'result' && this.hasUpdated) this.#fire('score', detail);
  }

  /** @internal What the enclosing form submits (the result as JSON) and keeps for history navigation. */
  [formEntry](): FormEntry {
    const rubric = this.activeRubric;
    const detail = rubric && this.#assessment(rubric);
    // Every update asks; the JSON is made again only when something it holds changed.
    const key = [detail, this.view, this.currentAnswers, this.required, this.#t, this.#lang];
    if (!this.#entry || key.some((part, i) => part !== this.#entry?.key[i])) {
      this.#entry = {
        key,
        entry: formEntryOf(rubric, detail, this.view, this.currentAnswers, this.required, this.#t, this.#lang),
      };
    }
    return this.#entry.entry;
  }

  /** @internal reportValidity(): the first step with an unanswered question, its errors shown as Next shows them. */
  [showInvalid](): void {
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
  languageFailed(code: string): void {
    this.#english(code, `${code} did not load`);
  }

  /** A language not shown: the notice (in English, the language then shown) and why. */
  #english(code: string, why: string): void {
    this.#report(() => `lang "${code}" is not available; showing English.`, [{ path: 'lang', message: why }], false);
  }

  // ----- derived -----

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

  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  get #hostAttributes(): Record<string, string | undefined> {
    return { 'employer-size': this.employerSize };
  }

  /** The host's preset answers, by question id, when valid for the rubric. */
  #presets(rubric: Rubric): Record<string, AnswerValue> {
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
  #assessment(rubric: Rubric, scenario?: Answers | null): ScoreDetail {
    const given = scenario ?? this.currentAnswers;
    const presets = this.#presets(rubric);
    const cached = this.#assessments.get(given);
    const others = this.#others.key;
    if (cached?.rubric === rubric && cached.presets === presets && cached.others === others) return cached.detail;
    const answers = { ...given, ...presets };
    const detail: ScoreDetail = {
      ...assess(rubric, answers),
      answers,
      scenario: !!scenario,
      ...this.#others.detail(answers, !!scenario),
    };
    this.#assessments.set(given, { rubric, presets, others, detail });
    return detail;
  }

  /** The questions a step asks: those whose conditions the answers (the host's presets too) meet, less the preset ones. */
  #asked(rubric: Rubric, step: number): Question[] {
    const presets = this.#presets(rubric);
    return questionsAsked(rubric, step, { ...this.currentAnswers, ...presets }, presets);
  }

  /** The steps that ask anything now: Next and Back pass over the others. */
  #steps(rubric: Rubric): number[] {
    const presets = this.#presets(rubric);
    return stepsAsked(rubric, { ...this.currentAnswers, ...presets }, presets);
  }

  #stepErrors(rubric: Rubric, step: number): Record<string, string> {
    return stepErrors(
      this.#asked(this.#languages.localized(rubric), step),
      this.typed,
      this.currentAnswers,
      this.#t,
      this.#lang,
    );
  }

  #numberError = (question: Question, typed: string) => numberError(question, typed, this.#t, this.#lang);

  // ----- lifecycle -----

  /** Waits for a rubric or a language still loading (and on the result, its view), so that the next render shows the outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const viewPending = () => (this.view === 'result' ? this.#resultView.pending : null);
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
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  /** A render the page does not allow (its Trusted Types policy refused): the box says so in text, and the page hears it. */
  protected override update(changed: PropertyValues): void {
    if (this.#notStarted) return;
    try {
      super.update(changed);
    } catch (error) {
      // Once: every later render would fail the same way.
      this.#notStarted = true;
      showNotStarted(this, this.renderRoot, this.#t, whyNotStarted(error));
    }
  }

  /** The page refused the first render: the box says why, and nothing renders again. */
  #notStarted = false;

  // Derives state only. Work with side effects runs in the controllers'
  // hostUpdate, after this: RubricSource starts a rubric-src load,
  // StoredAnswers restores answers; render() then shows both.
  override willUpdate(changed: PropertyValues): void {
    // Field errors are stored as text: a new language clears them (Next
    // brings them back in it). Problems are worded as they are shown, but a
    // notice about the language itself is the old language's: updated()
    // reports an unsupported new one again.
    if (changed.has('lang')) {
      this.fieldErrors = {};
      // A number typed before the switch is shown the new language's way (55.000.000 in Vietnamese), unless it is not one yet.
      const rubric = this.activeRubric;
      if (rubric)
        this.typed = Object.fromEntries(
          Object.entries(this.typed).filter(([id]) => own(this.currentAnswers, id) === undefined),
        );
      this.problems = this.problems.filter((problem) => problem.issues[0]?.path !== 'lang');
    }
  }

  // Events after the render that shows what they report.
  override updated(changed: PropertyValues): void {
    const tag = this.lang;
    // The element's own lang, on each change (a framework setting the same one again is none); only text
    // is a tag, and only text can be quoted without throwing.
    if (changed.has('lang') && typeof tag === 'string' && tag && !matchLanguage(tag)) {
      // In English: an unsupported language is shown in English anyway.
      this.#english(tag, `"${tag}" is not one of ${LANGUAGES.join(', ')}`);
    }
    const rubric = this.activeRubric;
    // Checked when an attribute or the rubric changes: a host rubric may not declare the attribute at all.
    const presets = JSON.stringify(this.#hostAttributes);
    const presetsChanged = presets !== this.#presetsChecked;
    if (rubric && (presetsChanged || changed.has('activeRubric'))) {
      this.#presetsChecked = presets;
      for (const [wording, issue] of presetProblems(rubric, this.#hostAttributes))
        this.#report(wording, [issue], false);
    }
    // On the result, a new rubric or preset, or the page's answers, change the result itself: the host hears of it.
    if (
      this.#current &&
      ((this.view === 'result' && (changed.has('activeRubric') || presetsChanged)) || this.#announce)
    )
      this.#fire('score', this.#current);
    this.#announce = false;
    // Radios are checked here, against the answers, not bound in the template:
    // steps reuse the same radios for other questions, and renaming a checked
    // radio into a group unchecks its new neighbours behind a binding's back.
    const answers = this.#current?.answers ?? {};
    for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('form [type=radio],form [type=checkbox]')) {
      const answer = own(answers, box.name);
      box.checked = Array.isArray(answer) ? answer.includes(box.value) : answer === box.value;
    }
    // Every text field (steps and what-ifs) takes at most what its reader reads: a 100,000-character paste is cut at the field.
    for (const field of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=text]'))
      field.maxLength = TYPED_MAX_LENGTH;
  }

  /** @internal The result view could not be loaded, even on a second try: back to the last step, where "See my result" tries again. */
  resultViewFailed(error: unknown): void {
    const rubric = this.activeRubric;
    if (this.view === 'result') this.view = (rubric && this.#steps(rubric).at(-1)) ?? 0;
    this.#focus.next('#step-title');
    this.#report((t) => t.errorTitle, [{ path: 'result', message: String((error as Error)?.message ?? error) }], false);
  }

  // ----- rubric loading (RubricSource calls these) -----

  /** @internal */
  rubricFailed(failure: RubricFailure): void {
    this.activeRubric = null;
    this.#report(failure.wording, failure.issues, true);
  }

  /** @internal */
  rubricLoading(): void {
    this.activeRubric = null;
    // The failure before is over ("Try again"): the loading state shows, and a new failure is a new alert.
    this.problems = this.problems.filter((problem) => !problem.fatal);
  }

  /** @internal Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
  rubricChanged(rubric: Rubric): void {
    const previous = this.activeRubric;
    this.activeRubric = rubric;
    this.problems = this.problems.filter((problem) => !problem.fatal);
    // What an earlier switch set aside comes back when it fits (rubric A → B → A); the answers given win.
    const given = this.currentAnswers;
    const all = { ...this.#setAside, ...given };
    const { valid, issues } = fitAnswers(rubric, all);
    this.#setAside = {};
    for (const id of Object.keys(all)) if (!Object.hasOwn(valid, id)) this.#setAside[id] = all[id] as AnswerValue;
    // Answers the page gave while no rubric was there are held to a typed answer's bounds now.
    const { kept, problems } = plausibleAnswers(rubric, valid);
    this.currentAnswers = kept;
    // Only what was given until now is news; the rest was reported when it was set aside.
    const news = issues.filter((issue) => Object.hasOwn(given, issue.path));
    if (news.length) this.#report((t) => t.setAside, news, false);
    for (const [wording, issue] of problems) this.#report((t) => wording(t, this.#lang), [issue], false);
    if (typeof this.view === 'number' && this.view >= rubric.steps.length) this.view = 0;
    if (previous !== rubric) this.#whatIf.end();
    this.#stored.restore(rubric);
  }

  // ----- events -----

  /**
   * Shows a problem and fires assessment-error. While the page's language is
   * still loading, both wait for it: the message is worded in the language
   * the widget then shows, whichever arrives first.
   */
  #report(words: (t: Messages) => string, issues: AssessmentIssue[], fatal: boolean): void {
    if (this.#languages.deferred(() => this.#report(words, issues, fatal))) return;
    const message = words(this.#t);
    // Kept with its words: shown in the language of the moment (the event has this one).
    this.problems = [
      ...this.problems.filter((problem) => problem.message !== message),
      { message, issues, fatal, words },
    ];
    this.#fire<AssessmentErrorDetail>('assessment-error', { message, issues });
  }

  #fire<T>(type: string, detail: T): void {
    // A copy: a listener that edits the detail (a privacy scrub, say) changes nothing here.
    const event = new CustomEvent<T>(type, { detail: copied(detail), bubbles: true, composed: true });
    afterPageScripts(() => this.dispatchEvent(event));
  }

  /** The one way the answers given change: kept, and stored (with `persist`) for a reload and the page's other tabs. */
  #commit(answers: Record<string, AnswerValue>): void {
    this.currentAnswers = answers;
    this.#stored.save();
  }

  /** Another tab changed the stored answers: they are the answers here, and a field whose answer changed shows it. */
  #followed(stored: Record<string, AnswerValue>): void {
    const typed = { ...this.typed };
    for (const id of Object.keys(typed)) if (own(stored, id) !== own(this.currentAnswers, id)) delete typed[id];
    this.typed = typed;
    this.currentAnswers = stored;
    if (this.view === 'result') this.#announce = true;
  }

  #emitScore(rubric: Rubric): void {
    this.#fire<ScoreDetail>('score', this.#assessment(rubric));
  }

  #setAnswer(question: Question, value: Answer): void {
    const rubric = this.activeRubric;
    // Unchanged (typing "160," after "160"): no event, no work.
    if (!rubric || sameAnswer(value, own(this.currentAnswers, question.id))) return;
    const next = { ...this.currentAnswers };
    if (value === undefined) delete next[question.id];
    else next[question.id] = value;
    this.#commit(next);
    const { [question.id]: _fixed, ...otherErrors } = this.fieldErrors;
    if (value !== undefined) this.fieldErrors = otherErrors;
    this.#fire<AnswerDetail>('answer', { questionId: question.id, value, assessment: this.#assessment(rubric) });
  }

  // ----- handlers -----

  #handleChoice = (question: Question, option: string, ticked?: boolean) =>
    this.#setAnswer(
      question,
      question.type === 'multi'
        ? toggleOption(question, own(this.currentAnswers, question.id), option, !!ticked)
        : option,
    );

  #handleNumber = (question: Question, typed: string) => {
    this.typed = { ...this.typed, [question.id]: typed };
    // Empty or not (yet) a number: no answer, and the text stays in the field.
    this.#setAnswer(
      question,
      typed.trim() === '' || this.#numberError(question, typed) ? undefined : typedNumber(question, typed),
    );
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
      return this.#focus.next('#error-summary');
    }
    const next = this.#steps(rubric).find((step) => step > (this.view as number));
    if (next !== undefined) {
      this.view = next;
      this.#focus.next('#step-title');
    } else {
      this.view = 'result';
      // The result's heading, or the status shown for the moment the result view may still be loading.
      this.#focus.next('#result-title,#result-loading');
      this.#emitScore(rubric);
    }
  };

  #handleBack = () => {
    const rubric = this.activeRubric;
    const view = this.view;
    const previous =
      rubric && typeof view === 'number'
        ? this.#steps(rubric)
            .filter((step) => step < view)
            .pop()
        : undefined;
    if (previous !== undefined) {
      this.view = previous;
      this.fieldErrors = {};
      this.#focus.next('#step-title');
    }
  };

  /** A what-if change on the result: scored as a scenario, the answers given stay as they are. */
  #handleWhatIf = (question: Question, field: HTMLInputElement | HTMLSelectElement) => {
    const rubric = this.activeRubric;
    const scenario =
      rubric &&
      this.#whatIf.change(rubric, question, field.value, this.currentAnswers, this.#numberError(question, field.value));
    if (scenario) this.#fire<ScoreDetail>('score', this.#assessment(rubric as Rubric, scenario));
    // Back to the answers given: no scenario left.
    else if (scenario === null) this.#handleRestore();
  };

  /** Back to the real result: the what-if is dropped, the host hears the applicant's result again. */
  #handleRestore = () => {
    const rubric = this.activeRubric;
    if (!rubric || !this.#whatIf.answers) return;
    this.#whatIf.end();
    // The button goes away with the scenario: keep focus on the result.
    this.#focus.next('#result-title');
    this.#emitScore(rubric);
  };

  #handleChangeAnswers = () => {
    this.#whatIf.end();
    this.view = 0;
    this.typed = {};
    this.#focus.next('#step-title');
  };

  // The button goes with the failure: focus goes to the loading status, then to what replaces it.
  #handleRetry = () => {
    this.#focus.next('.loading');
    this.#source.retry();
  };

  #handlePressNext = () => (this.#pressingNext = true);

  #handleLanguage = (code: string) => {
    this.lang = code;
    this.#fire<LanguageChangeDetail>('language-change', { lang: code });
  };

  // ----- render -----

  override render() {
    // Once per render, shared with updated(): after every controller's
    // hostUpdate, so stored answers restored there are in it.
    const real = (this.#current = this.activeRubric && this.#assessment(this.activeRubric));
    const lang = this.#lang;
    const t = this.#t;
    // Waiting for the page's language (a Korean page shows nothing rather than English).
    if (!this.#languages.shown) return html`<div part="base" class="base" aria-busy="true"></div>`;
    const rubric = this.activeRubric && this.#languages.localized(this.activeRubric);
    const fatal = this.problems.some((problem) => problem.fatal);
    const problems = renderProblems(this.problems, t, this.#source.retryable ? this.#handleRetry : undefined);
    if (!rubric || !real || fatal) {
      return html`<div part="base" class="base" lang=${lang}>${fatal ? problems : html`<p role="status" class="loading" tabindex="-1">${t.loading}</p>`}</div>`;
    }
    const view = this.view;
    const scenario = this.#whatIf.answers;
    // A what-if shows only on the result; everything else is the answers given.
    const assessment = view === 'result' && scenario ? this.#assessment(rubric, scenario) : real;
    const level = this.#level;
    const steps = this.#steps(rubric);
    const note = (id: string) => presetNote(rubric, lang, t, assessment, id);
    // What the step and the result are both given.
    const shared = {
      rubric: rubric,
      lang: lang,
      t: t,
      answers: assessment.answers,
      asked: answersAsked(rubric, assessment.answers),
      preset: new Set(Object.keys(this.#presets(rubric))),
      presetNote: note,
    };
    return html`
      <div part="base" class="base" lang=${lang}>
        ${this.languagePicker ? renderLanguagePicker(lang, t, this.#handleLanguage) : nothing}
        ${heading(level, keepCodes(pick(rubric.title, lang)))}
        ${problems}
        ${assessment.outdated ? html`<p class="notice">${t.outdated(rubric.reviewDate ?? '')}</p>` : nothing}
        ${view === 0 ? html`<p class="help">${t.start(formatNumber(Math.max(1, Math.round(rubric.questions.length / 4)), lang))}</p>` : nothing}
        <div class="meta">
          ${view === 'result' ? nothing : html`<p part="progress" class="progress">${t.step(Math.max(1, steps.indexOf(view) + 1), Math.max(steps.length, 1))}</p>`}
          <p class="running" aria-hidden=${view === 'result' ? 'true' : nothing}>${scoreLine(assessment, rubric, t, lang)}</p>
        </div>
        ${
          view === 'result'
            ? // Announced once per what-if (its verdict and score); the real result is read from its heading and card,
              // and the score line above is only a visual aid (a sticky copy while a what-if field has focus).
              html`<p class="sr" role="status">${assessment.scenario ? t.whatIfVerdict(assessment.eligible, scoreLine(assessment, rubric, t, lang)) : ''}</p>`
            : nothing
        }
        ${
          view === 'result'
            ? this.#resultView.render(
                {
                  ...shared,
                  assessment,
                  real,
                  whatIfErrors: this.#whatIf.errors,
                  whatIfTyped: this.#whatIf.typed,
                  level: level + 1,
                  onWhatIf: this.#handleWhatIf,
                  onRestore: this.#handleRestore,
                  onChangeAnswers: this.#handleChangeAnswers,
                  others: this.#others,
                },
                t.loading,
              )
            : renderStep({
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
                onNumberDone: this.#handleNumberDone,
              })
        }
        ${view === 'result' ? nothing : html`<p class="disclaimer">${pick(rubric.disclaimer, lang)}</p>`}
      </div>
    `;
  }
}
