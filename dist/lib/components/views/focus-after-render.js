class FocusAfterRender {
  #host;
  #selector = null;
  /** Focus was on a loading status before this update. */
  #onLoading = false;
  constructor(host) {
    this.#host = host;
    host.addController(this);
  }
  /** Focus goes to the element `selector` finds in the widget once it is rendered. */
  next(selector) {
    this.#selector = selector;
  }
  hostUpdate() {
    this.#onLoading = !!this.#host.renderRoot.activeElement?.matches(".loading");
  }
  hostUpdated() {
    const root = this.#host.renderRoot;
    const selector = this.#selector ?? (this.#onLoading && !root.activeElement ? "#result-title,#step-title,.loading,.problem button" : null);
    if (selector) root.querySelector(selector)?.focus();
    this.#selector = null;
  }
}

export { FocusAfterRender };
