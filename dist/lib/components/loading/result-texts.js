import json from '../../rubric/default-rubric.json.js';
import { frozen } from '../../rubric/frozen.js';

const isObject = (value) => typeof value === "object" && value !== null;
function added(into, from) {
  if (!isObject(into) || !isObject(from) || Array.isArray(into) !== Array.isArray(from)) return into;
  if (Array.isArray(into)) {
    const list = from;
    const byId = list.every((item) => typeof item?.id === "string") ? new Map(list.map((item) => [item.id, item])) : void 0;
    const items = into.map((item, index) => added(item, byId ? byId.get(item?.id) : list[index]));
    return items.some((item, index) => item !== into[index]) ? items : into;
  }
  let out;
  for (const [key, value] of Object.entries(from)) {
    const next = key in into ? added(into[key], value) : value;
    if (next !== into[key]) (out ??= { ...into })[key] = next;
  }
  return out ?? into;
}
const withResultTexts = (builtIn) => frozen(added(builtIn, json));
const withResultTextsCopy = (copy) => added(copy, json);

export { added, withResultTexts, withResultTextsCopy };
