class FocusAfterRender {
  #host;
  #selector = null;
  /** Where a loading status that had focus before this update sat (its section, else its parent); null if none had focus. */
  #loadingPlace = null;
  constructor(host) {
    this.#host = host;
    host.addController(this);
  }
  /** Focus goes to the element `selector` finds in the widget once it is rendered. */
  next(selector) {
    this.#selector = selector;
  }
  hostUpdate() {
    const active = this.#host.renderRoot.activeElement;
    this.#loadingPlace = active?.matches(".loading") ? active.closest("section") ?? active.parentElement : null;
  }
  hostUpdated() {
    const root = this.#host.renderRoot;
    const place = this.#loadingPlace;
    if (this.#selector) root.querySelector(this.#selector)?.focus();
    else if (place && !root.activeElement) {
      const there = place.isConnected ? place.querySelector('[role="alert"] button, .loading') : null;
      (there ?? root.querySelector("#result-title,#step-title,.loading,.problem button"))?.focus();
    }
    this.#selector = null;
    this.#loadingPlace = null;
  }
}

export { FocusAfterRender };
