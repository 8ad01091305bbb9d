import { internals } from './element-internals.js';
import { formEntry } from './form-associated.js';

const showInvalid = /* @__PURE__ */ Symbol();
const ConstraintValidation = (Base) => {
  class ConstraintValidationElement extends Base {
    /** As a native input's: `valueMissing` while `required`, unfinished and not disabled. */
    get validity() {
      return internals(this).validity;
    }
    /** Why it is invalid, naming the first unanswered question, or `''`. */
    get validationMessage() {
      return internals(this).validationMessage;
    }
    /** Whether the form validates it: `false` while disabled. */
    get willValidate() {
      return internals(this).willValidate;
    }
    /** `false`, and an `invalid` event, while `required` and unfinished; shows nothing (as a native input's). */
    checkValidity() {
      return internals(this).checkValidity();
    }
    /**
     * Like `checkValidity()`, and when invalid it shows why: it goes to the
     * step of the first unanswered question, shows the step's errors and
     * focuses that question.
     */
    reportValidity() {
      if (internals(this).validity.valid) return true;
      this[showInvalid]();
      this.performUpdate();
      this.#anchor()?.focus();
      return internals(this).reportValidity();
    }
    requestUpdate(...args) {
      super.requestUpdate(...args);
      if (this.hasUpdated) this.#setValidity();
    }
    update(changed) {
      super.update(changed);
      this.#setValidity();
    }
    #setValidity() {
      const { invalid, anchor } = this[formEntry]();
      internals(this).setValidity(
        { valueMissing: !!invalid && !this.matches(":disabled") },
        invalid,
        this.#anchor(anchor)
      );
    }
    /**
     * Where the browser shows why (a form's submit, `form.reportValidity()`):
     * the unanswered question when it is on the step shown, else the step's
     * Next, which leads to it; on a result left unfinished by the page (its
     * `answers`, `employer-size` removed), the result's first button, Change
     * answers. Never the language menu's button, nor the result's what-if
     * field of that question, folded away where the browser cannot focus it.
     */
    #anchor(selector = this[formEntry]().anchor) {
      const root = this.renderRoot;
      const find = (scope, css) => root?.querySelector(`${scope} ${css}`);
      return selector && find('[part~="step"]', selector) || find('[part~="step"]', "[type=submit]") || find('[part~="result"] >', ".nav > button") || find("", ':is(input,button):not([part~="language-picker"] *)') || void 0;
    }
  }
  return ConstraintValidationElement;
};

export { ConstraintValidation, showInvalid };
