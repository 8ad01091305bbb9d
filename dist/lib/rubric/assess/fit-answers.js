import { questionsById } from './asked.js';
import { optionsById } from './points.js';

const shown = (value) => typeof value === "string" ? JSON.stringify(value.length > 57 ? `${value.slice(0, 57)}\u2026` : value) : typeof value === "function" ? "a function" : typeof value === "object" && value ? "an object" : String(value);
function fitAnswers(rubric, answers) {
  const questions = questionsById(rubric);
  const valid = {};
  const issues = [];
  const report = (path, message) => issues.push({ path, message });
  let unknown = 0;
  try {
    if (typeof answers !== "object" || !answers || Array.isArray(answers)) throw 0;
    for (const id in answers) {
      if (!Object.hasOwn(answers, id)) continue;
      let value;
      try {
        value = answers[id];
      } catch {
        report(id, "could not be read");
        continue;
      }
      const question = questions.get(id);
      if (!question) {
        if (++unknown <= MAX_UNKNOWN_LISTED) report(id, `${shown(id)} is not a question of rubric ${rubric.id}`);
      } else if (value === void 0) {
        continue;
      } else if (question.type !== "number") {
        const fitted = fitChoice(question, value);
        if (typeof fitted === "string") report(id, fitted);
        else if (fitted.answer !== null) valid[id] = fitted.answer;
      } else if (typeof value !== "number" || !Number.isFinite(value)) {
        report(id, `${shown(value)} is not a number; expected a finite number`);
      } else if (value < 0) {
        report(id, `${value} is negative; expected 0 or more`);
      } else if (question.maximum !== void 0 && value > question.maximum) {
        report(id, `${value} is more than the largest accepted answer, ${question.maximum}`);
      } else valid[id] = value;
    }
  } catch {
    return { valid: {}, issues: [{ path: "", message: "answers must be an object keyed by question id" }] };
  }
  if (unknown > MAX_UNKNOWN_LISTED)
    report("", `and ${unknown - MAX_UNKNOWN_LISTED} more keys that are not questions of rubric ${rubric.id}`);
  return { valid, issues };
}
function fitChoice(question, value) {
  const options = optionsById(question);
  const expected = `expected ${question.type === "multi" ? "a list of" : "one of"} ${question.options.map((option) => option.id).join(", ")}`;
  if (question.type === "choice") {
    const option = typeof value === "string" ? options.get(value) : void 0;
    return option ? { answer: option.id } : `${shown(value)} is not an option; ${expected}`;
  }
  const list = typeof value === "string" ? [value] : Array.isArray(value) && value.length <= question.options.length * 2 ? value : void 0;
  if (!list) return `${shown(value)} is not a list of options; ${expected}`;
  const chosen = /* @__PURE__ */ new Set();
  for (const item of list) {
    const option = typeof item === "string" ? options.get(item) : void 0;
    if (!option) return `${shown(item)} is not an option; ${expected}`;
    chosen.add(option);
  }
  const exclusive = [...chosen].find((option) => option.exclusive);
  if (exclusive && chosen.size > 1) return `"${exclusive.id}" is chosen alone; it cannot go with other options`;
  return {
    answer: chosen.size ? question.options.filter((option) => chosen.has(option)).map((option) => option.id) : null
  };
}
const MAX_UNKNOWN_LISTED = 20;
const answerIssues = (rubric, answers) => fitAnswers(rubric, answers).issues;

export { answerIssues, fitAnswers };
