import type { LitElement } from 'lit';
export type Constructor<T> = abstract new (...args: any[]) => T;
/** The internals `WithInternals` attached to `element`. */
export declare const internals: (element: HTMLElement) => ElementInternals;
/** Attaches the element's internals once, as material-web's `mixinElementInternals` does. */
export declare const WithInternals: <T extends Constructor<LitElement>>(Base: T) => T;
