import './events.js';
import type { KtechPassAssessment } from './ktech-pass-assessment.js';
/** The element, for its members' types (a declaration only: nothing is emitted). */
declare const element: KtechPassAssessment;
/**
 * The properties a host sets (what React 19, Vue, Svelte and Angular bind to
 * when the element has the property), each typed as the element's setter
 * takes it.
 */
export interface KtechPassAssessmentProperties {
    /** The rubric in use (frozen: read it, don't edit it): the built-in one, or the one set or fetched; `null` while one loads or after it failed. Setting it takes any value (an imported JSON file, say) and never throws: it is copied and validated (by the validator file, loaded on demand), the widget shows its loading state meanwhile and keeps every answer, and `updateComplete` resolves once it is in use or rejected (`assessment-error`). Setting an equal rubric again does nothing; `null` brings back the built-in one. From the CDN file, the built-in rubric lacks the texts only the result shows until the applicant has started (they come with the result view's file). */
    rubric?: unknown;
    /** Milliseconds a `rubric-src` load may take before it fails with "Try again": at most 2^31 − 1 (Infinity is that); NaN, 0 or less is the default. */
    rubricTimeout?: typeof element.rubricTimeout;
    /** A copy of the answers, keyed by question id. Setting it prefills the widget; invalid entries are reported and left out (an answer already given stays). With `persist`, the page's first prefill (even `{}`) is laid over the stored answers, and over those the browser's Back brought back; later assignments replace. Setting it again to what you set last, or to the answers as they are, does nothing: a framework re-rendering with the same prop never undoes the applicant's clicks or typing. Answers to the questions only the other visas ask (`age`, `koreanLevel`…, as in the `score` detail's `otherAnswers`) are theirs: kept for the "Other visas that may fit" section (never asked again there) and checked when it loads; they are not part of this property. */
    answers?: typeof element.answers;
    /** Disables every control inside; a disabled widget is neither submitted nor validated. An enclosing disabled `<fieldset>` does the same (the property stays `false`, as a native input's). */
    disabled?: typeof element.disabled;
    /** The language: `en`, `ko`, `zh-Hans` or `vi`. Without it the widget takes the nearest ancestor's `lang`, then the document's, each time it renders (it does not watch them: set `lang` on the element to switch at run time). Regional tags match their language (`ko-KR`, `vi-VN`; `zh`, `zh-CN`, `zh-SG` are Simplified Chinese); other languages, Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) among them for now, fall back to English. Reads `''` while unset, as any element's `lang` does. */
    lang?: typeof element.lang;
    /** The hiring firm's size when the host knows it: an option of the rubric question that declares `"hostAttribute": "employer-size"`, which is then not asked (in the built-in rubric the option for an SME adds the 10-point bonus). A value that is not an option, or a rubric with no such question, gives an `assessment-error` naming the attribute. */
    employerSize?: typeof element.employerSize;
    /** The URL of a rubric JSON on your own server, used instead of the built-in rubric; its format is `rubric.schema.json`. */
    rubricSrc?: typeof element.rubricSrc;
    /** Inside a `<form>`, the field name the result is submitted under (as JSON). Reflected. */
    name?: typeof element.name;
    /** Makes the enclosing form invalid until the assessment is complete. Reflected. */
    required?: typeof element.required;
    /** Keeps answers in `localStorage` across reloads, keyed by the widget (`persist-key`, else its `id`) and the rubric id and version. Nothing is stored without it; turning it on later (after consent) restores what was stored. */
    persist?: typeof element.persist;
    /** Shows a language menu listing every language by its own name (English, 한국어, …); the applicant's choice switches the widget, keeps every answer and fires `language-change`. */
    languagePicker?: typeof element.languagePicker;
    /** The name this widget's stored answers are kept under, so two persisted widgets on a page never share them. */
    persistKey?: typeof element.persistKey;
    /** The palette: `light`, `dark` (a real dark palette) or `auto` (the reader's system setting). The widget sets its own `color-scheme`, so a dark host page (`color-scheme: dark`, Bootstrap's `data-bs-theme="dark"`) never turns its native controls dark on a light widget. Every palette goes through the same `--ktp-*` properties (a colour you set wins in every theme) and passes WCAG AA contrast. Any other value is light. Reflected. */
    theme?: typeof element.theme;
    /** The level (2 to 6) of the widget's top heading (its title), so it fits the outline of the page section it sits in; the step and result headings are one level below, their sections two, the other visas' step and each visa three, that step's error summary four (past `h6`, ARIA headings of level 7 to 10). Another value gives 2. */
    headingLevel?: typeof element.headingLevel | `${number}`;
    /** The "Other visas that may fit" section after the result: `off` hides it; rubric ids separated by spaces, each with or without its year (`e-7-1 f-2-7`, `d-10-1-2026`), show those visas in that order; absent or empty shows every one (E-7-1, D-10-1, F-2-7, then `visaRubrics`). Its file loads when the applicant opens the section, or reaches a result with no route met. */
    otherVisas?: typeof element.otherVisas;
    /** A host's own visa rubrics (the same format, `rubric.schema.json`), shown in the section after the built-in ones. Each is validated; one that is not valid, or reads a shared question id differently, is left out with an `assessment-error`. */
    visaRubrics?: typeof element.visaRubrics;
}
/** The attributes, as written in markup. */
export interface KtechPassAssessmentAttributes {
    /** Disables every control inside; a disabled widget is neither submitted nor validated. An enclosing disabled `<fieldset>` does the same (the property stays `false`, as a native input's). */
    disabled?: typeof element.disabled;
    /** The language: `en`, `ko`, `zh-Hans` or `vi`. Without it the widget takes the nearest ancestor's `lang`, then the document's, each time it renders (it does not watch them: set `lang` on the element to switch at run time). Regional tags match their language (`ko-KR`, `vi-VN`; `zh`, `zh-CN`, `zh-SG` are Simplified Chinese); other languages, Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) among them for now, fall back to English. Reads `''` while unset, as any element's `lang` does. */
    lang?: typeof element.lang;
    /** The hiring firm's size when the host knows it: an option of the rubric question that declares `"hostAttribute": "employer-size"`, which is then not asked (in the built-in rubric the option for an SME adds the 10-point bonus). A value that is not an option, or a rubric with no such question, gives an `assessment-error` naming the attribute. */
    'employer-size'?: typeof element.employerSize;
    /** The URL of a rubric JSON on your own server, used instead of the built-in rubric; its format is `rubric.schema.json`. */
    'rubric-src'?: typeof element.rubricSrc;
    /** Inside a `<form>`, the field name the result is submitted under (as JSON). Reflected. */
    name?: typeof element.name;
    /** Makes the enclosing form invalid until the assessment is complete. Reflected. */
    required?: typeof element.required;
    /** Keeps answers in `localStorage` across reloads, keyed by the widget (`persist-key`, else its `id`) and the rubric id and version. Nothing is stored without it; turning it on later (after consent) restores what was stored. */
    persist?: typeof element.persist;
    /** The name this widget's stored answers are kept under, so two persisted widgets on a page never share them. */
    'persist-key'?: typeof element.persistKey;
    /** Shows a language menu listing every language by its own name (English, 한국어, …); the applicant's choice switches the widget, keeps every answer and fires `language-change`. */
    'language-picker'?: typeof element.languagePicker;
    /** The palette: `light`, `dark` (a real dark palette) or `auto` (the reader's system setting). The widget sets its own `color-scheme`, so a dark host page (`color-scheme: dark`, Bootstrap's `data-bs-theme="dark"`) never turns its native controls dark on a light widget. Every palette goes through the same `--ktp-*` properties (a colour you set wins in every theme) and passes WCAG AA contrast. Any other value is light. Reflected. */
    theme?: typeof element.theme;
    /** The level (2 to 6) of the widget's top heading (its title), so it fits the outline of the page section it sits in; the step and result headings are one level below, their sections two, the other visas' step and each visa three, that step's error summary four (past `h6`, ARIA headings of level 7 to 10). Another value gives 2. */
    'heading-level'?: typeof element.headingLevel | `${number}`;
    /** The "Other visas that may fit" section after the result: `off` hides it; rubric ids separated by spaces, each with or without its year (`e-7-1 f-2-7`, `d-10-1-2026`), show those visas in that order; absent or empty shows every one (E-7-1, D-10-1, F-2-7, then `visaRubrics`). Its file loads when the applicant opens the section, or reaches a result with no route met. */
    'other-visas'?: typeof element.otherVisas;
}
/** The element's own events and their types. */
export interface KtechPassAssessmentEventMap {
    /** The applicant reaches the result, and again on every what-if change there (and on "Back to my result"), and when the page sets `answers`, a rubric or a preset while the result is shown (a real result, ending any what-if), and when the applicant checks the other visas (answers that section's step, or opens it with nothing left to ask). `detail`: `scenario` (`true` when the detail scores a what-if: answers the applicant is trying, not the ones they gave; an apply form must ignore it. `false` for the real result; `result`, the form value and stored answers are never a what-if), `rubricId`, `rubricVersion`, `total` (base + bonus), `max` (base maximum, 100), `passMark`, `categories` (points by category id), bonus (the sum of bonus categories), `criteria` (`{ id, category, points, max, asked, next }`, `next` = the nearest better answer and the points it adds, or `null`), `pathways` (`{ [id]: boolean }` for every pathway, alternatives included), `alternatives` (the ids of the pathways that are alternatives: they never make `eligible`), `eligible` (any other pathway met), `complete` (`false` until every question is answered: a host that clears its answers hears `total: 0, complete: false`), `missing`, `reviewDate` and `outdated` (the applicant's date is after the rubric's review date), and `answers`. Once the "Other visas that may fit" section has loaded (and never for a what-if): `otherVisas` (`{ rubricId, title, status: 'met' | 'not-met' | 'needs-answers', route, points?: { total, passMark, max, bonusMax, categories, complete }, facts: { condition, holds, answer, short }[], assumed, missing, sources, next, reviewDate, outdated }[]`, an estimate per visa) and `otherAnswers` (the answers only those visas asked). */
    score: HTMLElementEventMap['score'];
    /** The applicant changes an answer in the steps (a click, a typed number that parses to a new value). Not fired for a what-if change on the result (a scenario, announced by `score` with `scenario: true`), `answers` set by the page, `reset()` or Back to my result. `detail`: `questionId`, `value` (option id or number; `undefined` when cleared), `assessment` (a provisional `ScoreDetail`). */
    answer: HTMLElementEventMap['answer'];
    /** The applicant chose a language in the widget's menu (`language-picker`); the widget has switched, answers kept. Store it to use as `lang` next time. `detail`: `lang` (the language code). */
    'language-change': HTMLElementEventMap['language-change'];
    /** A rubric could not be loaded or validated, or an attribute, prefill or stored answer was invalid. No answer already given is lost. `detail`: `message` (readable), `issues` (`{ path, message }[]`). */
    'assessment-error': HTMLElementEventMap['assessment-error'];
}
/**
 * Event handler props named `on` + the event's exact name (`onscore`, `onanswer`, `onlanguage-change`, `onassessment-error`):
 * React 19, Preact and Svelte 5 listen to the event named by what follows
 * `on`, case and hyphen included.
 */
export type KtechPassAssessmentEventProps = {
    [K in keyof KtechPassAssessmentEventMap as `on${K}`]?: (event: KtechPassAssessmentEventMap[K]) => void;
};
export {};
