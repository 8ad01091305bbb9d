import { defaultRubric } from '../../rubric/default-rubric.js';

let whole = defaultRubric;
function completeBuiltIn(complete) {
  whole = complete(defaultRubric);
}
const shownRubric = (rubric) => rubric === defaultRubric ? whole : rubric;
async function withBuiltInTexts(value) {
  const untold = (route) => typeof route === "object" && route !== null && !("description" in route);
  const builtIn = new Set(defaultRubric.pathways.filter(untold).map((route) => route.id));
  const copied = value?.pathways;
  if (!Array.isArray(copied) || !copied.length || !copied.every((route) => untold(route) && builtIn.has(route.id)))
    return value;
  try {
    return (await import('../views/result-view.js')).withResultTextsCopy(value);
  } catch {
    return value;
  }
}

export { completeBuiltIn, shownRubric, withBuiltInTexts };
