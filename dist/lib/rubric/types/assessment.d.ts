/**
 * An answer: a choice question's option id, a multi-choice question's list of
 * option ids, or a number question's finite, non-negative number.
 */
export type AnswerValue = string | number | readonly string[];
/** Answers keyed by question id; a missing key is an unanswered question. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;
/** The nearest better answer to a criterion and the points it would add to the total. */
export interface NextAnswer {
    /** The option id, or the smallest number that reaches the next band. */
    answer: AnswerValue;
    /** Points the total gains with that answer (all else unchanged). */
    points: number;
}
export interface CriterionScore {
    /** The question id. */
    id: string;
    category: string;
    points: number;
    max: number;
    /** Whether the question is asked at all with these answers (see `when`). */
    asked: boolean;
    next: NextAnswer | null;
}
/** Everything the engine says about one set of answers. An estimate, never an official decision. */
export interface Assessment {
    rubricId: string;
    rubricVersion: string;
    /** Base points plus bonus points. */
    total: number;
    /** The base maximum (without bonus). */
    max: number;
    passMark: number;
    /** Points per category id, bonus categories included. */
    categories: Record<string, number>;
    /** Points in bonus categories (the sum of those entries of `categories`). */
    bonus: number;
    criteria: CriterionScore[];
    /** Whether each pathway holds, by pathway id, alternatives included. */
    pathways: Record<string, boolean>;
    /** Ids of the pathways that are alternatives (met or not), in rubric order: they never make `eligible`. */
    alternatives: string[];
    /** True when any pathway that is not an alternative holds. */
    eligible: boolean;
    /** True when every question that is asked has an answer. */
    complete: boolean;
    /** Ids of asked questions without an answer, in rubric order. */
    missing: string[];
    /** Ids of the questions asked with these answers, in step order (see `askedWhen`); the others score nothing and decide nothing. */
    asked: string[];
    /** The rubric's review date, if it has one. */
    reviewDate?: string;
    /** True when the assessment's date (by default today, on the local clock) is after `reviewDate`: its figures may be out of date. */
    outdated: boolean;
}
/** One problem found in a rubric or in answers, with where it is. */
export interface AssessmentIssue {
    /** Where: a JSON path in the rubric (`questions.2.options.0.id`) or a question id. */
    path: string;
    message: string;
}
