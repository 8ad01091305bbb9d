// Constraint validation: `validity`, `checkValidity()` and `reportValidity()` as a native input's, from the form entry.
import type { LitElement, PropertyValues } from 'lit';
import { type Constructor, internals } from './element-internals.js';
import { type FormEntryHook, formEntry } from './form-associated.js';

// The validation half of a native input's surface, kept apart from form
// association as material-web's constraint-validation behavior is
// (github.com/material-components/material-web, in labs/behaviors): validity follows every state change synchronously, and the
// browser's message points at the control that needs an answer.

/** Brings the first unanswered question into view with its error (rendered by the next update). */
export const showInvalid = Symbol();

/** What the mixin adds to the element. */
export interface ConstraintValidationMembers {
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

/** What the element implements for the mixin. */
export interface ShowInvalidHook extends FormEntryHook {
  [showInvalid](): void;
}

/** Adds the validity of a native input, read from the element's `[formEntry]()` (`invalid`, `anchor`). */
export const ConstraintValidation = <T extends Constructor<LitElement & FormEntryHook>>(
  Base: T,
): T & Constructor<ConstraintValidationMembers & ShowInvalidHook> => {
  abstract class ConstraintValidationElement extends Base implements ShowInvalidHook {
    /** @internal */
    abstract [showInvalid](): void;

    /** As a native input's: `valueMissing` while `required`, unfinished and not disabled. */
    get validity(): ValidityState {
      return internals(this).validity;
    }

    /** Why it is invalid, naming the first unanswered question, or `''`. */
    get validationMessage(): string {
      return internals(this).validationMessage;
    }

    /** Whether the form validates it: `false` while disabled. */
    get willValidate(): boolean {
      return internals(this).willValidate;
    }

    /** `false`, and an `invalid` event, while `required` and unfinished; shows nothing (as a native input's). */
    checkValidity(): boolean {
      return internals(this).checkValidity();
    }

    /**
     * Like `checkValidity()`, and when invalid it shows why: it goes to the
     * step of the first unanswered question, shows the step's errors and
     * focuses that question.
     */
    reportValidity(): boolean {
      if (internals(this).validity.valid) return true;
      this[showInvalid]();
      // Render now, so the question exists to anchor the browser's message and take focus.
      this.performUpdate();
      this.#anchor()?.focus();
      return internals(this).reportValidity();
    }

    override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
      super.requestUpdate(...args);
      if (this.hasUpdated) this.#setValidity();
    }

    protected override update(changed: PropertyValues): void {
      super.update(changed);
      this.#setValidity();
    }

    #setValidity(): void {
      const { invalid, anchor } = this[formEntry]();
      // As a native input's: a disabled one lacks nothing (valid, no message).
      internals(this).setValidity(
        { valueMissing: !!invalid && !this.matches(':disabled') },
        invalid,
        this.#anchor(anchor),
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
    #anchor(selector = this[formEntry]().anchor): HTMLElement | undefined {
      const root = this.renderRoot;
      const find = (scope: string, css: string) => root?.querySelector<HTMLElement>(`${scope} ${css}`);
      return (
        (selector && find('[part~="step"]', selector)) ||
        find('[part~="step"]', '[type=submit]') ||
        find('[part~="result"] >', '.nav > button') ||
        find('', ':is(input,button):not([part~="language-picker"] *)') ||
        undefined
      );
    }
  }
  return ConstraintValidationElement;
};
