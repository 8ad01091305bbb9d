import type { Rubric } from '../../rubric/types.js';
/**
 * `into` with what `from` has and it lacks, matched by key, list items by id
 * (when every item has one) or else by position; `into` itself when nothing is missing.
 */
export declare function added(into: unknown, from: unknown): unknown;
/**
 * The built-in rubric with the texts only the result shows (frozen, as every
 * rubric in use); `builtIn` itself when it has them already.
 */
export declare const withResultTexts: (builtIn: Rubric) => Rubric;
/**
 * A host's copy of the built-in rubric with the texts only the result shows
 * (those it lacks, its own kept): a copy read from `el.rubric` before they
 * came. Not frozen: parts of it are the host's.
 */
export declare const withResultTextsCopy: (copy: unknown) => unknown;
