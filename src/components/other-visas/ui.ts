// What the other visas' section remembers per widget beyond its answers: open or not, the step's typed text and errors.
import type { OtherVisasState } from './state.js';

/** What the section remembers per widget beyond its answers. */
export interface Ui {
  /** The applicant opened the section: its step or list shows, not only the summary. */
  open: boolean;
  /** The step is shown (questions left to ask, or "Change these answers"). */
  asking: boolean;
  /** Ids of the questions the step shows: one answered there stays while it is shown. */
  shown: Set<string>;
  typed: Record<string, string>;
  errors: Record<string, string>;
  summary: boolean;
  /** The language last shown: the event's texts are in it. */
  lang: string;
  /** The `other-visas` value last reported as naming no visa. */
  reported: string | undefined;
}

const uis = new WeakMap<OtherVisasState, Ui>();
export const uiOf = (state: OtherVisasState): Ui => {
  let ui = uis.get(state);
  if (!ui)
    uis.set(
      state,
      (ui = {
        open: false,
        asking: true,
        shown: new Set(),
        typed: {},
        errors: {},
        summary: false,
        lang: 'en',
        reported: undefined,
      }),
    );
  return ui;
};

/** Forgets what the section remembered of `state` (after reset()). */
export const forgetUi = (state: OtherVisasState): boolean => uis.delete(state);
