import { LitElement, type PropertyValues } from 'lit';
import type { Answers, Rubric } from '../rubric/types.js';
import type { ScoreDetail } from './events.js';
import { formEntry, showInvalid, type FormControlHooks, type FormEntry } from './form-control.js';
import { type RubricFailure } from './rubric-source.js';
declare const KtechPassAssessment_base: typeof LitElement & (abstract new (...args: any[]) => import("./form-control.js").FormControlMembers);
/**
 * A self-assessment for Korea's K-Tech Pass and the F-2-T "Top-tier" visa that
 * runs entirely in the browser, explains every point and hands the result to
 * the host page. The result is an estimate, never an official decision.
 *
 * @summary Check, in a few minutes, whether you may qualify for K-Tech Pass.
 *
 * @attr {boolean} disabled - Disables every control inside; a disabled widget is neither submitted nor validated. An enclosing disabled `<fieldset>` does the same (the property stays `false`, as a native input's).
 *
 * @fires score - The applicant reaches the result, and again on every what-if change there (and on "Back to my result"), and when the page sets `answers`, a rubric or a preset while the result is shown (a real result, ending any what-if). `detail`: `scenario` (`true` when the detail scores a what-if: answers the applicant is trying, not the ones they gave; an apply form must ignore it. `false` for the real result; `result`, the form value and stored answers are never a what-if), `rubricId`, `rubricVersion`, `total` (base + bonus), `max` (base maximum, 100), `passMark`, `categories` (points by category id), bonus (the sum of bonus categories), `criteria` (`{ id, category, points, max, asked, next }`, `next` = the nearest better answer and the points it adds, or `null`), `pathways` (`{ [id]: boolean }` for every pathway, alternatives included), `alternatives` (the ids of the pathways that are alternatives: they never make `eligible`), `eligible` (any other pathway met), `complete` (`false` until every question is answered: a host that clears its answers hears `total: 0, complete: false`), `missing`, `reviewDate` and `outdated` (the applicant's date is after the rubric's review date), and `answers`.
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
export declare class KtechPassAssessment extends KtechPassAssessment_base implements FormControlHooks {
    #private;
    static styles: import("lit").CSSResult[];
    /** The release (package.json's `version`), so a second copy of a different version on the same page can be told apart. */
    static version: string;
    /** Milliseconds a page waits for its language's file before showing English with a notice. */
    static languageTimeout: number;
    static properties: {
        rubric: {
            attribute: boolean;
            noAccessor: boolean;
        };
        answers: {
            attribute: boolean;
            noAccessor: boolean;
        };
        rubricTimeout: {
            attribute: boolean;
            noAccessor: boolean;
        };
        disabled: {
            attribute: boolean;
            noAccessor: boolean;
        };
        lang: {};
        employerSize: {
            attribute: string;
            reflect: boolean;
        };
        rubricSrc: {
            attribute: string;
        };
        name: {
            reflect: boolean;
        };
        required: {
            type: BooleanConstructor;
            reflect: boolean;
        };
        persist: {
            type: BooleanConstructor;
        };
        persistKey: {
            attribute: string;
        };
        languagePicker: {
            type: BooleanConstructor;
            attribute: string;
        };
        theme: {
            reflect: boolean;
        };
        headingLevel: {
            attribute: string;
            type: NumberConstructor;
        };
        activeRubric: {
            state: boolean;
        };
        currentAnswers: {
            state: boolean;
        };
        typed: {
            state: boolean;
        };
        view: {
            state: boolean;
        };
        fieldErrors: {
            state: boolean;
        };
        problems: {
            state: boolean;
        };
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
    lang: string;
    /**
     * The hiring firm's size when the host knows it: an option of the rubric
     * question that declares `"hostAttribute": "employer-size"`, which is then
     * not asked (in the built-in rubric the option for an SME adds the 10-point
     * bonus). A value that is not an option, or a rubric with no such question,
     * gives an `assessment-error` naming the attribute.
     * @default not set (asked)
     */
    employerSize: string | undefined;
    /**
     * The URL of a rubric JSON on your own server, used instead of the
     * built-in rubric; its format is `rubric.schema.json`.
     * @default not set (built-in rubric)
     */
    rubricSrc: string | undefined;
    /** Inside a `<form>`, the field name the result is submitted under (as JSON). Reflected. */
    name: string | undefined;
    /** Makes the enclosing form invalid until the assessment is complete. Reflected. */
    required: boolean | undefined;
    /**
     * Keeps answers in `localStorage` across reloads, keyed by the widget
     * (`persist-key`, else its `id`) and the rubric id and version. Nothing is
     * stored without it; turning it on later (after consent) restores what was
     * stored.
     */
    persist: boolean | undefined;
    /**
     * Shows a language menu listing every language by its own name (English,
     * 한국어, …); the applicant's choice switches the widget, keeps every
     * answer and fires `language-change`.
     * @default false
     */
    languagePicker: boolean | undefined;
    /**
     * The name this widget's stored answers are kept under, so two persisted
     * widgets on a page never share them.
     * @default the element's id
     */
    persistKey: string | undefined;
    /**
     * The palette: `light`, `dark` (a real dark palette) or `auto` (the
     * reader's system setting). The widget sets its own `color-scheme`, so a
     * dark host page (`color-scheme: dark`, Bootstrap's `data-bs-theme="dark"`)
     * never turns its native controls dark on a light widget. Every palette goes
     * through the same `--ktp-*` properties (a colour you set wins in every
     * theme) and passes WCAG AA contrast. Any other value is light. Reflected.
     * @default 'light'
     */
    theme: 'light' | 'dark' | 'auto' | undefined;
    /**
     * The level (2 to 6) of the widget's top heading (its title), so it fits the
     * outline of the page section it sits in; the step and result headings are
     * one level below, their sections two (past `h6`, ARIA headings of level 7
     * and 8). Another value gives 2.
     * @default 2
     */
    headingLevel: number | undefined;
    /** The rubric in use (`rubric`, as a reactive state), null while one loads or after it failed. */
    private activeRubric;
    /** The answers given. */
    private currentAnswers;
    /** What was typed into number fields, kept while it is not (yet) a number. */
    private typed;
    /** The step shown, or `result`. */
    private view;
    private fieldErrors;
    private problems;
    constructor();
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
    get rubric(): Rubric | null;
    set rubric(value: unknown);
    /**
     * Milliseconds a `rubric-src` load may take before it fails with "Try again": at most 2^31 − 1 (Infinity is that); NaN, 0 or less is the default.
     * @default 15000
     */
    get rubricTimeout(): number;
    set rubricTimeout(value: number);
    /**
     * A copy of the answers, keyed by question id. Setting it prefills the
     * widget; invalid entries are reported and left out (an answer already given
     * stays). With `persist`, the page's first prefill (even `{}`) is laid over
     * the stored answers, and over those the browser's Back brought back; later
     * assignments replace. Setting it again to what you set last, or to the
     * answers as they are, does nothing: a framework re-rendering with the same
     * prop never undoes the applicant's clicks or typing.
     */
    get answers(): Answers;
    set answers(given: Answers);
    /** The latest assessment, as the `score` event's `detail`, or `null` while no rubric is usable. */
    get result(): ScoreDetail | null;
    /** Clears every answer (and any stored copy) and goes back to the first step. A `<button type="reset">` in the enclosing form does the same. */
    reset(): void;
    /** @internal Form reset (a `<button type="reset">` in the host form). */
    formResetCallback(): void;
    /** @internal History navigation back to the page: the browser gives back the step or result and the answers. */
    formStateRestoreCallback(state: unknown): void;
    /** @internal What the enclosing form submits (the result as JSON) and keeps for history navigation. */
    [formEntry](): FormEntry;
    /** @internal reportValidity(): the first step with an unanswered question, its errors shown as Next shows them. */
    [showInvalid](): void;
    /** @internal A language file did not come: English is shown, and the host hears why. */
    languageFailed(code: string): void;
    /** Waits for a rubric or a language still loading (and on the result, its view), so that the next render shows the outcome. */
    protected getUpdateComplete(): Promise<boolean>;
    /**
     * The first render waits for a task of its own: evaluating the script and
     * showing the first question are then two shorter tasks instead of one
     * long one that blocks the host page (Total Blocking Time). Later updates
     * run as Lit schedules them.
     */
    protected scheduleUpdate(): Promise<void>;
    /** A render the page does not allow (its Trusted Types policy refused): the box says so in text, and the page hears it. */
    protected update(changed: PropertyValues): void;
    willUpdate(changed: PropertyValues): void;
    updated(changed: PropertyValues): void;
    /** @internal The result view could not be loaded, even on a second try: back to the last step, where "See my result" tries again. */
    resultViewFailed(error: unknown): void;
    /** @internal */
    rubricFailed(failure: RubricFailure): void;
    /** @internal */
    rubricLoading(): void;
    /** @internal Switches to a rubric, keeping every answer that still fits it and reporting the rest. */
    rubricChanged(rubric: Rubric): void;
    render(): import("lit-html").TemplateResult<1>;
}
export {};
