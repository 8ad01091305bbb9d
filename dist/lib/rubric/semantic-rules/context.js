import { CHANGEABILITY } from '../advice.js';

const ID = /^[a-z][a-zA-Z0-9-]*$/;
const ID_FORMAT = "must be an id: a lowercase letter, then letters, digits or hyphens";
const DATE_FORMAT = "must be a real date written YYYY-MM-DD";
const isText = (value) => typeof value === "string";
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function ruleContext(rubric) {
  const issues = [];
  const report = (path, message) => {
    issues.push({ path, message });
  };
  const sourceIds = new Set(rubric.sources.map((source) => source.id));
  const order = /* @__PURE__ */ new Map();
  for (const step of rubric.steps) for (const id of step.questions) if (!order.has(id)) order.set(id, order.size);
  const checkDate = (path, value) => {
    if (value === void 0) return;
    const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
      report(path, DATE_FORMAT);
  };
  return {
    issues,
    report,
    atLeast(path, value, minimum, exclusive = false) {
      if (value !== void 0 && (exclusive ? value <= minimum : value < minimum))
        report(path, `must be ${exclusive ? "more than" : "at least"} ${minimum}`);
    },
    items(path, list, minimum) {
      if (list.length < minimum) report(path, `needs at least ${minimum} ${minimum === 1 ? "item" : "items"}`);
    },
    ids(path, list) {
      const seen = /* @__PURE__ */ new Set();
      list.forEach(({ id }, index) => {
        if (!ID.test(id)) report(`${path}.${index}.id`, ID_FORMAT);
        else if (seen.has(id)) report(path, `duplicate id "${id}"`);
        seen.add(id);
      });
    },
    checkDate,
    checkPeriod(fromPath, from, untilPath, until) {
      checkDate(fromPath, from);
      checkDate(untilPath, until);
      if (from && until && until < from) report(untilPath, `must not be before ${fromPath} (${from})`);
    },
    checkSources(path, list) {
      list?.forEach((source, index) => {
        if (!sourceIds.has(source)) report(`${path}.${index}`, `unknown source "${source}"`);
      });
    },
    checkChangeable(path, value) {
      if (value !== void 0 && !CHANGEABILITY.includes(value))
        report(path, `must be one of ${CHANGEABILITY.map((word) => `"${word}"`).join(", ")}`);
    },
    questions: new Map(rubric.questions.map((question) => [question.id, question])),
    optionIds: new Map(
      rubric.questions.map((question) => [question, new Set(question.options?.map((option) => option.id))])
    ),
    parameterIds: new Set(rubric.parameters.map((entry) => entry.id)),
    categories: new Map(rubric.categories.map((category) => [category.id, category])),
    order,
    conditionParts: 0
  };
}

export { ID, ID_FORMAT, isObject, isText, ruleContext };
