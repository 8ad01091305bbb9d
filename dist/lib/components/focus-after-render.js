class FocusAfterRender {
  #host;
  #selector = null;
  constructor(host) {
    this.#host = host;
    host.addController(this);
  }
  /** Focus goes to the element `selector` finds in the widget once it is rendered. */
  next(selector) {
    this.#selector = selector;
  }
  hostUpdated() {
    if (this.#selector) this.#host.renderRoot.querySelector(this.#selector)?.focus();
    this.#selector = null;
  }
}

export { FocusAfterRender };
