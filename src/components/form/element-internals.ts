// The element's ElementInternals, attached once and shared by the form mixins, out of every page's reach.
import type { LitElement } from 'lit';

// `any[]`: TypeScript requires exactly this parameter type of a mixin's base constructor.
export type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * Each element's internals, kept where only these modules can read them: a
 * symbol-keyed field would show in `Object.getOwnPropertySymbols()`, and a page
 * holding the internals could set the form value past the element.
 */
const attached = new WeakMap<HTMLElement, ElementInternals>();

/** The internals `WithInternals` attached to `element`. */
export const internals = (element: HTMLElement): ElementInternals => attached.get(element) as ElementInternals;

/** Attaches the element's internals once, as material-web's `mixinElementInternals` does. */
export const WithInternals = <T extends Constructor<LitElement>>(Base: T): T => {
  abstract class InternalsElement extends Base {
    constructor(...args: any[]) {
      super(...args);
      attached.set(this, this.attachInternals());
    }
  }
  return InternalsElement;
};
