// Form association: the element submits its value under `name`, keeps its state for history, and follows `disabled`.
import type { LitElement, PropertyValues } from 'lit';
import { type Constructor, internals } from './element-internals.js';

// The form-association half of a native input's surface, the way
// material-web's form-associated behavior builds it
// (github.com/material-components/material-web, in labs/behaviors): the form value is set
// synchronously whenever the element's state changes, so a listener of the
// element's own events (or code right after setting a property) already
// reads the new value through FormData. Validity is constraint-validation.ts.

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

/** What the mixin adds to the element. */
export interface FormAssociatedMembers {
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly value: string | null;
  disabled: boolean;
  formDisabledCallback(disabled: boolean): void;
}

/** What the element implements for the mixin. */
export interface FormEntryHook {
  [formEntry](): FormEntry;
}

/**
 * Makes a Lit element form-associated: `form`, `labels`, `value`, and
 * `disabled` (from its own attribute or an enclosing disabled `<fieldset>`:
 * every control inside is disabled, and the browser leaves the element out of
 * the form data and out of validation).
 */
export const FormAssociated = <T extends Constructor<LitElement>>(
  Base: T,
): T & Constructor<FormAssociatedMembers & FormEntryHook> => {
  abstract class FormAssociatedElement extends Base implements FormEntryHook {
    /** @internal */
    abstract [formEntry](): FormEntry;

    /** A form-associated element: inside a `<form>` it submits its result under `name`. */
    static formAssociated = true;

    #value: string | null = null;

    /** The form it belongs to, or `null`, as a native input's. */
    get form(): HTMLFormElement | null {
      return internals(this).form;
    }

    /** The `<label>` elements that name it. Clicking one moves focus into the widget, as into a native control. */
    get labels(): NodeList {
      return internals(this).labels;
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

    /** @internal The browser: the `disabled` attribute or an enclosing fieldset changed. */
    formDisabledCallback(): void {
      this.requestUpdate();
    }

    override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
      super.requestUpdate(...args);
      // Before the first render there is nothing to submit yet, and the
      // subclass's fields do not exist while the base class constructs. The
      // element changes its state whole (a new rubric comes with its answers
      // already checked), so every request sees an entry it can make.
      if (this.hasUpdated) this.#setFormValue();
    }

    protected override update(changed: PropertyValues): void {
      super.update(changed);
      // `:disabled` covers both causes: the attribute and a disabled fieldset.
      const disabled = this.matches(':disabled');
      for (const control of this.renderRoot.querySelectorAll<HTMLInputElement>('input,select,button'))
        control.disabled = disabled;
      this.#setFormValue();
    }

    #setFormValue(): void {
      const { value, state } = this[formEntry]();
      this.#value = value;
      internals(this).setFormValue(value, state);
    }
  }
  return FormAssociatedElement;
};
