import type { CheckCondition } from './conditions.js';
import { type RuleContext } from './context.js';
import type { LooseRubric } from './loose.js';
/** The most and fewest points each category's questions add up to, for the category rules. */
export interface CategorySums {
    totals: Map<string, number>;
    minima: Map<string, number>;
}
export declare function checkQuestions(rubric: LooseRubric, context: RuleContext, checkCondition: CheckCondition): CategorySums;
