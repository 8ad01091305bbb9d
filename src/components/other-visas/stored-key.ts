// Where the other visas' answers are stored with `persist`: read by the main file (reset() clears it
// before their view has ever loaded) and by their own file.
import type { Rubric } from '../../rubric/types.js';

/**
 * Stored as a rubric of their own would be: the questions are the visa
 * rubrics', so the key names no visa and outlives their yearly editions.
 */
export const STORED_AS = { id: 'other-visas', version: '1' } as Rubric;

/** The widget instance the stored answers belong to. */
export const storedInstance = (host: { readonly persistKey: string | undefined; readonly id: string }): string =>
  host.persistKey ?? host.id;
