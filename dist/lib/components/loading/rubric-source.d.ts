import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
/** Why a host's rubric is not in use: the words, in the language shown, and every problem found. */
export interface RubricFailure {
    wording: (t: Messages) => string;
    issues: AssessmentIssue[];
}
export interface RubricSourceHost extends ReactiveControllerHost {
    /** The `rubric-src` attribute. */
    readonly rubricSrc: string | undefined;
}
/** What the source tells the element, through private callbacks (never public methods a page could call). */
export interface RubricSink {
    /** A rubric is being loaded or validated: none is in use meanwhile. */
    loading(): void;
    /** A rubric is now in use (validated and frozen). */
    changed(rubric: Rubric): void;
    /** The host's rubric could not be used; no rubric is in use until it is fixed. */
    failed(failure: RubricFailure): void;
}
/**
 * Where the widget's rubric comes from: built in, set by the host as a
 * property, or fetched from `rubric-src` (in that order of precedence, the
 * last one winning). Host rubrics are copied, validated and frozen before
 * use; a load in flight is cancelled when it is no longer wanted (the source
 * changes or goes, or the element leaves the page) and gives up after
 * `timeout` ms.
 */
export declare class RubricSource implements ReactiveController {
    #private;
    /** The rubric in use, or null while one loads or after a failure. */
    rubric: Rubric | null;
    /** Resolves when the current load has ended, in use or failed; null when none is under way. */
    pending: Promise<void> | null;
    constructor(host: RubricSourceHost, sink: RubricSink);
    hostConnected(): void;
    hostUpdate(): void;
    hostDisconnected(): void;
    /** The `rubric` property. Never throws: problems are reported through the host. Null or undefined: the built-in rubric. */
    setRubric(value: unknown): void;
    /**
     * Milliseconds a rubric-src load may take: a positive number, at most
     * 2^31 − 1 (setTimeout's own limit, past which it fires at once; Infinity
     * is that too). Anything else (NaN, negative, not a number) is the default, 15 s.
     */
    get timeout(): number;
    set timeout(value: number);
    /** Whether "Try again" can do anything: a rubric-src to fetch again, or a validator file to load again. */
    get retryable(): boolean;
    /** The `rubric-src` attribute: loads it, or goes back to the rubric set (else the built-in one) without it. */
    setSource(src: string | undefined): void;
    /** Loads `rubric-src`, or the rubric set, again (the "Try again" button). */
    retry(): void;
}
