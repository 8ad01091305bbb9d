import type { Question, Rubric } from '../../rubric/types.js';
import type { AssessmentEvent } from '../emit.js';
import type { RubricSource } from '../loading/rubric-source.js';
import type { FocusAfterRender } from '../views/focus-after-render.js';
import type { AnswersStore } from './answers-store.js';
import type { Assessments } from './assessments.js';
import type { Notices } from './notices.js';
import type { Flow } from './step-flow.js';
import type { WhatIf } from './what-if.js';
/** What the handlers work on: the element's state (assessment-state.ts). */
export interface ActionsState {
    readonly rubric: Rubric | null;
    flow: Flow;
    readonly store: AnswersStore;
    readonly whatIf: WhatIf;
    readonly focus: Pick<FocusAfterRender, 'next'>;
    readonly notices: Pick<Notices, 'keep'>;
    readonly source: Pick<RubricSource, 'retry'>;
    readonly assessments: Pick<Assessments, 'of'>;
    steps(rubric: Rubric): number[];
    /** Why each question a step asks cannot be counted yet, worded in the language shown. */
    stepErrors(rubric: Rubric, step: number): Record<string, string>;
    typedError(question: Question, typed: string): string | undefined;
    /** Fires one of the element's events. */
    emit<T>(Type: new (detail: T) => AssessmentEvent, detail: T): void;
    chooseLanguage(code: string): void;
}
/** The handlers, made once per element; each is an arrow function a template can hold. */
export declare class ApplicantActions {
    #private;
    constructor(state: ActionsState);
    choice: (question: Question, option: string, ticked?: boolean) => void;
    number: (question: Question, typed: string) => void;
    /**
     * Leaving a number field: a slip such as "150" for a salary is pointed out
     * now, not only on Next. Not when Next is being pressed: the error would
     * push Next down between press and release, and the click would be lost;
     * Next shows it anyway.
     */
    numberDone: (question: Question, typed: string) => void;
    pressNext: () => void;
    next: (event: Event) => void;
    back: () => void;
    /** A what-if change on the result: scored as a scenario, the answers given stay as they are. */
    whatIf: (question: Question, field: HTMLInputElement | HTMLSelectElement) => void;
    /** Back to the real result: the what-if is dropped, the host hears the applicant's result again. */
    restore: () => void;
    changeAnswers: () => void;
    retry: () => void;
    language: (code: string) => void;
}
