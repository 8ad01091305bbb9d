import type { Answers, Condition, Parameter, Rubric } from './types.js';
/** What a condition is evaluated against. */
export interface ConditionContext {
    rubric: Rubric;
    answers: Answers;
    /**
     * `total` and every category id, once every scored question that is asked
     * has an answer (`scoresOf` in assess.ts); absent before, when no score
     * condition holds.
     */
    scores?: Readonly<Record<string, number>> | undefined;
}
/** A condition with its outcome, and the outcomes of its parts: the reason a pathway holds or not. */
export interface ConditionTrace {
    condition: Condition;
    holds: boolean;
    parts?: ConditionTrace[];
}
/**
 * Whether a condition holds. An unanswered question never satisfies a
 * condition, so a missing answer can only withhold a pathway, never grant it.
 * Callers pass the answers of the questions asked (`answersAsked`): an answer
 * kept for a question no longer asked decides nothing.
 */
export declare function holds(condition: Condition, context: ConditionContext): boolean;
/** Like `holds`, keeping the outcome of every part, for explaining a pathway to a person. */
export declare function trace(condition: Condition, context: ConditionContext): ConditionTrace;
/**
 * `atLeast` in the answer's own unit. Salary bands are multiples of GNI per
 * capita: multiplying here (`k * gni`), rather than dividing the salary, keeps
 * an answer of exactly 3x GNI at exactly the threshold, with no float drift.
 */
export declare function threshold(rubric: Rubric, atLeast: number, scale: string | undefined): number;
/** A rubric parameter by id. */
export declare const parameter: (rubric: Rubric, id: string) => Parameter | undefined;
