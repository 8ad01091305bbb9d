import type { AssessmentErrorEvent, AnswerEvent, LanguageChangeEvent, ScoreEvent } from './events.js';
/** One of the element's typed events. */
export type AssessmentEvent = ScoreEvent | AnswerEvent | LanguageChangeEvent | AssessmentErrorEvent;
/**
 * Fires a `Type` event on `host` with a copy of `detail`: a listener that
 * edits the detail (a privacy scrub, say) changes nothing in the widget. Made
 * now, dispatched once the page's own scripts have run (page-ready.ts).
 */
export declare function emit<T>(host: EventTarget, Type: new (detail: T) => AssessmentEvent, detail: T): void;
