// Part of the result view's file: the built-in rubric's texts that only the
// result shows. In the CDN build the main file's built-in rubric leaves them
// out and this module's copy of the JSON holds only them, each under the ids
// that place it (scripts/rollup/result-texts.mjs); in the npm build both are
// the whole rubric and nothing is added.
import json from '../../rubric/default-rubric.json' with { type: 'json' };
import { frozen } from '../../rubric/frozen.js';
import type { Rubric } from '../../rubric/types.js';

type Tree = Record<string, unknown>;
const isObject = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/**
 * `into` with what `from` has and it lacks, matched by key, list items by id
 * (when every item has one) or else by position; `into` itself when nothing is missing.
 */
export function added(into: unknown, from: unknown): unknown {
  if (!isObject(into) || !isObject(from) || Array.isArray(into) !== Array.isArray(from)) return into;
  if (Array.isArray(into)) {
    // Routes and questions by id (the main file's lists are the whole lists); any other list by position.
    const list = from as unknown as Tree[];
    const byId = list.every((item) => typeof item?.id === 'string')
      ? new Map(list.map((item) => [item.id, item]))
      : undefined;
    const items = into.map((item: Tree, index) => added(item, byId ? byId.get(item?.id) : list[index]));
    return items.some((item, index) => item !== into[index]) ? items : into;
  }
  let out: Tree | undefined;
  for (const [key, value] of Object.entries(from)) {
    const next = key in into ? added(into[key], value) : value;
    if (next !== into[key]) (out ??= { ...into })[key] = next;
  }
  return out ?? into;
}

/**
 * The built-in rubric with the texts only the result shows (frozen, as every
 * rubric in use); `builtIn` itself when it has them already.
 */
export const withResultTexts = (builtIn: Rubric): Rubric => frozen(added(builtIn, json) as Rubric);

/**
 * A host's copy of the built-in rubric with the texts only the result shows
 * (those it lacks, its own kept): a copy read from `el.rubric` before they
 * came. Not frozen: parts of it are the host's.
 */
export const withResultTextsCopy = (copy: unknown): unknown => added(copy, json);
