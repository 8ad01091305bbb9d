const attached = /* @__PURE__ */ new WeakMap();
const internals = (element) => attached.get(element);
const WithInternals = (Base) => {
  class InternalsElement extends Base {
    constructor(...args) {
      super(...args);
      attached.set(this, this.attachInternals());
    }
  }
  return InternalsElement;
};

export { WithInternals, internals };
