import type { Rubric } from '../../rubric/types.js';
/**
 * Stored as a rubric of their own would be: the questions are the visa
 * rubrics', so the key names no visa and outlives their yearly editions.
 */
export declare const STORED_AS: Rubric;
/** The widget instance the stored answers belong to. */
export declare const storedInstance: (host: {
    readonly persistKey: string | undefined;
    readonly id: string;
}) => string;
