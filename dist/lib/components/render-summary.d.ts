import { type TemplateResult } from 'lit';
import type { Pathway } from '../rubric/types.js';
import { type ResultContext } from './result-context.js';
/**
 * The summary card (GOV.UK result pages, Singapore's COMPASS): the verdict,
 * the route met or the nearest one and exactly what it lacks, the points,
 * the answers that weigh most, how sure the estimate is, and the next step.
 */
export declare function renderSummary(context: ResultContext, routes: Pathway[], stillMet: Pathway[]): TemplateResult;
