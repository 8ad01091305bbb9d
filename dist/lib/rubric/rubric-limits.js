import { RubricError } from './errors.js';

const RUBRIC_LIMITS = {
  /** Levels of objects and lists inside one another anywhere in the rubric; a rubric containing itself never ends and is reported as a cycle. */
  depth: 64,
  /** Values in all: every object, list, text, number and boolean counts one. */
  values: 5e4,
  /** Items in any one list (options of a question, bands, steps, pathways, benefits…). */
  list: 250,
  /** Characters in any one text. */
  text: 5e3,
  /** Characters of all texts together, every language included. */
  characters: 5e5,
  questions: 100,
  pathways: 50,
  /** Options of all choice questions together. */
  options: 1e3,
  /** Conditions inside conditions (`all` or `any` within `all` or `any`…), counting the outermost. */
  conditionDepth: 16,
  /** Parts of all conditions together: each condition counts one, each option id in an `in` list one more. */
  conditionParts: 1e3,
  /** Sources one pathway cites (each is a link under the route in the result). */
  routeSources: 10,
  /** Next steps of one pathway. */
  routeNextSteps: 10,
  /**
   * Links the result can show in all: every source of the rubric, every
   * source a pathway cites and every next step with an address, each time it
   * is shown.
   */
  links: 600
};
function shownLimitIssues(rubric) {
  const issues = [];
  let links = rubric.sources.length;
  rubric.pathways.forEach((pathway, index) => {
    const sources = pathway.sources?.length ?? 0;
    const next = pathway.next?.length ?? 0;
    if (sources > RUBRIC_LIMITS.routeSources)
      issues.push({
        path: `pathways.${index}.sources`,
        message: `cites ${count(sources)} sources; at most ${RUBRIC_LIMITS.routeSources} are allowed`
      });
    if (next > RUBRIC_LIMITS.routeNextSteps)
      issues.push({
        path: `pathways.${index}.next`,
        message: `has ${count(next)} next steps; at most ${RUBRIC_LIMITS.routeNextSteps} are allowed`
      });
    links += sources + (pathway.next?.filter((step) => step.url).length ?? 0);
  });
  if (links > RUBRIC_LIMITS.links) {
    issues.push({
      path: "",
      message: `would show ${count(links)} links (its sources, the sources each pathway cites, and next steps with an address); at most ${count(RUBRIC_LIMITS.links)} are allowed`
    });
  }
  return issues;
}
const count = (value) => value.toLocaleString("en");
function plainCopy(json) {
  const bare = inheritedKeys();
  const path = [];
  const ancestors = /* @__PURE__ */ new Set();
  let values = 0;
  let characters = 0;
  const fail = (message, where = path.join(".")) => {
    throw new RubricError([{ path: where, message }]);
  };
  const read = (get) => {
    try {
      return get();
    } catch {
      return fail("could not be read: reading it threw an error");
    }
  };
  const copy = (value) => {
    if (++values > RUBRIC_LIMITS.values)
      fail(`has more than ${count(RUBRIC_LIMITS.values)} values (objects, lists, texts and numbers) in all`, "");
    if (typeof value === "string") {
      if (value.length > RUBRIC_LIMITS.text) fail(`is longer than ${count(RUBRIC_LIMITS.text)} characters`);
      if ((characters += value.length) > RUBRIC_LIMITS.characters)
        fail(`has more than ${count(RUBRIC_LIMITS.characters)} characters of text in all`, "");
      return value;
    }
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint")
      fail(`must be JSON data (text, a number, true or false, a list or an object), not a ${typeof value}`);
    if (typeof value !== "object" || value === null) return value;
    if (ancestors.has(value)) fail("contains itself (a cycle)");
    if (ancestors.size >= RUBRIC_LIMITS.depth) fail(`is nested more than ${RUBRIC_LIMITS.depth} levels deep`);
    ancestors.add(value);
    let result;
    if (read(() => Array.isArray(value))) {
      const length = read(() => Number(value.length));
      if (length > RUBRIC_LIMITS.list)
        fail(`has ${count(length)} items; at most ${count(RUBRIC_LIMITS.list)} are allowed`);
      const list = [];
      for (let index = 0; index < length; index += 1) {
        path.push(index);
        list.push(copy(read(() => value[index])));
        path.pop();
      }
      result = list;
    } else {
      const entries = [];
      for (const key of read(() => Object.keys(value))) {
        path.push(key);
        entries.push([key, copy(read(() => value[key]))]);
        path.pop();
      }
      result = Object.fromEntries(entries);
      if (bare) result = Object.assign(/* @__PURE__ */ Object.create(null), result);
    }
    ancestors.delete(value);
    return result;
  };
  return copy(json);
}
function inheritedKeys() {
  for (const _ in {}) return true;
  return false;
}
function withPrototypes(value) {
  if (Array.isArray(value)) return value.map(withPrototypes);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value).map((key) => [key, withPrototypes(value[key])])
  );
}

export { RUBRIC_LIMITS, count, inheritedKeys, plainCopy, shownLimitIssues, withPrototypes };
