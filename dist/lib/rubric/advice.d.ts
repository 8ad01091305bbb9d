import type { Answers, Assessment, Changeability, Condition, Question, Rubric } from './types.js';
/** A condition on one answer or one score (not a group). */
export type LeafCondition = Exclude<Condition, {
    all: Condition[];
} | {
    any: Condition[];
}>;
/** One thing a route lacks, and what meeting it would take. */
export interface RouteGap {
    condition: LeafCondition;
    /** How it can change (a score's gap is closed by points, which count as `action`). */
    changeable: Changeability;
    /** How far off: points for a score, the answer's own unit for a number (won, years); absent for a choice. */
    short?: number;
    /** What meeting it would take, in comparable units (see `effortOf`); Infinity when it cannot change. */
    effort: number;
    /**
     * The question is not asked on these answers (no salary without an offer):
     * the gap that would ask it is listed too; this one counts in full (as
     * from nothing) but is not one to show.
     */
    unasked?: boolean;
}
/** How a route stands on these answers. `closed`: it needs something that cannot change ("not open to you on these answers"). */
export type RouteStanding = 'met' | 'open' | 'closed';
export interface RouteOutlook {
    /** The pathway id. */
    id: string;
    alternative: boolean;
    standing: RouteStanding;
    /** The sum of its gaps' efforts: 0 when met, Infinity when closed. */
    effort: number;
    /** The cheapest set of conditions that would meet it (for an "any", its nearest branch). */
    gaps: RouteGap[];
}
/** The words of `changeable`, from least to most within reach (the rubric format's own, not ids of a rubric). */
export declare const CHANGEABILITY: readonly Changeability[];
/** How a question's answer can change: its own `changeable`, else `no` for a `fact`, else `action`. */
export declare const changeabilityOf: (question: Question | undefined) => Changeability;
/**
 * Effort in one unit across kinds of change, so routes can be ranked: a point
 * of a points track is 1; a year that has to accrue is 10 (a year's work is
 * worth more than any single point); a pay rise is its size in percent of the
 * pay needed (an offer at half the threshold is 50); a choice (no size to
 * measure) is 20 when it takes an offer, else 10 (a year, or the applicant's
 * own action). What cannot change is Infinity.
 */
export declare function effortOf(changeable: Changeability, short: number | undefined, unit: 'points' | 'years' | 'KRW' | 'choice', needed?: number): number;
/**
 * How every pathway stands on these answers, in rubric order: met, open (with
 * the cheapest gaps that would meet it and their effort) or closed (it needs
 * an answer that cannot change).
 */
export declare function routeOutlooks(rubric: Rubric, answers: Answers, assessment: Assessment): RouteOutlook[];
/** The route (not an alternative) that is not met but open with the least effort; the rubric's order breaks ties. */
export declare function nearestRoute(outlooks: readonly RouteOutlook[]): RouteOutlook | undefined;
