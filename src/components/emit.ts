// How the element's events leave it: a copy of their detail, dispatched once the page's scripts can hear them.
import type { AssessmentErrorEvent, AnswerEvent, LanguageChangeEvent, ScoreEvent } from './events.js';
import { afterPageScripts } from './loading/page-ready.js';
import { copied } from './state/plain-json.js';

/** One of the element's typed events. */
export type AssessmentEvent = ScoreEvent | AnswerEvent | LanguageChangeEvent | AssessmentErrorEvent;

/** Events of an element not yet in a document, by element: dispatched once it is (`connected`). */
const unheard = new WeakMap<EventTarget, AssessmentEvent[]>();

/**
 * Fires a `Type` event on `host` with a copy of `detail`: a listener that
 * edits the detail (a privacy scrub, say) changes nothing in the widget. Made
 * now, dispatched once the page's own scripts have run (page-ready.ts) and
 * the element is in a document: a framework sets `answers` before it inserts
 * the element, and a listener on the document (or one the framework adds
 * after the insertion) would never hear what that prefill got wrong.
 */
export function emit<T>(host: EventTarget, Type: new (detail: T) => AssessmentEvent, detail: T): void {
  const event = new Type(copied(detail));
  afterPageScripts(() => {
    if ((host as Partial<Node>).isConnected === false) {
      const waiting = unheard.get(host);
      if (waiting) waiting.push(event);
      else unheard.set(host, [event]);
    } else host.dispatchEvent(event);
  });
}

/**
 * `host` is in a document: the events it fired before are dispatched, in
 * order, after the task that inserted it (a framework adds its listeners in
 * that task, after the insertion).
 */
export function connected(host: EventTarget & { readonly isConnected: boolean }): void {
  if (!unheard.has(host)) return;
  queueMicrotask(() => {
    const waiting = unheard.get(host);
    if (!waiting || !host.isConnected) return;
    unheard.delete(host);
    for (const event of waiting) host.dispatchEvent(event);
  });
}
