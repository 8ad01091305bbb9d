/**
 * Freezes an object and everything in it, and returns it. Rubrics in use are
 * frozen: `el.rubric` may then be handed out as it is, and no page script can
 * change what another instance scores.
 */
export declare function frozen<T>(value: T): T;
