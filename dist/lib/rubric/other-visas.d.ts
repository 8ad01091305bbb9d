import { type LeafCondition } from './advice.js';
import type { AnswerValue, Answers, AssessmentIssue, LocalizedText, NextStep, Question, Rubric, Source } from './types.js';
/** `met`: a route holds; `not-met`: none can on these answers; `needs-answers`: one may, once the questions in `missing` are answered. */
export type VisaStatus = 'met' | 'not-met' | 'needs-answers';
/** One fact that decides a visa: a condition on an answer or a score, whether it holds, and how far off it is. */
export interface VisaFact {
    condition: LeafCondition;
    holds: boolean;
    /** The answer it was decided on (an assumed one when `assumed`), if any. */
    answer?: AnswerValue;
    /** True when the answer was not given but assumed (see `Question.assumedAnswer`). */
    assumed?: boolean;
    /** How far off, when it does not hold: points for a score, the answer's own unit (won, years) for a number. */
    short?: number;
}
/** The points of a visa with a points table. */
export interface VisaPoints {
    /** Base plus bonus, less deductions, each group within its caps. */
    total: number;
    passMark: number;
    /** The base maximum (without bonus). */
    max: number;
    /** The most the bonus groups can add. */
    bonusMax: number;
    /** Points per category id, each within its caps. */
    categories: Record<string, number>;
    /** False while a scored question is unanswered: the total is then partial. */
    complete: boolean;
}
/** An answer assumed because it was not asked: a condition the applicant must also meet. */
export interface AssumedAnswer {
    question: string;
    answer: AnswerValue;
}
/** What one visa says about a set of answers. An estimate, never a decision. */
export interface VisaResult {
    rubricId: string;
    rubricVersion: string;
    title: LocalizedText;
    status: VisaStatus;
    /** Ids of the routes (pathways, alternatives aside) that hold, in rubric order. */
    met: string[];
    /** The route that decides: the first met, else the nearest open one, else the first. */
    route?: string;
    /** Present when the visa has a points table (a rubric whose `total` is above 0). */
    points?: VisaPoints;
    /** The facts that decide `route`: those that make it hold, or those it lacks. */
    facts: VisaFact[];
    /** Answers assumed because they were not asked: conditions the applicant must also meet. */
    assumed: AssumedAnswer[];
    /** Ids of the questions still to answer for this visa (not counting assumed ones), in rubric order. */
    missing: string[];
    /** The sources of the deciding route, else of the rubric. */
    sources: Source[];
    /** What to do next, from the deciding route. */
    next: NextStep[];
    reviewDate?: string;
    /** True when the assessment's date is after the rubric's review date: its figures may be out of date. */
    outdated: boolean;
    /** Answers this rubric cannot use (an option it lacks), each with its question id; they count as unanswered. */
    issues: AssessmentIssue[];
}
/**
 * One visa on a set of answers. Answers to other rubrics' questions are
 * ignored; an answer this rubric cannot read is reported in `issues` and
 * counts as unanswered; never throws on answers.
 */
export declare function assessVisa(rubric: Rubric, given: Answers, today?: Date): VisaResult;
/**
 * Every visa on the same answers, in the order given. `today` decides
 * `outdated` (each rubric's review date), the local clock's today by default.
 */
export declare function assessOtherVisas(rubrics: readonly Rubric[], answers: Answers, today?: Date): VisaResult[];
/**
 * The questions these rubrics still need, each once (by id, the first
 * rubric's wording), in rubric and step order: those asked with these answers,
 * unanswered, and not assumed. Ask them in one step; as answers come, ask
 * again (an answer may bring a follow-up question, such as the years on a
 * status once the status is given).
 */
export declare function questionsToAsk(rubrics: readonly Rubric[], answers: Answers): Question[];
/**
 * Questions that share an id across rubrics but cannot share an answer: a
 * different type or unit, or option ids that differ. Answers are shared by
 * id, so these would be asked once and read wrongly by one of them.
 */
export declare function sharedQuestionIssues(rubrics: readonly Rubric[]): AssessmentIssue[];
