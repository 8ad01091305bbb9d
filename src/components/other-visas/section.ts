// "Other visas that may fit" in the result view: the button that opens it, and the on-demand load of the visas' own file (view.ts).
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { heading } from '../views/heading.js';
import type { ResultContext } from '../views/result-context.js';
import { introWords } from './intro-words.js';
import type { OtherVisasState } from './state.js';

type View = typeof import('./view.js') & {
  /** The CDN build's visas file takes the Lit this file was handed (scripts/rollup/handed.mjs). */
  receive?: (handed: object) => void;
};

/**
 * The visas' module. A retry asks under a fresh URL: a browser keeps a failed
 * dynamic import's failure for its URL. In the CDN build both specifiers name
 * the built visas file beside the main file (rollup.config.mjs, scripts/rollup/on-demand.mjs).
 */
const importView = (attempt: number): Promise<View> =>
  attempt
    ? import(
        /* @vite-ignore */ /* webpackIgnore: true */ `${new URL('./view.js', import.meta.url).href}?retry=${attempt}`
      )
    : import('./view.js');

/** One load for the page (every widget shares the module); null when none is under way or done. */
let loading: Promise<View> | null = null;
let attempts = 0;
/** Widgets whose load failed: the section says so and offers Try again. */
const failed = new WeakSet<OtherVisasState>();
/** Widgets that asked for the section (its button): it stays open, and focus moves into it once loaded. */
const opened = new WeakSet<OtherVisasState>();

/** Widgets whose load is under way or done. */
const requested = new WeakSet<OtherVisasState>();

function load(state: OtherVisasState): void {
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
    },
  );
}

/** Whether the host turned the section off (`other-visas="off"`). */
export const sectionOff = (state: OtherVisasState): boolean => state.host.otherVisas?.trim().toLowerCase() === 'off';

/**
 * The section after the result: once the visas' file is here, what it
 * renders (view.ts); before, the button that loads and opens it. A result
 * with no route met fetches the file at once (those applicants need it
 * most), and the section shows each visa's status in a line.
 */
export function renderOtherVisas(context: ResultContext): TemplateResult | typeof nothing {
  const state = context.others;
  if (!state || sectionOff(state)) return nothing;
  if (state.view) return (state.view as View['api']).renderSection(state, context);
  const words = introWords(context.lang);
  // No route met: fetched at once, quietly; the applicant still opens it.
  if (!context.real.eligible && !failed.has(state)) load(state);
  const open = () => {
    opened.add(state);
    failed.delete(state);
    load(state);
    state.host.requestUpdate();
    // The button goes: focus goes to the status that replaces it, then into the section (view.ts).
    void state.host.updateComplete.then(() => state.host.renderRoot.querySelector<HTMLElement>('#ov-loading')?.focus());
  };
  return html`<section class="other-visas" part="other-visas" aria-labelledby="ov-title">
    ${heading(context.level + 1, words.title, 'ov-title')}
    ${
      !opened.has(state)
        ? html`<button part="button" type="button" class="no-print" @click=${open}>${words.check}</button>`
        : failed.has(state)
          ? html`<div role="alert"><p>${words.failed}</p><button part="button" type="button" @click=${open}>${context.t.retry}</button></div>`
          : html`<p role="status" class="loading" id="ov-loading" tabindex="-1">${words.loading}</p>`
    }
  </section>`;
}
