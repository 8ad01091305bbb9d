import type { LitElement } from 'lit';
import { type Constructor } from './element-internals.js';
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
export declare const FormAssociated: <T extends Constructor<LitElement>>(Base: T) => T & Constructor<FormAssociatedMembers & FormEntryHook>;
