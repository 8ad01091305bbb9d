import { type TemplateResult } from 'lit';
import { type ConditionTrace } from '../../rubric/conditions.js';
import type { Pathway } from '../../rubric/types.js';
import type { RouteGap, RouteOutlook } from '../../rubric/advice.js';
import { type ResultContext } from './result-context.js';
/** The gaps worth showing: not those of questions not asked (their askedWhen gap says it), the cheapest first. */
export declare const shownGaps: (outlook: RouteOutlook) => RouteGap[];
/** How a gap can close, in words; nothing for one that cannot. */
export declare const howToClose: (gap: RouteGap, context: ResultContext) => string;
/**
 * One thing a route lacks, as exactly as the answers allow, and how it can
 * come to be met: "12 points short of the pass mark (up to you)", "Annual
 * salary: KRW 5,000,000 below 3× GNI per capita (a better or another offer)",
 * "Needs a job offer from a company or institution in Korea".
 */
export declare function renderGap(gap: RouteGap, context: ResultContext): TemplateResult;
/** The conditions a route lists, traced, and those of them not met. */
export declare function traced(route: Pathway, context: ResultContext): {
    node: ConditionTrace;
    parts: ConditionTrace[];
    missing: ConditionTrace[];
};
/**
 * Numeric thresholds an answer meets with less than 1 % to spare, among the
 * conditions that decide a route met: a small change in pay or in the GNI
 * figure would reverse them. Only conditions whose failing would fail the
 * route count: every part of an "all", and the part of an "any" that alone
 * holds (when two hold, either is enough).
 */
export declare function closeCalls(node: ConditionTrace, context: ResultContext, found: Map<string, string>): Map<string, string>;
/**
 * One route as a short checklist: met or not and how many of its
 * conditions are met; the status, every condition, its official basis and,
 * when met, what to do next are one click away (eight routes in full were
 * pages long on a phone).
 */
export declare function renderRoute(route: Pathway, outlook: RouteOutlook | undefined, context: ResultContext): TemplateResult;
