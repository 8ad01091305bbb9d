const uis = /* @__PURE__ */ new WeakMap();
const uiOf = (state) => {
  let ui = uis.get(state);
  if (!ui)
    uis.set(
      state,
      ui = {
        open: false,
        asking: true,
        shown: /* @__PURE__ */ new Set(),
        typed: {},
        errors: {},
        summary: false,
        lang: "en",
        reported: void 0
      }
    );
  return ui;
};
const forgetUi = (state) => uis.delete(state);

export { forgetUi, uiOf };
