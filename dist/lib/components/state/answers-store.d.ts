import type { ReactiveControllerHost } from 'lit';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../../rubric/types.js';
import { plausibleAnswers } from '../question-types/answers.js';
/** Answers that could not be kept, and why, for the element to report. */
export interface Unkept {
    issues: AssessmentIssue[];
    problems: ReturnType<typeof plausibleAnswers>['problems'];
}
/**
 * The applicant's answers. Answers are never edited in place, only replaced,
 * so an answers object names one state (the assessments are cached by it).
 * Every change asks the element to render; a change the applicant or the
 * page makes goes through `commit()`, the one save point (`save`: with
 * `persist`, for a reload and the page's other tabs).
 */
export declare class AnswersStore {
    #private;
    /** The answers given, by question id. */
    given: Record<string, AnswerValue>;
    /** What was typed into number fields, kept while it is not (yet) a number. */
    typed: Record<string, string>;
    constructor(host: ReactiveControllerHost, save: () => void);
    /** The one save point: these are the answers given now, and they are stored. */
    commit(answers: Record<string, AnswerValue>): void;
    /** One answer given (`undefined`: cleared); false when it is the answer already there (typing "160," after "160"). */
    answer(questionId: string, value: AnswerValue | undefined): boolean;
    /** The text in a number field now. */
    type(questionId: string, text: string): void;
    /** Typed text is shown from the answers again (a number typed before a language switch is shown the new way), unless it is no answer yet. */
    forgetTyped(keepUnanswered?: boolean): void;
    /**
     * The page's `answers`: with `persist`, its first prefill is laid over the
     * answers there (stored, or brought back by Back); otherwise, and later,
     * they replace them. `rubric`: null while none is in use (the answers are
     * then kept, and checked when it arrives). Returns what could not be kept,
     * or null when nothing changed past the answers (the same prop again, a
     * framework re-rendering, changes nothing and keeps the text being typed).
     */
    fromHost(value: Answers, rubric: Rubric | null, persist: boolean): Unkept | null;
    /** History navigation brought the applicant's answers back: the page's next prefill is laid over them, as a first one. */
    forgetHostAnswers(): void;
    /**
     * A new rubric is in use: the answers that fit it are kept (with those an
     * earlier switch set aside, rubric A → B → A; an answer given that fits
     * wins, and one that does not leaves the set-aside answer to the same
     * question in its place) and the rest set aside. Returns the problems that
     * are news. No render is asked for: the rubric's own change asks, with the
     * answers already fitted.
     */
    fit(rubric: Rubric): Unkept;
    /** Answers stored before: added under the answers given (those win). */
    addStored(stored: Record<string, AnswerValue>): void;
    /** Another tab changed the stored answers: they are the answers here, and a field whose answer changed shows it. */
    follow(stored: Record<string, AnswerValue>): void;
    /** No answers, nothing typed or set aside. */
    clear(): void;
}
