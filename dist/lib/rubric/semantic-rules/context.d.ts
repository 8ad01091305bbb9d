import type { AssessmentIssue } from '../types.js';
import type { LooseQuestion, LooseRubric } from './loose.js';
export declare const ID: RegExp;
export declare const ID_FORMAT = "must be an id: a lowercase letter, then letters, digits or hyphens";
export declare const isText: (value: unknown) => value is string;
export declare const isObject: (value: unknown) => value is Record<string, unknown>;
/** The checks' shared state for one rubric. */
export interface RuleContext {
    issues: AssessmentIssue[];
    report(path: string, message: string): void;
    /** A number at least (or, `exclusive`, more than) `minimum`, or absent. */
    atLeast(path: string, value: number | undefined, minimum: number, exclusive?: boolean): void;
    /** A list of at least `minimum` items. */
    items(path: string, list: readonly unknown[], minimum: number): void;
    /** Ids are well formed and unique within their list. */
    ids(path: string, list: readonly {
        id: string;
    }[]): void;
    /** A real date written YYYY-MM-DD (then string order is date order), or absent. */
    checkDate(path: string, value: string | undefined): void;
    /** Both dates, the second not before the first. */
    checkPeriod(fromPath: string, from: string | undefined, untilPath: string, until: string | undefined): void;
    /** Every id in a list of source ids names a source. */
    checkSources(path: string, list: readonly string[] | undefined): void;
    checkChangeable(path: string, value: unknown): void;
    questions: Map<string, LooseQuestion>;
    optionIds: Map<LooseQuestion, Set<string>>;
    parameterIds: Set<string>;
    categories: Map<string, LooseRubric['categories'][number]>;
    /** The order questions are asked in: an askedWhen may read only questions asked before its own. */
    order: Map<string, number>;
    /** Condition parts seen so far (conditions and option ids in their lists), held to a limit. */
    conditionParts: number;
}
export declare function ruleContext(rubric: LooseRubric): RuleContext;
