import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Rubric } from '../../rubric/types.js';
import { type Messages } from './messages.js';
export type LanguageHost = ReactiveControllerHost & HTMLElement;
/** What the element hears of a language's file (its notices). */
export interface LanguageSink {
    /** The file did not load: English is shown, and why is said (in English, the language then shown). */
    languageFailed(code: string): void;
    /** The file is here (chosen again after it failed, say: a notice that it did not load no longer holds). */
    languageLoaded(code: string): void;
}
/**
 * Which language the widget shows, and getting it there: the one asked for
 * (own `lang`, else the nearest ancestor's, else the document's) once its file
 * has loaded; until then the one shown before, or nothing on the first render,
 * so a Korean page never flashes English. A file that does not come within
 * `timeout()` ms falls back to English.
 */
export declare class LanguageController implements ReactiveController {
    #private;
    /** Resolves when the language asked for has loaded or failed; null when none is loading. */
    pending: Promise<unknown> | null;
    constructor(host: LanguageHost, timeout: () => number, sink: LanguageSink);
    /** The language asked for, as a tag. */
    get tag(): string;
    /** The language shown, or undefined while the first one loads. */
    get shown(): string | undefined;
    /** The language to word things in now. */
    get lang(): string;
    get messages(): Messages;
    /**
     * The rubric in the language shown. The built-in rubric's texts come with
     * each language's file; a host's rubric carries its own (a copy of the
     * built-in one may have changed its texts, so it is never translated).
     */
    localized(rubric: Rubric): Rubric;
    /** While the language asked for loads, keeps `work` for when it is there and says true; otherwise false. */
    deferred(work: () => void): boolean;
    /** The applicant chose `code` (again): a file that failed is fetched again, even for the language asked already. */
    retry(code: string): void;
    hostUpdate(): void;
}
