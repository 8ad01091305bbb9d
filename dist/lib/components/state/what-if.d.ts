import type { ReactiveControllerHost } from 'lit';
import type { Answers, Question, Rubric } from '../../rubric/types.js';
/**
 * The what-if answers an applicant tries on the result. Kept apart from the
 * answers given: `answers`, `result`, the form value and stored answers never
 * see them, and ending the what-if leaves nothing behind.
 */
export declare class WhatIf {
    #private;
    /** The answers tried, or null while no what-if is on. */
    answers: Answers | null;
    /** Why a what-if field's text is not an answer, by question id (the steps' wording). */
    errors: Record<string, string>;
    /** What was typed into each what-if field last (for the one-click fix of a salary typed in millions). */
    typed: Record<string, string>;
    /** The question whose what-if field was changed last, when its text is not an answer: the status region says why, as focus stays there. */
    slip: string | undefined;
    /** The last change brought the answers back to the ones given: the status region says the result given. */
    backToGiven: boolean;
    constructor(host: ReactiveControllerHost);
    /**
     * A what-if field now reads `raw` (`error`: why it is not an answer). The
     * answers to score as a what-if; null when they are back to the answers
     * `given` (the what-if is over); undefined when there is nothing to score.
     */
    change(rubric: Rubric, question: Question, raw: string, given: Answers, error: string | undefined): Answers | null | undefined;
    /** Back to the answers given; `backToGiven`: by a what-if change, whose control keeps focus (the status region says the result given). */
    end(backToGiven?: boolean): void;
}
