import { CHANGEABILITY } from './advice.js';
import { maxPoints, minPoints } from './assess.js';
import { RUBRIC_LIMITS, count } from './rubric-limits.js';

const ID = /^[a-z][a-zA-Z0-9-]*$/;
const ID_FORMAT = "must be an id: a lowercase letter, then letters, digits or hyphens";
const DATE_FORMAT = "must be a real date written YYYY-MM-DD";
const CONDITION_FORMS = "{all}, {any}, {question, in}, {question, includes}, {question, atLeast, times?} or {score, atLeast}";
const CONDITION_KEYS = ["all", "any", "question", "in", "includes", "atLeast", "times", "score", "changeable"];
const FORMS = {
  all: "all",
  any: "any",
  "in,question": "in",
  "includes,question": "includes",
  "atLeast,question": "number",
  "atLeast,question,times": "number",
  "atLeast,score": "score"
};
const isText = (value) => typeof value === "string";
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function readsScoreOrItself(condition, id) {
  if (!isObject(condition)) return false;
  if (Array.isArray(condition.all) || Array.isArray(condition.any))
    return (condition.all ?? condition.any).some((part) => readsScoreOrItself(part, id));
  return "score" in condition || condition.question === id;
}
function semanticIssues(rubric) {
  const issues = [];
  const report = (path, message) => issues.push({ path, message });
  const options = rubric.questions.reduce((sum, question) => sum + (question.options?.length ?? 0), 0);
  if (rubric.questions.length > RUBRIC_LIMITS.questions)
    report(
      "questions",
      `has ${count(rubric.questions.length)} questions; at most ${RUBRIC_LIMITS.questions} are allowed`
    );
  if (options > RUBRIC_LIMITS.options)
    report("questions", `have ${count(options)} options in all; at most ${count(RUBRIC_LIMITS.options)} are allowed`);
  if (rubric.pathways.length > RUBRIC_LIMITS.pathways)
    report("pathways", `has ${rubric.pathways.length} pathways; at most ${RUBRIC_LIMITS.pathways} are allowed`);
  if (issues.length) return issues;
  const atLeast = (path, value, minimum, exclusive = false) => {
    if (value !== void 0 && (exclusive ? value <= minimum : value < minimum))
      report(path, `must be ${exclusive ? "more than" : "at least"} ${minimum}`);
  };
  const items = (path, list, minimum) => {
    if (list.length < minimum) report(path, `needs at least ${minimum} ${minimum === 1 ? "item" : "items"}`);
  };
  const questions = new Map(rubric.questions.map((question) => [question.id, question]));
  const optionIds = new Map(
    rubric.questions.map((question) => [question, new Set(question.options?.map((option) => option.id))])
  );
  const parameterIds = new Set(rubric.parameters.map((entry) => entry.id));
  const categories = new Map(rubric.categories.map((category) => [category.id, category]));
  const sourceIds = new Set(rubric.sources.map((source) => source.id));
  const ids = (path, list) => {
    const seen = /* @__PURE__ */ new Set();
    list.forEach(({ id }, index) => {
      if (!ID.test(id)) report(`${path}.${index}.id`, ID_FORMAT);
      else if (seen.has(id)) report(path, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  if (!ID.test(rubric.id)) report("id", ID_FORMAT);
  if (!rubric.version) report("version", "must not be empty");
  ids("questions", rubric.questions);
  ids("categories", rubric.categories);
  ids("steps", rubric.steps);
  ids("pathways", rubric.pathways);
  ids("sources", rubric.sources);
  ids("parameters", rubric.parameters);
  items("questions", rubric.questions, 1);
  items("categories", rubric.categories, 1);
  items("steps", rubric.steps, 1);
  items("pathways", rubric.pathways, 1);
  items("languages", rubric.languages, 1);
  const checkDate = (path, value) => {
    if (value === void 0) return;
    const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
      report(path, DATE_FORMAT);
  };
  const checkPeriod = (fromPath, from, untilPath, until) => {
    checkDate(fromPath, from);
    checkDate(untilPath, until);
    if (from && until && until < from) report(untilPath, `must not be before ${fromPath} (${from})`);
  };
  const checkSources = (path, list) => list?.forEach((source, index) => {
    if (!sourceIds.has(source)) report(`${path}.${index}`, `unknown source "${source}"`);
  });
  checkPeriod("effectiveDate", rubric.effectiveDate, "reviewDate", rubric.reviewDate);
  checkSources("benefitSources", rubric.benefitSources);
  const LANGUAGE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/;
  rubric.languages.forEach((language, index) => {
    if (!LANGUAGE.test(language))
      report(`languages.${index}`, 'must be a language code such as "en", "ko" or "zh-Hans"');
  });
  if (!rubric.languages.includes("en")) report("languages", 'must include "en", the fallback language');
  rubric.parameters.forEach((entry, index) => {
    items(`parameters.${index}.sources`, entry.sources, 1);
    checkSources(`parameters.${index}.sources`, entry.sources);
    checkPeriod(`parameters.${index}.validFrom`, entry.validFrom, `parameters.${index}.validUntil`, entry.validUntil);
    if (!Number.isInteger(entry.year)) report(`parameters.${index}.year`, "must be a whole year");
    atLeast(`parameters.${index}.value`, entry.value, 0, true);
  });
  atLeast("total", rubric.total, 0);
  atLeast("passMark.value", rubric.passMark.value, 0);
  const order = /* @__PURE__ */ new Map();
  for (const step of rubric.steps) for (const id of step.questions) if (!order.has(id)) order.set(id, order.size);
  const checkChangeable = (path, value) => {
    if (value !== void 0 && !CHANGEABILITY.includes(value))
      report(path, `must be one of ${CHANGEABILITY.map((word) => `"${word}"`).join(", ")}`);
  };
  let conditionParts = 0;
  const checkCondition = (condition, path, asker, depth = 1) => {
    const inQuestion = asker !== void 0;
    conditionParts += 1;
    if (depth > RUBRIC_LIMITS.conditionDepth)
      return void report(path, `is nested more than ${RUBRIC_LIMITS.conditionDepth} conditions deep`);
    if (isObject(condition) && "changeable" in condition) checkChangeable(`${path}.changeable`, condition.changeable);
    const keys = isObject(condition) ? Object.keys(condition).filter((key) => key !== "changeable").sort().join() : "";
    const form = Object.hasOwn(FORMS, keys) ? FORMS[keys] : void 0;
    if (!form || !isObject(condition)) {
      const unknown = isObject(condition) ? Object.keys(condition).filter((key) => !CONDITION_KEYS.includes(key)) : [];
      return void report(
        path,
        unknown.length ? `unknown field "${unknown.join('", "')}"; a condition is ${CONDITION_FORMS}` : `must be one of ${CONDITION_FORMS}`
      );
    }
    if (form === "all" || form === "any") {
      const parts = condition[form];
      if (!Array.isArray(parts) || !parts.length) return void report(`${path}.${form}`, "needs at least 1 item");
      if (isObject(condition) && "changeable" in condition)
        report(`${path}.changeable`, "goes on a condition on one answer");
      return parts.forEach((part, i) => checkCondition(part, `${path}.${form}.${i}`, asker, depth + 1));
    }
    if (form === "score") {
      if (!Number.isFinite(condition.atLeast) && condition.atLeast !== "passMark")
        report(`${path}.atLeast`, 'must be a number or "passMark"');
      if (isObject(condition) && "changeable" in condition)
        report(`${path}.changeable`, "goes on a condition on one answer");
      if (inQuestion) report(path, "a question cannot depend on a score");
      else if (condition.score !== "total" && !categories.has(condition.score)) {
        report(`${path}.score`, `unknown score "${condition.score}"; expected "total" or a category id`);
      }
      return;
    }
    const question = questions.get(condition.question);
    if (!question) return void report(`${path}.question`, `unknown question "${condition.question}"`);
    if (asker && question === asker) report(`${path}.question`, "a question cannot depend on itself");
    else if (asker && (order.get(question.id) ?? Infinity) > (order.get(asker.id) ?? -1)) {
      report(
        `${path}.question`,
        `"${question.id}" is asked after "${asker.id}" (in a later step or further down); a question may only depend on questions asked before it`
      );
    }
    if (form === "in" || form === "includes") {
      const type = form === "in" ? "choice" : "multi";
      if (question.type !== type)
        return void report(
          path,
          `"${question.id}" is not a ${type === "choice" ? "choice" : "multi-choice"} question${type === "multi" ? "" : " (a multi-choice question is read with includes)"}`
        );
      const options2 = condition[form];
      if (!Array.isArray(options2) || !options2.length) return void report(`${path}.${form}`, "needs at least 1 item");
      conditionParts += options2.length;
      const ids2 = optionIds.get(question);
      for (const option of options2) {
        if (!ids2?.has(option)) report(`${path}.${form}`, `"${question.id}" has no option "${option}"`);
      }
      return;
    }
    if (question.type !== "number") report(path, `"${question.id}" is not a number question`);
    if (!Number.isFinite(condition.atLeast)) report(`${path}.atLeast`, "must be a number");
    if (condition.times !== void 0 && !parameterIds.has(condition.times))
      report(`${path}.times`, `unknown parameter "${condition.times}"`);
  };
  const categoryTotals = /* @__PURE__ */ new Map();
  const categoryMinima = /* @__PURE__ */ new Map();
  const pointsFloor = (question) => Math.min(0, question.category !== void 0 && categories.get(question.category)?.min || 0);
  const attributes = /* @__PURE__ */ new Map();
  rubric.questions.forEach((question, index) => {
    const path = `questions.${index}`;
    if (question.type !== "choice" && question.type !== "multi" && question.type !== "number")
      return void report(`${path}.type`, 'must be "choice", "multi" or "number"');
    if (question.when !== void 0 && question.askedWhen !== void 0)
      report(`${path}.when`, "is the former name of askedWhen; give only askedWhen");
    checkChangeable(`${path}.changeable`, question.changeable);
    if (question.type !== "number") {
      if (!question.options)
        return void report(
          `${path}.options`,
          `a ${question.type === "multi" ? "multi-choice" : "choice"} question needs options`
        );
      items(`${path}.options`, question.options, 2);
      ids(`${path}.options`, question.options);
      const named = new Set(question.options.map((option) => option.id));
      question.options.forEach((option, i) => {
        atLeast(`${path}.options.${i}.points`, option.points, pointsFloor(question));
        option.pointsWhen?.forEach((entry, j) => {
          atLeast(`${path}.options.${i}.pointsWhen.${j}.points`, entry.points, pointsFloor(question));
          checkCondition(entry.when, `${path}.options.${i}.pointsWhen.${j}.when`, void 0);
          if (readsScoreOrItself(entry.when, question.id))
            report(
              `${path}.options.${i}.pointsWhen.${j}.when`,
              "may read other answers only (no score, not its own question)"
            );
        });
        if (option.exclusive !== void 0 && typeof option.exclusive !== "boolean")
          report(`${path}.options.${i}.exclusive`, "expected a boolean");
        else if (option.exclusive && question.type !== "multi")
          report(`${path}.options.${i}.exclusive`, "only an option of a multi-choice question can be chosen alone");
        option.replaces?.forEach((old, j) => {
          if (!ID.test(old)) report(`${path}.options.${i}.replaces.${j}`, ID_FORMAT);
          else if (named.has(old))
            report(`${path}.options.${i}.replaces.${j}`, `"${old}" is already an option id of this question`);
          named.add(old);
        });
      });
    } else {
      if (question.unit !== "years" && question.unit !== "KRW" && question.unit !== "age")
        report(`${path}.unit`, 'must be "years", "KRW" or "age"');
      if (!question.bands && question.category !== void 0)
        return void report(`${path}.bands`, "a scored number question needs bands");
      if (question.category !== void 0) items(`${path}.bands`, question.bands ?? [], 1);
      atLeast(`${path}.maximum`, question.maximum, 0, true);
      if (question.scale !== void 0 && !parameterIds.has(question.scale))
        report(`${path}.scale`, `unknown parameter "${question.scale}"`);
      question.bands?.forEach((band, i) => {
        atLeast(`${path}.bands.${i}.atLeast`, band.atLeast, 0);
        atLeast(`${path}.bands.${i}.points`, band.points, pointsFloor(question));
        const previous = question.bands?.[i - 1];
        if (!previous) return;
        if (band.atLeast <= previous.atLeast)
          report(`${path}.bands.${i}`, "bands must be in ascending order of atLeast, without overlap");
        if (band.points < previous.points && question.unit !== "age")
          report(`${path}.bands.${i}`, "a higher band must not give fewer points");
      });
    }
    const max = maxPoints(question);
    if (question.category === void 0) {
      if (max > 0) report(path, `"${question.id}" gives points but has no category`);
    } else if (!categories.has(question.category)) {
      report(`${path}.category`, `unknown category "${question.category}"`);
    } else {
      categoryTotals.set(question.category, (categoryTotals.get(question.category) ?? 0) + max);
      categoryMinima.set(
        question.category,
        (categoryMinima.get(question.category) ?? 0) + minPoints(question)
      );
    }
    if (question.assumedAnswer !== void 0) {
      const assumed = question.assumedAnswer;
      const ids2 = optionIds.get(question);
      const fits = question.type === "number" ? typeof assumed === "number" && Number.isFinite(assumed) && assumed >= 0 && (question.maximum === void 0 || assumed <= question.maximum) : question.type === "multi" ? Array.isArray(assumed) && assumed.length > 0 && assumed.every((option) => ids2?.has(option)) : typeof assumed === "string" && !!ids2?.has(assumed);
      if (!fits)
        report(
          `${path}.assumedAnswer`,
          question.type === "number" ? "must be an answer to the question: a number from 0 to its maximum" : `must be an answer to the question: ${question.type === "multi" ? "a list of its option ids" : "one of its option ids"}`
        );
    }
    if (question.max !== void 0 && question.max !== max)
      report(`${path}.max`, `states ${question.max} but its best answer gives ${max}`);
    const askedWhen = question.askedWhen ?? question.when;
    if (askedWhen !== void 0)
      checkCondition(askedWhen, `${path}.${question.askedWhen === void 0 ? "when" : "askedWhen"}`, question);
    checkSources(`${path}.sources`, question.sources);
    const attribute = question.hostAttribute;
    if (attribute !== void 0) {
      if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(attribute))
        report(
          `${path}.hostAttribute`,
          "must be an attribute name: lowercase letters and digits, words joined by hyphens"
        );
      else if (question.type !== "choice")
        report(`${path}.hostAttribute`, "only a choice question can be answered by an attribute");
      else if (attributes.has(attribute))
        report(`${path}.hostAttribute`, `"${attribute}" already answers "${attributes.get(attribute)}"`);
      attributes.set(attribute, question.id);
    }
  });
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
  if (conditionParts > RUBRIC_LIMITS.conditionParts) {
    report(
      "",
      `has ${count(conditionParts)} condition parts (conditions and option ids in their lists); at most ${count(RUBRIC_LIMITS.conditionParts)} are allowed`
    );
  }
  if (rubric.pathways.length && rubric.pathways.every((pathway) => pathway.alternative)) {
    report(
      "pathways",
      "needs at least 1 pathway that is not an alternative (alternatives never make an applicant eligible)"
    );
  }
  const languages = rubric.languages.filter((code) => LANGUAGE.test(code));
  const checkTexts = (value, path) => {
    if (typeof value !== "object" || value === null) return;
    if (!Array.isArray(value) && isText(value.en)) {
      for (const language of languages) {
        if (!value[language]) report(path, `has no "${language}" text`);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) checkTexts(child, path ? `${path}.${key}` : key);
  };
  checkTexts(rubric, "");
  return issues;
}

export { semanticIssues };
