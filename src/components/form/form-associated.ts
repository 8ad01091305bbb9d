import type { LitElement, PropertyValues } from 'lit';

// The form-control surface of a native input for a form-associated Lit
// element, the way material-web's form-associated and element-internals
// behaviors build it (github.com/material-components/material-web, in
// labs/behaviors): the ElementInternals stay private, the
// browser's own validity, labels and disabled state are passed through, and
// the form value is set synchronously whenever the element's state changes,
// so a listener of the element's own events (or code right after setting a
// property) already reads the new value through FormData.

/** What the element submits, keeps for history restore, and why it may not be submitted yet. */
export interface FormEntry {
  /** The submitted value, or null to submit nothing. */
  value: string | null;
  /** What the browser keeps for history navigation and gives back to `formStateRestoreCallback`. */
  state: string;
  /** Why the form may not be submitted ('' when it may): the element is `required` and incomplete. */
  invalid: string;
  /** A selector for the control the browser's message points at, when it is shown: the first unanswered question's. */
  anchor: string;
}

/** The element's current entry (symbol-keyed: not public API). */
export const formEntry = Symbol();
/** Brings the first unanswered question into view with its error (rendered by the next update). */
export const showInvalid = Symbol();

/** What the mixin adds to the element: the properties and methods of a native form control. */
export interface FormControlMembers {
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  readonly value: string | null;
  disabled: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formDisabledCallback(disabled: boolean): void;
}

/** What the element implements for the mixin. */
export interface FormControlHooks {
  [formEntry](): FormEntry;
  [showInvalid](): void;
}

// `any[]`: TypeScript requires exactly this parameter type of a mixin's base constructor.
type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * Makes a Lit element a form control: `form`, `labels`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`,
 * `value`, and `disabled` (from its own attribute or an enclosing disabled
 * `<fieldset>`: every control inside is disabled, and the browser leaves the
 * element out of the form data and out of validation).
 */
export const FormControl = <T extends Constructor<LitElement>>(Base: T): T & Constructor<FormControlMembers> => {
  abstract class FormControlElement extends Base implements FormControlHooks {
    /** @internal */
    abstract [formEntry](): FormEntry;
    /** @internal */
    abstract [showInvalid](): void;

    /** A form-associated element: inside a `<form>` it submits its result under `name`. */
    static formAssociated = true;

    #internals = this.attachInternals();
    #value: string | null = null;

    /** The form it belongs to, or `null`, as a native input's. */
    get form(): HTMLFormElement | null {
      return this.#internals.form;
    }

    /** The `<label>` elements that name it. Clicking one moves focus into the widget, as into a native control. */
    get labels(): NodeList {
      return this.#internals.labels;
    }

    /** As a native input's: `valueMissing` while `required`, unfinished and not disabled. */
    get validity(): ValidityState {
      return this.#internals.validity;
    }

    /** Why it is invalid, naming the first unanswered question, or `''`. */
    get validationMessage(): string {
      return this.#internals.validationMessage;
    }

    /** Whether the form validates it: `false` while disabled. */
    get willValidate(): boolean {
      return this.#internals.willValidate;
    }

    /** What a form submits under `name`: `result` as JSON, current as soon as an answer changes (inside the `answer` event already); `null` while no rubric is usable. */
    get value(): string | null {
      return this.#value;
    }

    /**
     * Disables every control inside; a disabled widget is neither submitted nor validated.
     * An enclosing disabled `<fieldset>` does the same (the property stays `false`, as a native input's).
     * @default false
     */
    get disabled(): boolean {
      return this.hasAttribute('disabled');
    }

    set disabled(disabled: boolean) {
      // The attribute, synchronously: the browser reads it for form data and validation.
      this.toggleAttribute('disabled', !!disabled);
    }

    /** `false`, and an `invalid` event, while `required` and unfinished; shows nothing (as a native input's). */
    checkValidity(): boolean {
      return this.#internals.checkValidity();
    }

    /**
     * Like `checkValidity()`, and when invalid it shows why: it goes to the
     * step of the first unanswered question, shows the step's errors and
     * focuses that question.
     */
    reportValidity(): boolean {
      if (this.#internals.validity.valid) return true;
      this[showInvalid]();
      // Render now, so the question exists to anchor the browser's message and take focus.
      this.performUpdate();
      this.#anchor()?.focus();
      return this.#internals.reportValidity();
    }

    /** @internal The browser: the `disabled` attribute or an enclosing fieldset changed. */
    formDisabledCallback(): void {
      this.requestUpdate();
    }

    override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
      super.requestUpdate(...args);
      // Before the first render there is nothing to submit yet, and the
      // subclass's fields do not exist while the base class constructs.
      // Between two assignments of one change the state may not be whole yet
      // (a new rubric, the answers not yet checked against it): then the
      // sync in update() is the one that counts.
      try {
        if (this.hasUpdated) this.#sync();
      } catch {}
    }

    protected override update(changed: PropertyValues): void {
      super.update(changed);
      // `:disabled` covers both causes: the attribute and a disabled fieldset.
      const disabled = this.matches(':disabled');
      for (const control of this.renderRoot.querySelectorAll<HTMLInputElement>('input,select,button'))
        control.disabled = disabled;
      this.#sync();
    }

    #sync(): void {
      const { value, state, invalid, anchor } = this[formEntry]();
      this.#value = value;
      this.#internals.setFormValue(value, state);
      // As a native input's: a disabled one lacks nothing (valid, no message).
      this.#internals.setValidity(
        { valueMissing: !!invalid && !this.matches(':disabled') },
        invalid,
        this.#anchor(anchor),
      );
    }

    /**
     * Where the browser shows why (a form's submit, `form.reportValidity()`):
     * the unanswered question when it is on the step shown, else the step's
     * Next, which leads to it.
     */
    #anchor(selector = this[formEntry]().anchor): HTMLElement | undefined {
      const find = (css: string) => this.renderRoot?.querySelector<HTMLElement>(css);
      return (selector && find(selector)) || find('[type=submit]') || find('input,button') || undefined;
    }
  }
  return FormControlElement;
};
