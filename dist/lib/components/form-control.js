const formEntry = /* @__PURE__ */ Symbol();
const showInvalid = /* @__PURE__ */ Symbol();
const FormControl = (Base) => {
  class FormControlElement extends Base {
    /** A form-associated element: inside a `<form>` it submits its result under `name`. */
    static formAssociated = true;
    #internals = this.attachInternals();
    #value = null;
    /** The form it belongs to, or `null`, as a native input's. */
    get form() {
      return this.#internals.form;
    }
    /** The `<label>` elements that name it. Clicking one moves focus into the widget, as into a native control. */
    get labels() {
      return this.#internals.labels;
    }
    /** As a native input's: `valueMissing` while `required`, unfinished and not disabled. */
    get validity() {
      return this.#internals.validity;
    }
    /** Why it is invalid, naming the first unanswered question, or `''`. */
    get validationMessage() {
      return this.#internals.validationMessage;
    }
    /** Whether the form validates it: `false` while disabled. */
    get willValidate() {
      return this.#internals.willValidate;
    }
    /** What a form submits under `name`: `result` as JSON, current as soon as an answer changes (inside the `answer` event already); `null` while no rubric is usable. */
    get value() {
      return this.#value;
    }
    /**
     * Disables every control inside; a disabled widget is neither submitted nor validated.
     * An enclosing disabled `<fieldset>` does the same (the property stays `false`, as a native input's).
     * @default false
     */
    get disabled() {
      return this.hasAttribute("disabled");
    }
    set disabled(disabled) {
      this.toggleAttribute("disabled", !!disabled);
    }
    /** `false`, and an `invalid` event, while `required` and unfinished; shows nothing (as a native input's). */
    checkValidity() {
      return this.#internals.checkValidity();
    }
    /**
     * Like `checkValidity()`, and when invalid it shows why: it goes to the
     * step of the first unanswered question, shows the step's errors and
     * focuses that question.
     */
    reportValidity() {
      if (this.#internals.validity.valid) return true;
      this[showInvalid]();
      this.performUpdate();
      this.#anchor()?.focus();
      return this.#internals.reportValidity();
    }
    /** @internal The browser: the `disabled` attribute or an enclosing fieldset changed. */
    formDisabledCallback() {
      this.requestUpdate();
    }
    requestUpdate(...args) {
      super.requestUpdate(...args);
      try {
        if (this.hasUpdated) this.#sync();
      } catch {
      }
    }
    update(changed) {
      super.update(changed);
      const disabled = this.matches(":disabled");
      for (const control of this.renderRoot.querySelectorAll("input,select,button"))
        control.disabled = disabled;
      this.#sync();
    }
    #sync() {
      const { value, state, invalid, anchor } = this[formEntry]();
      this.#value = value;
      this.#internals.setFormValue(value, state);
      this.#internals.setValidity(
        { valueMissing: !!invalid && !this.matches(":disabled") },
        invalid,
        this.#anchor(anchor)
      );
    }
    /**
     * Where the browser shows why (a form's submit, `form.reportValidity()`):
     * the unanswered question when it is on the step shown, else the step's
     * Next, which leads to it.
     */
    #anchor(selector = this[formEntry]().anchor) {
      const find = (css) => this.renderRoot?.querySelector(css);
      return selector && find(selector) || find("[type=submit]") || find("input,button") || void 0;
    }
  }
  return FormControlElement;
};

export { FormControl, formEntry, showInvalid };
