import type { PropertyValues } from 'lit';
import type { Answers, Rubric } from '../rubric/types.js';
import type { ScoreDetail } from './events.js';
import { showInvalid } from './form/constraint-validation.js';
import { type FormEntry, formEntry } from './form/form-associated.js';
import { HostProperties } from './host-properties.js';
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
export declare class KtechPassAssessment extends HostProperties {
    #private;
    static styles: import("lit").CSSResult[];
    /** The release (package.json's `version`), so a second copy of a different version on the same page can be told apart. */
    static version: string;
    /** Milliseconds a page waits for its language's file before showing English with a notice. */
    static languageTimeout: number;
    constructor();
    /** @internal In a document: events fired before (a prefill's problems) are dispatched now. */
    connectedCallback(): void;
    /**
     * The rubric in use (frozen: read it, don't edit it): the built-in one, or
     * the one set or fetched; `null` while one loads or after it failed. Setting
     * it takes any value (an imported JSON file, say) and never throws: it is
     * copied and validated (by the validator file, loaded on demand), the widget
     * shows its loading state meanwhile and keeps every answer, and
     * `updateComplete` resolves once it is in use or rejected
     * (`assessment-error`). Setting an equal rubric again does nothing; `null`
     * brings back the built-in one. From the CDN file, the built-in rubric
     * lacks the texts only the result shows until the applicant has started
     * (they come with the result view's file).
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
     * prop never undoes the applicant's clicks or typing. Answers to the
     * questions only the other visas ask (`age`, `koreanLevel`…, as in the
     * `score` detail's `otherAnswers`) are theirs: kept for the "Other visas
     * that may fit" section (never asked again there) and checked when it
     * loads; they are not part of this property.
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
    /** Waits for a rubric or a language still loading (and on the result, its view), so that the next render shows the outcome. */
    protected getUpdateComplete(): Promise<boolean>;
    /**
     * The first render waits for a task of its own: evaluating the script and
     * showing the first question are then two shorter tasks instead of one
     * long one that blocks the host page (Total Blocking Time). Later updates
     * run as Lit schedules them.
     */
    protected scheduleUpdate(): Promise<void>;
    willUpdate(changed: PropertyValues): void;
    /** A render the page does not allow (its Trusted Types policy refused): the box says so in text, and the page hears it. */
    protected update(changed: PropertyValues): void;
    updated(): void;
    render(): import("lit-html").TemplateResult;
}
