// Where keyboard focus goes once a render the applicant caused is on screen.
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
  /** Focus was on a loading status before this update. */
  #onLoading = false;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus goes to the element `selector` finds in the widget once it is rendered. */
  next(selector: string): void {
    this.#selector = selector;
  }

  hostUpdate(): void {
    this.#onLoading = !!(this.#host.renderRoot as ShadowRoot).activeElement?.matches('.loading');
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    // A loading status that had focus (after "Try again", or on the way to
    // the result) and is gone: focus follows to what took its place, never to
    // the page's <body>.
    const selector =
      this.#selector ??
      (this.#onLoading && !root.activeElement ? '#result-title,#step-title,.loading,.problem button' : null);
    if (selector) root.querySelector<HTMLElement>(selector)?.focus();
    this.#selector = null;
  }
}
