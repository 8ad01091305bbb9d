import { type RuleContext } from './context.js';
import type { LooseQuestion } from './loose.js';
/** Whether a condition reads a score or the given question (what a `pointsWhen` may not). */
export declare function readsScoreOrItself(condition: unknown, id: string): boolean;
/** Checks one condition tree; `asker`: the question whose askedWhen this is, if it is one. */
export type CheckCondition = (condition: unknown, path: string, asker: LooseQuestion | undefined) => void;
export declare function conditionChecker(context: RuleContext): CheckCondition;
