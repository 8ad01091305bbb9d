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
  conditionParts: 1e3
};
const count = (value) => value.toLocaleString("en");
function plainCopy(json) {
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
    if (++values > RUBRIC_LIMITS.values) fail(`has more than ${count(RUBRIC_LIMITS.values)} values (objects, lists, texts and numbers) in all`, "");
    if (typeof value === "string") {
      if (value.length > RUBRIC_LIMITS.text) fail(`is longer than ${count(RUBRIC_LIMITS.text)} characters`);
      if ((characters += value.length) > RUBRIC_LIMITS.characters) fail(`has more than ${count(RUBRIC_LIMITS.characters)} characters of text in all`, "");
      return value;
    }
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") fail(`must be JSON data (text, a number, true or false, a list or an object), not a ${typeof value}`);
    if (typeof value !== "object" || value === null) return value;
    if (ancestors.has(value)) fail("contains itself (a cycle)");
    if (ancestors.size >= RUBRIC_LIMITS.depth) fail(`is nested more than ${RUBRIC_LIMITS.depth} levels deep`);
    ancestors.add(value);
    let result;
    if (read(() => Array.isArray(value))) {
      const length = read(() => Number(value.length));
      if (length > RUBRIC_LIMITS.list) fail(`has ${count(length)} items; at most ${count(RUBRIC_LIMITS.list)} are allowed`);
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
    }
    ancestors.delete(value);
    return result;
  };
  return copy(json);
}

export { RUBRIC_LIMITS, count, plainCopy };
