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
export declare class KtechPassAssessment extends KtechPassAssessment_base implements FormControlHooks {
    #private;
    static styles: import("lit").CSSResult[];
    /** The release (package.json's version), so a second copy of a different version on the same page can be told apart. */
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
     * `en` or `ko`. Without it: the nearest ancestor's `lang`, then the
     * document's, then English. Switching it re-renders every string.
     */
    lang: string;
    /**
     * The hiring firm's size when the host knows it: an option id of the rubric
     * question whose `hostAttribute` is `employer-size` (in the built-in rubric,
     * SME or large). That question is then not asked.
     */
    employerSize: string | undefined;
    /** URL of a rubric JSON on the host's own server, used instead of the built-in rubric. */
    rubricSrc: string | undefined;
    /** The form field name the result is submitted under (as JSON). */
    name: string | undefined;
    /** Makes an enclosing form invalid until the assessment is complete. */
    required: boolean | undefined;
    /** Keep answers in localStorage across reloads (keyed by this widget and the rubric id and version). Nothing is stored without it. */
    persist: boolean | undefined;
    /** Shows a language menu (English, 한국어, …) so the applicant can switch; answers are kept. */
    languagePicker: boolean | undefined;
    /** The name stored answers are kept under, so two persisted widgets never share them. Defaults to the element's `id`. */
    persistKey: string | undefined;
    /**
     * `light` (the default), `dark`, or `auto` (the reader's system setting).
     * The widget sets its own `color-scheme`, so a dark host page never turns
     * its native controls dark on a light widget. Each palette goes through the
     * same `--ktp-*` properties; both pass WCAG AA contrast.
     */
    theme: 'light' | 'dark' | 'auto' | undefined;
    /**
     * The level (2 to 6) of the widget's top heading, so it fits the outline of
     * the page section it sits in; the widget's other headings follow from it.
     * Default 2.
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
     * The rubric in use: the built-in one, or the one set or fetched; null while
     * one loads or after it failed. Frozen: read it, don't edit it. Setting it
     * never throws: the rubric is copied and validated (by a file loaded on
     * demand), the widget shows its loading state meanwhile, keeps every answer,
     * and `updateComplete` resolves once it is in use or rejected. Setting an
     * equal rubric again does nothing; null brings back the built-in one.
     */
    get rubric(): Rubric | null;
    set rubric(value: unknown);
    /** Milliseconds a `rubric-src` load may take before it fails with "Try again": at most 2^31 − 1 (Infinity is that); NaN, 0 or less is the default, 15,000. */
    get rubricTimeout(): number;
    set rubricTimeout(value: number);
    /** A copy of the answers, keyed by question id. Setting it validates; invalid entries are reported and left out. */
    get answers(): Answers;
    set answers(given: Answers);
    /** The latest assessment (with answers), or null while no rubric is usable. */
    get result(): ScoreDetail | null;
    /** Clears every answer (and any stored copy) and goes back to the first step. */
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
