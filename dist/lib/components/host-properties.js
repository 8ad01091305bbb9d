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
    lang: {},
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
