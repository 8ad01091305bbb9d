import type { Answers, Question, Rubric } from '../../rubric/types.js';
import { type AssessmentEvent } from '../emit.js';
import { type ScoreDetail } from '../events.js';
import type { FormEntry } from '../form/form-associated.js';
import { LanguageController } from '../i18n/language-controller.js';
import { ResultViewLoader } from '../loading/result-view-loader.js';
import { RubricSource } from '../loading/rubric-source.js';
import { FocusAfterRender } from '../views/focus-after-render.js';
import { AnswersStore } from './answers-store.js';
import { ApplicantActions } from './applicant-actions.js';
import { Assessments } from './assessments.js';
import { type OtherVisasHost, OtherVisasState } from '../other-visas/state.js';
import { Notices } from './notices.js';
import * as steps from './step-flow.js';
import { StoredAnswers } from './stored-answers.js';
import { WhatIf } from './what-if.js';
/** The element, through its public properties (the other visas read some of them too). */
export interface StateHost extends OtherVisasHost {
    readonly hasUpdated: boolean;
    lang: string;
    readonly employerSize: string | undefined;
    readonly rubricSrc: string | undefined;
    readonly required: boolean | undefined;
    answers: Answers;
}
/**
 * Owns the element's controllers and the parts of its state, and wires them
 * to each other through private callbacks (sinks): no controller calls the
 * element's public API to report. Every change asks the element to render.
 */
export declare class AssessmentState {
    #private;
    readonly source: RubricSource;
    readonly stored: StoredAnswers;
    readonly languages: LanguageController;
    readonly focus: FocusAfterRender;
    readonly whatIf: WhatIf;
    readonly resultView: ResultViewLoader;
    readonly store: AnswersStore;
    readonly notices: Notices;
    readonly assessments: Assessments;
    /** The answers only the other visas ask, and their view once loaded (other-visas/). */
    readonly others: OtherVisasState;
    readonly actions: ApplicantActions;
    constructor(host: StateHost, languageTimeout: () => number);
    /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
    hostAttributes(): Record<string, string | undefined>;
    typedError(question: Question, typed: string): string | undefined;
    emit<T>(Type: new (detail: T) => AssessmentEvent, detail: T): void;
    /** The applicant chose a language in the widget's menu. */
    chooseLanguage(code: string): void;
    /** The rubric in use, set once the answers fit it; null while one loads or after it failed. */
    get rubric(): Rubric | null;
    set rubric(rubric: Rubric | null);
    /** The step shown (or the result) and its errors. */
    get flow(): steps.Flow;
    set flow(flow: steps.Flow);
    /** The assessment of the answers given, or null while no rubric is in use. */
    get current(): ScoreDetail | null;
    steps(rubric: Rubric): number[];
    stepErrors(rubric: Rubric, step: number): Record<string, string>;
    /** The page's `answers` (already copied): invalid entries reported, the result shown announced again. */
    setAnswers(value: Answers): void;
    reset(): void;
    /** History navigation gives back the step or result and the answers (`state`, as `formEntry()` made it). */
    restoreForm(state: string): void;
    /** What the enclosing form submits (the result as JSON) and keeps for history navigation. */
    formEntry(): FormEntry;
    /** `reportValidity()`: the first step with an unanswered question, its errors shown as Next shows them. */
    showInvalid(): void;
    /**
     * The element's `lang` changed. Field errors are worded text: they go (Next
     * brings them back in the new language), and a number typed before the
     * switch is shown the new language's way (55.000.000 in Vietnamese), unless
     * it is not one yet. A notice about the language itself is the old one's.
     */
    languageChanged(): void;
    /**
     * Before a render, after the controllers (a new language is loading, so a
     * notice waits to be worded in it): what the host set is checked, and the
     * events of what is found wait for the render that shows it.
     */
    beforeRender(langChanged: boolean): void;
    /** After the render: the events it shows, in the order they happened. */
    afterRender(current: ScoreDetail | null): void;
    /** What `updateComplete` waits for: a rubric or a language loading, and on the result its view. */
    get pending(): Promise<unknown> | null;
}
