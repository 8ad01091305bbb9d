import { type TemplateResult } from 'lit';
import { type ConditionTrace } from '../rubric/conditions.js';
import type { Pathway } from '../rubric/types.js';
import { type ResultContext } from './result-context.js';
/**
 * What is missing for a condition that does not hold, as exactly as the
 * answers allow: "12 points short of the pass mark", "Annual salary: KRW
 * 5,000,000 below 3× GNI per capita"; a group of conditions in full.
 */
export declare function renderGap(node: ConditionTrace, context: ResultContext): TemplateResult;
/** The conditions a pathway lists, traced, and those of them not met. */
export declare function traced(pathway: Pathway, context: ResultContext): {
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
 * One pathway as a short checklist: met or not and how many of its
 * conditions are met; the status, every condition, its official basis and,
 * when met, what to do next are one click away (eight routes in full were
 * pages long on a phone).
 */
export declare function renderPathway(pathway: Pathway, context: ResultContext): TemplateResult;
