import { type TemplateResult } from 'lit';
import { type RouteOutlook } from '../../rubric/advice.js';
import type { NextStep, Pathway } from '../../rubric/types.js';
import { type ResultContext } from './result-context.js';
/** The first of a route's next steps that applies to these answers (in Korea, or abroad). */
export declare function firstStep(route: Pathway | undefined, context: ResultContext): NextStep | undefined;
/** Routes are met, and every one rests on an assumption (a reported track: its visa step is ours). */
export declare function reportedOnly(context: ResultContext): boolean;
/**
 * Where every route met rests on an assumption (a reported track), the
 * official alternatives also met and leading here: said beside it, so the
 * applicant learns the route the published texts do give them (E-7-T beside
 * the qualitative track). None where no route is met or one is official.
 */
export declare const alsoMet: (context: ResultContext) => Pathway[];
/**
 * The summary card (GOV.UK result pages, Singapore's COMPASS). Every outcome
 * ends with a next step: a route met, its first step; only an alternative
 * that leads (the job-seeker tier without an offer), its step; nothing, the
 * one or two changeable gaps of the nearest open route and where else to look.
 */
export declare function renderSummary(context: ResultContext, outlooks: readonly RouteOutlook[]): TemplateResult;
