import type { CheckCondition } from './conditions.js';
import { type RuleContext } from './context.js';
import type { LooseRubric } from './loose.js';
import type { CategorySums } from './questions.js';
export declare function checkStructure(rubric: LooseRubric, context: RuleContext, checkCondition: CheckCondition, { totals: categoryTotals, minima: categoryMinima }: CategorySums): void;
/** Every text complete in every well-formed language the rubric claims to speak (a bad code is reported once, elsewhere). */
export declare function checkTexts(rubric: LooseRubric, context: RuleContext, languages: readonly string[]): void;
