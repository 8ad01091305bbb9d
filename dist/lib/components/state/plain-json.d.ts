/**
 * JSON of plain data (objects, lists, text, numbers, booleans, null), written
 * without calling a `toJSON` a page may have put on Array.prototype or
 * Object.prototype (the old Prototype library did): JSON.stringify would encode every
 * list twice, and the form value would no longer be the result.
 */
export declare function plainJson(value: unknown): string;
/**
 * A copy of an event's detail (plain data): a listener that edits it changes
 * nothing of the widget's. structuredClone where the page has it, else a
 * JSON round trip (the same for such data).
 */
export declare const copied: <T>(detail: T) => T;
