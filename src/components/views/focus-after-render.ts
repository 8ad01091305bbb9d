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
  /** Where a loading status that had focus before this update sat (its section, else its parent); null if none had focus. */
  #loadingPlace: Element | null = null;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus goes to the element `selector` finds in the widget once it is rendered. */
  next(selector: string): void {
    this.#selector = selector;
  }

  hostUpdate(): void {
    const active = (this.#host.renderRoot as ShadowRoot).activeElement;
    this.#loadingPlace = active?.matches('.loading') ? (active.closest('section') ?? active.parentElement) : null;
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    const place = this.#loadingPlace;
    if (this.#selector) root.querySelector<HTMLElement>(this.#selector)?.focus();
    else if (place && !root.activeElement) {
      // A loading status that had focus (after "Try again", on the way to the
      // result, opening the other visas) and is gone: focus follows to what
      // took its place, a failure's "Try again" in the same section first
      // (never back up to the result's heading), never to the page's <body>.
      const there = place.isConnected ? place.querySelector<HTMLElement>('[role="alert"] button, .loading') : null;
      (there ?? root.querySelector<HTMLElement>('#result-title,#step-title,.loading,.problem button'))?.focus();
    }
    this.#selector = null;
    this.#loadingPlace = null;
  }
}
