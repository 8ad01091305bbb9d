import { internals } from './element-internals.js';

const formEntry = /* @__PURE__ */ Symbol();
const FormAssociated = (Base) => {
  class FormAssociatedElement extends Base {
    /** A form-associated element: inside a `<form>` it submits its result under `name`. */
    static formAssociated = true;
    #value = null;
    /** The form it belongs to, or `null`, as a native input's. */
    get form() {
      return internals(this).form;
    }
    /** The `<label>` elements that name it. Clicking one moves focus into the widget, as into a native control. */
    get labels() {
      return internals(this).labels;
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
    /** @internal The browser: the `disabled` attribute or an enclosing fieldset changed. */
    formDisabledCallback() {
      this.requestUpdate();
    }
    requestUpdate(...args) {
      super.requestUpdate(...args);
      if (this.hasUpdated) this.#setFormValue();
    }
    update(changed) {
      super.update(changed);
      const disabled = this.matches(":disabled");
      for (const control of this.renderRoot.querySelectorAll("input,select,button"))
        control.disabled = disabled;
      this.#setFormValue();
    }
    #setFormValue() {
      const { value, state } = this[formEntry]();
      this.#value = value;
      internals(this).setFormValue(value, state);
    }
  }
  return FormAssociatedElement;
};

export { FormAssociated, formEntry };
