/**
 * An id-keyed record's own entry, or undefined. Ids are data: a question
 * named `toString` must find no answer in `{}`, not Object.prototype's.
 */
export declare const own: <T>(record: Readonly<Record<string, T>> | undefined, id: string) => T | undefined;
