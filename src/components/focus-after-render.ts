import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where keyboard focus goes once the next render is on screen: the new
 * step's heading after Next or Back, the error summary when Next found
 * errors, the result's heading on reaching it. Focus follows the applicant's
 * own action only, never a change the host page made.
 */
export class FocusAfterRender implements ReactiveController {
  #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  #selector: string | null = null;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus goes to the element `selector` finds in the widget once it is rendered. */
  next(selector: string): void {
    this.#selector = selector;
  }

  hostUpdated(): void {
    if (this.#selector) this.#host.renderRoot.querySelector<HTMLElement>(this.#selector)?.focus();
    this.#selector = null;
  }
}
