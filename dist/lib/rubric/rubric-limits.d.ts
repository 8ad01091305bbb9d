/**
 * How large a rubric may be. Within these, validating, scoring and rendering
 * every view take linear time (`npm run bench` measures a rubric at these
 * limits); past any of them `parseRubric` throws a RubricError naming it.
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
};
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
