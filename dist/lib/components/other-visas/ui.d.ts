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
export declare const uiOf: (state: OtherVisasState) => Ui;
/** Forgets what the section remembered of `state` (after reset()). */
export declare const forgetUi: (state: OtherVisasState) => boolean;
