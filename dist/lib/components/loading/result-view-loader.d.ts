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
    /** Resolves when a load under way has ended (loaded or failed), then when the result's render after its first paint is asked for; null when neither is under way. */
    get pending(): Promise<void> | null;
    constructor(host: ResultViewHost, sink: ResultViewSink);
    hostConnected(): void;
    hostUpdated(): void;
    /**
     * Once the view is here, and again on the last step: the result for
     * `context()` is made while the browser is idle, off the page, and dropped.
     * Lit prepares a template (parses its HTML) the first time it renders it,
     * and the engine's advice runs slowly its first time: done ahead, once per
     * page, that work no longer delays the paint after "See my result" (about
     * half of it at 4× CPU slowdown). Early, as the applicant may reach the
     * result soon; on the last step again, whose answers (nearly all given)
     * take the branches the result will. Two idle tasks, the words then the
     * nodes, so that a click never waits for a long one. Without the other
     * visas, whose section would start fetching their file.
     */
    warm(context: () => ResultContext, last: boolean): void;
    /**
     * The result view for `context`; while it loads, a status worded
     * `loading`, which keeps focus (tabindex -1) until the view replaces it.
     */
    render(context: ResultContext, loading: string): TemplateResult;
}
export {};
