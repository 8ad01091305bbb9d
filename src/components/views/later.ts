// What a closed disclosure of the result holds: nothing on its first paint.
import { nothing } from 'lit';
import type { ResultContext } from './result-context.js';

/**
 * What a closed disclosure of the result holds: nothing on the result's first
 * paint (no one has opened it yet, and the render after the paint adds it),
 * else `content()`.
 */
export const later = <T>(context: Pick<ResultContext, 'later'>, content: () => T): T | typeof nothing =>
  context.later ? nothing : content();
