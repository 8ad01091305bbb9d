/**
 * Freezes an object and everything in it, and returns it. Rubrics in use are
 * frozen: `el.rubric` may then be handed out as it is, and no page script can
 * change what another instance scores.
 */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
}
