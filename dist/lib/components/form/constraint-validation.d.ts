import type { LitElement } from 'lit';
import { type Constructor } from './element-internals.js';
import { type FormEntryHook } from './form-associated.js';
/** Brings the first unanswered question into view with its error (rendered by the next update). */
export declare const showInvalid: unique symbol;
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
export declare const ConstraintValidation: <T extends Constructor<LitElement & FormEntryHook>>(Base: T) => T & Constructor<ConstraintValidationMembers & ShowInvalidHook>;
