import { nothing, html, svg, css } from 'lit';
import { heading } from '../views/heading.js';
import { introWords } from './intro-words.js';

const importView = (attempt) => attempt ? import(
  /* @vite-ignore */
  /* webpackIgnore: true */
  `${new URL("./view.js", import.meta.url).href}?retry=${attempt}`
) : import('./view.js');
let loading = null;
let attempts = 0;
const failed = /* @__PURE__ */ new WeakSet();
const opened = /* @__PURE__ */ new WeakSet();
const requested = /* @__PURE__ */ new WeakSet();
function load(state) {
  if (requested.has(state)) return;
  requested.add(state);
  loading ??= importView(attempts++).then((view) => {
    view.receive?.({ css, html, nothing, svg });
    return view;
  });
  loading.then(
    (view) => view.attach(state, opened.has(state)),
    () => {
      loading = null;
      requested.delete(state);
      failed.add(state);
      state.host.requestUpdate();
    }
  );
}
const sectionOff = (state) => state.host.otherVisas?.trim().toLowerCase() === "off";
function renderOtherVisas(context) {
  const state = context.others;
  if (!state || sectionOff(state)) return nothing;
  if (state.view) return state.view.renderSection(state, context);
  const words = introWords(context.lang);
  if (!context.real.eligible && !failed.has(state)) load(state);
  const open = () => {
    opened.add(state);
    failed.delete(state);
    load(state);
    state.host.requestUpdate();
    void state.host.updateComplete.then(() => state.host.renderRoot.querySelector("#ov-loading")?.focus());
  };
  return html`<section class="other-visas" part="other-visas" aria-labelledby="ov-title">${heading(context.level + 1, words.title, "ov-title")} ${!opened.has(state) ? html`<button part="button" type="button" class="no-print" @click="${open}">${words.check}</button>` : failed.has(state) ? html`<div role="alert"><p>${words.failed}</p><button part="button" type="button" @click="${open}">${context.t.retry}</button></div>` : html`<p role="status" class="loading" id="ov-loading" tabindex="-1">${words.loading}</p>`}</section>`;
}

export { renderOtherVisas, sectionOff };
