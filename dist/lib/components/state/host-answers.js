import { sameAnswer } from '../../rubric/answers.js';
import { questionsById } from '../../rubric/assess/asked.js';
import { fitAnswers } from '../../rubric/assess/fit-answers.js';
import { presetAnswers } from '../../rubric/presets.js';
import { pick } from '../i18n/localize.js';
import { plainJson } from './plain-json.js';
import { plausibleAnswers } from '../question-types/answers.js';
import { acceptedValues } from '../question-types/index.js';

function sameAnswers(a, b) {
  if (!b) return false;
  for (const id in a) if (!sameAnswer(a[id], b[id])) return false;
  for (const id in b) if (!sameAnswer(a[id], b[id])) return false;
  return true;
}
function copyAnswers(given) {
  try {
    return typeof given === "object" && given !== null && !Array.isArray(given) ? { ...given } : null;
  } catch {
    return null;
  }
}
function fitGiven(rubric, given, current) {
  const fitted = fitAnswers(rubric, given);
  const { kept: valid, problems } = plausibleAnswers(rubric, fitted.valid);
  for (const { path } of [...fitted.issues, ...problems.map(([, issue]) => issue)])
    if (Object.hasOwn(current, path)) valid[path] = current[path];
  return { valid, issues: fitted.issues, problems };
}
const presetProblems = (rubric, attributes) => presetAnswers(rubric, attributes).issues.map((issue) => {
  const question = rubric.questions.find((candidate) => candidate.hostAttribute === issue.path);
  const accepted = question && acceptedValues(question);
  return [
    (t) => accepted !== void 0 ? t.badPreset(issue.path, attributes[issue.path] ?? "", accepted) : t.presetUnused(issue.path),
    issue
  ];
});
function formEntryOf(rubric, detail, view, answers, required, t, lang) {
  const first = detail?.missing[0];
  return {
    value: detail && plainJson(detail),
    state: plainJson([view, answers]),
    // The message names the first unanswered question.
    invalid: required && !detail?.complete ? t.answerThis(pick(first && rubric && questionsById(rubric).get(first)?.label || rubric?.title, lang)) : "",
    // Question ids are plain (parseRubric checks their form): no escaping needed.
    anchor: first ? `[name="${first}"]` : ""
  };
}
function readFormState(state) {
  const saved = JSON.parse(state);
  return Array.isArray(saved) ? saved : [0, saved];
}

export { copyAnswers, fitGiven, formEntryOf, presetProblems, readFormState, sameAnswers };
