import { type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ResultContext } from '../views/result-context.js';
type ResultView = typeof import('../views/result-view.js') & {
    /** The CDN build's result file takes the main file's Lit (one copy of it on the page), number formats (built once) and language registry. */
    receive?: (handed: object) => void;
};
/** What the element gives the loader. */
export interface ResultViewHost extends ReactiveControllerHost, HTMLElement {
    readonly renderRoot: HTMLElement | DocumentFragment;
}
/** What the loader tells the element, through private callbacks. */
export interface ResultViewSink {
    /**
     * Once the applicant has started, the work to do when the browser is next
     * idle. That work must not hold on to the element: a busy page may not be
     * idle for a long while.
     */
    onStart(): () => void;
    /** The view could not be had, after a retry: the widget says so. */
    failed(error: unknown): void;
}
/**
 * Loads the result view when the applicant first interacts with the widget
 * (and runs `onStart` when the browser is next idle),
 * and renders it once it is there. A failed load is fetched again when the
 * result is wanted; only a second failure is reported.
 */
export declare class ResultViewLoader implements ReactiveController {
    #private;
    /** The loaded module, or null. */
    view: ResultView | null;
    /** Resolves when a load under way has ended (loaded or failed); null when none is. */
    pending: Promise<void> | null;
    constructor(host: ResultViewHost, sink: ResultViewSink);
    hostConnected(): void;
    /**
     * The result view for `context`; while it loads, a status worded
     * `loading`, which keeps focus (tabindex -1) until the view replaces it.
     */
    render(context: ResultContext, loading: string): TemplateResult;
}
export {};
