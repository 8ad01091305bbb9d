import type { AssessmentIssue } from './types.js';
/**
 * How large a rubric may be. Within these, validating, scoring and rendering
 * every view take linear time, and the result shows a bounded number of
 * links (`npm run bench` measures a rubric at these limits); past any of
 * them `parseRubric` throws a RubricError naming it.
 */
export declare const RUBRIC_LIMITS: {
    /** Levels of objects and lists inside one another anywhere in the rubric; a rubric containing itself never ends and is reported as a cycle. */
    readonly depth: 64;
    /** Values in all: every object, list, text, number and boolean counts one. */
    readonly values: 50000;
    /** Items in any one list (options of a question, bands, steps, pathways, benefits…). */
    readonly list: 250;
    /** Characters in any one text. */
    readonly text: 5000;
    /** Characters of all texts together, every language included. */
    readonly characters: 500000;
    readonly questions: 100;
    readonly pathways: 50;
    /** Options of all choice questions together. */
    readonly options: 1000;
    /** Conditions inside conditions (`all` or `any` within `all` or `any`…), counting the outermost. */
    readonly conditionDepth: 16;
    /** Parts of all conditions together: each condition counts one, each option id in an `in` list one more. */
    readonly conditionParts: 1000;
    /** Sources one pathway cites (each is a link under the route in the result). */
    readonly routeSources: 10;
    /** Next steps of one pathway. */
    readonly routeNextSteps: 10;
    /**
     * Links the result can show in all: every source of the rubric, every
     * source a pathway cites and every next step with an address, each time it
     * is shown.
     */
    readonly links: 600;
};
/** The shape of a rubric these limits read (a rubric that passed the schema). */
interface ShownParts {
    sources: readonly {
        url?: string | undefined;
    }[];
    pathways: readonly {
        sources?: readonly string[] | undefined;
        next?: readonly {
            url?: string | undefined;
        }[] | undefined;
    }[];
}
/** What the result would show past the limits: too many sources or next steps on a route, or links in all. */
export declare function shownLimitIssues(rubric: ShownParts): AssessmentIssue[];
/** A number in a message, with thousands separators. */
export declare const count: (value: number) => string;
/**
 * A plain copy of the rubric, read once: what a getter or proxy returns when
 * read, or what a host changes after validation, cannot differ from what was
 * checked. Whatever cannot be JSON data or passes the size limits ends the
 * copy with a RubricError: a cycle, nesting too deep, too many values or
 * characters, too long a list or text, a function or symbol. Arrays and
 * own enumerable keys are copied; `__proto__` stays an ordinary key.
 */
export declare function plainCopy(json: unknown): unknown;
/** Whether the page put an enumerable property on Object.prototype: every `for…in` then sees it. */
export declare function inheritedKeys(): boolean;
/**
 * The checked copy again with ordinary objects (plainCopy makes them without
 * a prototype for the check when `inheritedKeys()`): what `parseRubric`
 * returns behaves like any object a host wrote.
 */
export declare function withPrototypes<T>(value: T): T;
export {};
