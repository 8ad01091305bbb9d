import { RUBRIC_LIMITS, count } from '../rubric-limits.js';
import { isText } from './context.js';

function checkStructure(rubric, context, checkCondition, { totals: categoryTotals, minima: categoryMinima }) {
  const { report, atLeast, items, checkSources, questions } = context;
  let baseMax = 0;
  let bonusMax = 0;
  rubric.categories.forEach((category, index) => {
    if (category.bonus !== void 0 && typeof category.bonus !== "boolean")
      report(`categories.${index}.bonus`, "expected a boolean");
    const sum = categoryTotals.get(category.id) ?? 0;
    const least = categoryMinima.get(category.id) ?? 0;
    if (category.capped !== void 0 && typeof category.capped !== "boolean")
      report(`categories.${index}.capped`, "expected a boolean");
    atLeast(`categories.${index}.max`, category.max, 0);
    if (category.min !== void 0 && category.min > 0)
      report(`categories.${index}.min`, "must be 0 or less (deductions stop at it)");
    if (category.capped === true ? sum < category.max : sum !== category.max) {
      report(
        `categories.${index}.max`,
        `states ${category.max} but its questions add up to ${category.capped === true ? "only " : ""}${sum}`
      );
    }
    if (category.min !== void 0 && (category.capped === true ? least > category.min : least !== category.min)) {
      report(
        `categories.${index}.min`,
        `states ${category.min} but its questions deduct ${category.capped === true ? "only " : ""}down to ${least}`
      );
    }
    if (category.bonus) bonusMax += category.max;
    else baseMax += category.max;
  });
  if (baseMax !== rubric.total)
    report("total", `states ${rubric.total} but the non-bonus categories add up to ${baseMax}`);
  if (rubric.passMark.value > rubric.total + bonusMax)
    report("passMark.value", `${rubric.passMark.value} can never be reached (maximum ${rubric.total + bonusMax})`);
  const placed = /* @__PURE__ */ new Set();
  const repeated = /* @__PURE__ */ new Set();
  rubric.steps.forEach((step, index) => {
    items(`steps.${index}.questions`, step.questions, 1);
    for (const id of step.questions) {
      if (!questions.has(id)) report(`steps.${index}.questions`, `unknown question "${id}"`);
      if (placed.has(id)) repeated.add(id);
      placed.add(id);
    }
  });
  for (const id of repeated) report("steps", `question "${id}" is in more than one step`);
  for (const question of rubric.questions)
    if (!placed.has(question.id)) report("steps", `question "${question.id}" is in no step`);
  rubric.scope?.links.forEach(
    (step, i) => step.when !== void 0 && checkCondition(step.when, `scope.links.${i}.when`, void 0)
  );
  rubric.pathways.forEach((pathway, index) => {
    checkCondition(pathway.when, `pathways.${index}.when`, void 0);
    pathway.next?.forEach(
      (step, i) => step.when !== void 0 && checkCondition(step.when, `pathways.${index}.next.${i}.when`, void 0)
    );
    if (pathway.leadsWhen !== void 0) {
      if (!pathway.alternative)
        report(`pathways.${index}.leadsWhen`, "only an alternative has it (a route met always leads)");
      checkCondition(pathway.leadsWhen, `pathways.${index}.leadsWhen`, void 0);
    }
    checkSources(`pathways.${index}.sources`, pathway.sources);
  });
  if (context.conditionParts > RUBRIC_LIMITS.conditionParts) {
    report(
      "",
      `has ${count(context.conditionParts)} condition parts (conditions and option ids in their lists); at most ${count(RUBRIC_LIMITS.conditionParts)} are allowed`
    );
  }
  if (rubric.pathways.length && rubric.pathways.every((pathway) => pathway.alternative)) {
    report(
      "pathways",
      "needs at least 1 pathway that is not an alternative (alternatives never make an applicant eligible)"
    );
  }
}
function checkTexts(rubric, context, languages) {
  const { report } = context;
  const checkTexts2 = (value, path) => {
    if (typeof value !== "object" || value === null) return;
    if (!Array.isArray(value) && isText(value.en)) {
      for (const language of languages) {
        if (!value[language]) report(path, `has no "${language}" text`);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) checkTexts2(child, path ? `${path}.${key}` : key);
  };
  checkTexts2(rubric, "");
}

export { checkStructure, checkTexts };
