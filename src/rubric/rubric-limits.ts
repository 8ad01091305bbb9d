// How big a rubric may be, and the plain copy that enforces it while reading
// the host's value once (a getter or proxy cannot change what is checked).
import { RubricError } from './errors.js';
import type { AssessmentIssue } from './types.js';

/**
 * How large a rubric may be. Within these, validating, scoring and rendering
 * every view take linear time, and the result shows a bounded number of
 * links (`npm run bench` measures a rubric at these limits); past any of
 * them `parseRubric` throws a RubricError naming it.
 */
export const RUBRIC_LIMITS = {
  /** Levels of objects and lists inside one another anywhere in the rubric; a rubric containing itself never ends and is reported as a cycle. */
  depth: 64,
  /** Values in all: every object, list, text, number and boolean counts one. */
  values: 50_000,
  /** Items in any one list (options of a question, bands, steps, pathways, benefits…). */
  list: 250,
  /** Characters in any one text. */
  text: 5_000,
  /** Characters of all texts together, every language included. */
  characters: 500_000,
  questions: 100,
  pathways: 50,
  /** Options of all choice questions together. */
  options: 1_000,
  /** Conditions inside conditions (`all` or `any` within `all` or `any`…), counting the outermost. */
  conditionDepth: 16,
  /** Parts of all conditions together: each condition counts one, each option id in an `in` list one more. */
  conditionParts: 1_000,
  /** Sources one pathway cites (each is a link under the route in the result). */
  routeSources: 10,
  /** Next steps of one pathway. */
  routeNextSteps: 10,
  /**
   * Links the result can show in all: every source of the rubric, every
   * source a pathway cites and every next step with an address, each time it
   * is shown.
   */
  links: 600,
} as const;

/** The shape of a rubric these limits read (a rubric that passed the schema). */
interface ShownParts {
  sources: readonly { url?: string | undefined }[];
  pathways: readonly {
    sources?: readonly string[] | undefined;
    next?: readonly { url?: string | undefined }[] | undefined;
  }[];
}

/** What the result would show past the limits: too many sources or next steps on a route, or links in all. */
export function shownLimitIssues(rubric: ShownParts): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  let links = rubric.sources.length;
  rubric.pathways.forEach((pathway, index) => {
    const sources = pathway.sources?.length ?? 0;
    const next = pathway.next?.length ?? 0;
    if (sources > RUBRIC_LIMITS.routeSources)
      issues.push({
        path: `pathways.${index}.sources`,
        message: `cites ${count(sources)} sources; at most ${RUBRIC_LIMITS.routeSources} are allowed`,
      });
    if (next > RUBRIC_LIMITS.routeNextSteps)
      issues.push({
        path: `pathways.${index}.next`,
        message: `has ${count(next)} next steps; at most ${RUBRIC_LIMITS.routeNextSteps} are allowed`,
      });
    links += sources + (pathway.next?.filter((step) => step.url).length ?? 0);
  });
  if (links > RUBRIC_LIMITS.links) {
    issues.push({
      path: '',
      message: `would show ${count(links)} links (its sources, the sources each pathway cites, and next steps with an address); at most ${count(RUBRIC_LIMITS.links)} are allowed`,
    });
  }
  return issues;
}

/** A number in a message, with thousands separators. */
export const count = (value: number) => value.toLocaleString('en');

/**
 * A plain copy of the rubric, read once: what a getter or proxy returns when
 * read, or what a host changes after validation, cannot differ from what was
 * checked. Whatever cannot be JSON data or passes the size limits ends the
 * copy with a RubricError: a cycle, nesting too deep, too many values or
 * characters, too long a list or text, a function or symbol. Arrays and
 * own enumerable keys are copied; `__proto__` stays an ordinary key.
 */
export function plainCopy(json: unknown): unknown {
  const bare = inheritedKeys();
  const path: (string | number)[] = [];
  const ancestors = new Set<object>();
  let values = 0;
  let characters = 0;
  const fail = (message: string, where = path.join('.')): never => {
    throw new RubricError([{ path: where, message }]);
  };
  /** A read of the host's object: a getter or a proxy trap may throw. */
  const read = <T>(get: () => T): T => {
    try {
      return get();
    } catch {
      return fail('could not be read: reading it threw an error');
    }
  };
  const copy = (value: unknown): unknown => {
    if (++values > RUBRIC_LIMITS.values)
      fail(`has more than ${count(RUBRIC_LIMITS.values)} values (objects, lists, texts and numbers) in all`, '');
    if (typeof value === 'string') {
      if (value.length > RUBRIC_LIMITS.text) fail(`is longer than ${count(RUBRIC_LIMITS.text)} characters`);
      if ((characters += value.length) > RUBRIC_LIMITS.characters)
        fail(`has more than ${count(RUBRIC_LIMITS.characters)} characters of text in all`, '');
      return value;
    }
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      fail(`must be JSON data (text, a number, true or false, a list or an object), not a ${typeof value}`);
    if (typeof value !== 'object' || value === null) return value;
    if (ancestors.has(value)) fail('contains itself (a cycle)');
    if (ancestors.size >= RUBRIC_LIMITS.depth) fail(`is nested more than ${RUBRIC_LIMITS.depth} levels deep`);
    ancestors.add(value);
    let result: unknown;
    if (read(() => Array.isArray(value))) {
      const length = read(() => Number((value as unknown[]).length));
      if (length > RUBRIC_LIMITS.list)
        fail(`has ${count(length)} items; at most ${count(RUBRIC_LIMITS.list)} are allowed`);
      const list: unknown[] = [];
      for (let index = 0; index < length; index += 1) {
        path.push(index);
        list.push(copy(read(() => (value as unknown[])[index])));
        path.pop();
      }
      result = list;
    } else {
      const entries: [string, unknown][] = [];
      for (const key of read(() => Object.keys(value))) {
        path.push(key);
        entries.push([key, copy(read(() => (value as Record<string, unknown>)[key]))]);
        path.pop();
      }
      // fromEntries defines own properties: a `__proto__` key stays a key (and is then reported as unknown).
      result = Object.fromEntries(entries);
      // On a page that put an enumerable property on Object.prototype, no
      // prototype: the validator's `for…in` then sees the rubric's own fields
      // only. Not otherwise: objects without one are slower to validate (3x).
      if (bare) result = Object.assign(Object.create(null) as object, result);
    }
    ancestors.delete(value);
    return result;
  };
  return copy(json);
}

/** Whether the page put an enumerable property on Object.prototype: every `for…in` then sees it. */
export function inheritedKeys(): boolean {
  for (const _ in {}) return true;
  return false;
}

/**
 * The checked copy again with ordinary objects (plainCopy makes them without
 * a prototype for the check when `inheritedKeys()`): what `parseRubric`
 * returns behaves like any object a host wrote.
 */
export function withPrototypes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withPrototypes) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value).map((key) => [key, withPrototypes((value as Record<string, unknown>)[key])]),
  ) as T;
}
