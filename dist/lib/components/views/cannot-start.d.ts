import type { Messages } from '../i18n/messages.js';
/** Why the page keeps the widget from working, in words a page's developer can act on. */
export declare function whyNotStarted(error: unknown): string;
/**
 * Writes `message` into `box` as text (in place of what was there) and fires
 * `assessment-error` on it. `inside` is where the text goes: the element's
 * shadow root when it has one, else the element itself.
 */
export declare function showNotStarted(box: HTMLElement, inside: ParentNode, t: Pick<Messages, 'errorTitle' | 'colon' | 'notStarted'>, why: string): void;
