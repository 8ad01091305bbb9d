import type { AssessmentErrorEvent, AnswerEvent, LanguageChangeEvent, ScoreEvent } from './events.js';
/** One of the element's typed events. */
export type AssessmentEvent = ScoreEvent | AnswerEvent | LanguageChangeEvent | AssessmentErrorEvent;
/**
 * Fires a `Type` event on `host` with a copy of `detail`: a listener that
 * edits the detail (a privacy scrub, say) changes nothing in the widget. Made
 * now, dispatched once the page's own scripts have run (page-ready.ts) and
 * the element is in a document: a framework sets `answers` before it inserts
 * the element, and a listener on the document (or one the framework adds
 * after the insertion) would never hear what that prefill got wrong.
 */
export declare function emit<T>(host: EventTarget, Type: new (detail: T) => AssessmentEvent, detail: T): void;
/**
 * `host` is in a document: the events it fired before are dispatched, in
 * order, after the task that inserted it (a framework adds its listeners in
 * that task, after the insertion).
 */
export declare function connected(host: EventTarget & {
    readonly isConnected: boolean;
}): void;
