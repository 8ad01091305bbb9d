import { type TemplateResult } from 'lit';
import type { AnswerValue, Rubric } from '../../rubric/types.js';
import type { AssessmentErrorDetail, ScoreDetail } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import { type QuestionContext } from '../question-types/index.js';
/** A problem the widget shows; a fatal one replaces the form (no rubric to score with), a notice sits above it. */
export interface Problem extends AssessmentErrorDetail {
    fatal: boolean;
    /** The message in the language shown. */
    words: (t: Messages) => string;
}
/** What rendering a step needs from the element. */
export interface StepContext extends Pick<QuestionContext, 'rubric' | 'lang' | 't' | 'onChoice' | 'onNumber' | 'onNumberDone'> {
    index: number;
    /** No step before it asks anything (no Back). */
    first: boolean;
    /** No step after it asks anything (Next shows the result). */
    last: boolean;
    /** The level of the widget's own heading (the step's is one below). */
    level: number;
    answers: Readonly<Record<string, AnswerValue | undefined>>;
    /** Ids of the questions this step asks with these answers. */
    asked: ReadonlySet<string>;
    /** Ids the host answered (shown as a note, not asked). */
    preset: ReadonlySet<string>;
    typed: Readonly<Record<string, string>>;
    fieldErrors: Readonly<Record<string, string>>;
    /** Whether the error summary is shown (after Next on this step). */
    summary: boolean;
    presetNote: (id: string) => string;
    onNext: (event: Event) => void;
    onPressNext: () => void;
    onBack: () => void;
}
/** A host's preset answer in words: the question, the answer, and the points it gives. */
export declare function presetNote(rubric: Rubric, lang: string, t: Messages, assessment: ScoreDetail, id: string): string;
/** One step: its questions, the error summary after Next, and Back / Next. */
export declare function renderStep(context: StepContext): TemplateResult;
/**
 * The problems above the form (role=alert: each appears once), with Try again for a failed rubric-src. Their
 * details are the engine's issues, written in English for the site's developers: marked so, for screen readers.
 */
export declare const renderProblems: (problems: readonly Problem[], t: Messages, onRetry: (() => void) | undefined) => TemplateResult<1>[];
