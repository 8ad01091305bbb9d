import { LitElement } from 'lit';
import { ConstraintValidation } from './form/constraint-validation.js';
import { WithInternals } from './form/element-internals.js';
import { FormAssociated } from './form/form-associated.js';

class HostProperties extends ConstraintValidation(FormAssociated(WithInternals(LitElement))) {
  // Reactive properties are declared here rather than with decorators: standard
  // decorators (@property() accessor) add 1,853 B gzip to the first file, legacy
  // ones 378 B (measured with lit 3.3, esbuild 0.28, target es2022).
  static properties = {
    // Declared so that values a page set before the element was defined are
    // taken up and passed through the element's setters (rubric first).
    rubric: { attribute: false, noAccessor: true },
    answers: { attribute: false, noAccessor: true },
    rubricTimeout: { attribute: false, noAccessor: true },
    disabled: { attribute: false, noAccessor: true },
    // Its own accessor: unset, it reads '' as any element's `lang` does (a generated one would read undefined).
    lang: { noAccessor: true },
    employerSize: { attribute: "employer-size", reflect: true },
    rubricSrc: { attribute: "rubric-src" },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    persist: { type: Boolean },
    persistKey: { attribute: "persist-key" },
    languagePicker: { type: Boolean, attribute: "language-picker" },
    theme: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
    otherVisas: { attribute: "other-visas" },
    visaRubrics: { attribute: false }
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
  get lang() {
    return this.#lang;
  }
  set lang(value) {
    const old = this.#lang;
    this.#lang = value ?? "";
    this.requestUpdate("lang", old);
  }
  #lang = "";
  constructor() {
    super();
    this.required = false;
    this.persist = false;
    this.languagePicker = false;
  }
}
function topLevel(headingLevel) {
  const level = Number(headingLevel);
  return level >= 2 && level <= 6 ? Math.floor(level) : 2;
}

export { HostProperties, topLevel };
