// The element's ElementInternals, attached once and shared by the form mixins under a symbol (not public API).
import type { LitElement } from 'lit';

/** The ElementInternals of an element made by `WithInternals` (symbol-keyed: a page cannot reach them). */
export const internals = Symbol();

// `any[]`: TypeScript requires exactly this parameter type of a mixin's base constructor.
export type Constructor<T> = abstract new (...args: any[]) => T;

/** An element with its internals under `[internals]`. */
export interface WithElementInternals {
  readonly [internals]: ElementInternals;
}

/** Attaches the element's internals, as material-web's `mixinElementInternals` does. */
export const WithInternals = <T extends Constructor<LitElement>>(Base: T): T & Constructor<WithElementInternals> => {
  abstract class InternalsElement extends Base {
    /** @internal */
    readonly [internals] = this.attachInternals();
  }
  return InternalsElement;
};
