import type { ReactiveControllerHost } from 'lit';
import type { AssessmentIssue } from '../../rubric/types.js';
import type { AssessmentErrorDetail } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import type { Problem } from '../views/render-step.js';
/** What the notices need from the element, as private callbacks. */
export interface NoticesSink {
    /** The words of the language shown now. */
    messages(): Messages;
    /** While the language asked for loads, keeps `work` for when it is there and says true. */
    deferred(work: () => void): boolean;
    /** Fires `assessment-error`. */
    emit(detail: AssessmentErrorDetail): void;
}
/**
 * The notices, newest last, one per message. `fatal` ones (no rubric can be
 * used) replace the steps until a rubric is in use again. Events reported
 * while the element renders (`hold()`) wait until that render is on screen.
 */
export declare class Notices {
    #private;
    /** The notices shown. Replaced, never edited: the element renders them as they are. */
    shown: readonly Problem[];
    constructor(host: ReactiveControllerHost, sink: NoticesSink);
    /**
     * Shows a notice and fires `assessment-error`. While the page's language is
     * still loading, both wait for it: the message is worded in the language
     * the widget then shows, whichever arrives first.
     */
    report(words: (t: Messages) => string, issues: AssessmentIssue[], fatal?: boolean): void;
    /** A language not shown: the notice (in English, the language then shown) and why; `failed`: its file did not load. */
    english(code: string, why: string, failed?: boolean): void;
    /** A language's file did not load: English, with a notice saying so until it does. */
    languageFailed(code: string): void;
    /** A language's file is here (chosen again after it failed): the notice that it did not load no longer holds. */
    languageLoaded(code: string): void;
    /** Only the notices `keep` says yes to stay. */
    keep(keep: (problem: Problem) => boolean): void;
    /** From now until `release()` (the render that shows them is on screen), events wait. */
    hold(): void;
    release(): void;
}
