import type { LitElement } from 'lit';
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
export declare const formEntry: unique symbol;
/** Brings the first unanswered question into view with its error (rendered by the next update). */
export declare const showInvalid: unique symbol;
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
type Constructor<T> = abstract new (...args: any[]) => T;
/**
 * Makes a Lit element a form control: `form`, `labels`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`,
 * `value`, and `disabled` (from its own attribute or an enclosing disabled
 * `<fieldset>`: every control inside is disabled, and the browser leaves the
 * element out of the form data and out of validation).
 */
export declare const FormControl: <T extends Constructor<LitElement>>(Base: T) => T & Constructor<FormControlMembers>;
export {};
