import { LitElement } from 'lit';
declare const HostProperties_base: typeof LitElement & import("./form/element-internals.js").Constructor<import("./form/form-associated.js").FormAssociatedMembers & import("./form/form-associated.js").FormEntryHook> & import("./form/element-internals.js").Constructor<import("./form/constraint-validation.js").ConstraintValidationMembers & import("./form/constraint-validation.js").ShowInvalidHook>;
/**
 * The element's public reactive properties, on a base class of their own so
 * that the element's file holds its behaviour. The element declares its
 * accessors (`rubric`, `answers`, `rubricTimeout`); `disabled` and the rest
 * of a native input's surface come from the form mixins.
 */
export declare class HostProperties extends HostProperties_base {
    #private;
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
        lang: {
            noAccessor: boolean;
        };
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
        otherVisas: {
            attribute: string;
        };
        visaRubrics: {
            attribute: boolean;
        };
    };
    /**
     * The language: `en`, `ko`, `zh-Hans` or `vi`. Without it the widget takes
     * the nearest ancestor's `lang`, then the document's, each time it renders
     * (it does not watch them: set `lang` on the element to switch at run time).
     * Regional tags match their language (`ko-KR`, `vi-VN`; `zh`, `zh-CN`,
     * `zh-SG` are Simplified Chinese); other languages, Traditional Chinese
     * (`zh-TW`, `zh-HK`, `zh-Hant`) among them for now, fall back to English.
     * Reads `''` while unset, as any element's `lang` does.
     * @default inherited
     */
    get lang(): string;
    set lang(value: string);
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
     * @default undefined (light)
     */
    theme: 'light' | 'dark' | 'auto' | undefined;
    /**
     * The level (2 to 6) of the widget's top heading (its title), so it fits the
     * outline of the page section it sits in; the step and result headings are
     * one level below, their sections two, the other visas' step and each visa
     * three, that step's error summary four (past `h6`, ARIA headings of level
     * 7 to 10). Another value gives 2.
     * @default undefined (2)
     */
    headingLevel: number | undefined;
    /**
     * The "Other visas that may fit" section after the result: `off` hides it;
     * rubric ids separated by spaces, each with or without its year
     * (`e-7-1 f-2-7`, `d-10-1-2026`), show those visas in that order; absent or
     * empty shows every one (E-7-1, D-10-1, F-2-7, then `visaRubrics`). Its file
     * loads when the applicant opens the section, or reaches a result with no
     * route met.
     * @default all
     */
    otherVisas: string | undefined;
    /**
     * A host's own visa rubrics (the same format, `rubric.schema.json`), shown in
     * the section after the built-in ones. Each is validated; one that is not
     * valid, or reads a shared question id differently, is left out with an
     * `assessment-error`.
     */
    visaRubrics: readonly unknown[] | undefined;
    constructor();
}
/** The top heading's level: `heading-level` when it is 2 to 6, else 2. */
export declare function topLevel(headingLevel: unknown): number;
export {};
