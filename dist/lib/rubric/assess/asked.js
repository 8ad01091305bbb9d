import { byId } from '../by-id.js';
import { holds } from '../conditions.js';
import { own } from '../own.js';

const questionsById = (rubric) => byId(rubric.questions);
function askedIds(rubric, answers) {
  const questions = questionsById(rubric);
  const asked = /* @__PURE__ */ new Set();
  const before = {};
  for (const step of rubric.steps) {
    for (const id of step.questions) {
      const question = questions.get(id);
      if (!question || question.askedWhen && !holds(question.askedWhen, { rubric, answers: before })) continue;
      asked.add(id);
      const answer = own(answers, id);
      if (answer !== void 0) before[id] = answer;
    }
  }
  return asked;
}
function answersAsked(rubric, answers) {
  const kept = {};
  for (const id of askedIds(rubric, answers)) {
    const answer = own(answers, id);
    if (answer !== void 0) kept[id] = answer;
  }
  return kept;
}
const isAsked = (rubric, question, answers) => askedIds(rubric, answers).has(question.id);
function questionsAsked(rubric, step, answers, skip = {}) {
  const questions = questionsById(rubric);
  const askedNow = askedIds(rubric, answers);
  const asked = [];
  for (const id of rubric.steps[step]?.questions ?? []) {
    const question = questions.get(id);
    if (question && !Object.hasOwn(skip, id) && askedNow.has(id)) asked.push(question);
  }
  return asked;
}
function stepsAsked(rubric, answers, skip = {}) {
  const asked = askedIds(rubric, answers);
  const steps = [];
  rubric.steps.forEach((step, index) => {
    if (step.questions.some((id) => asked.has(id) && !Object.hasOwn(skip, id))) steps.push(index);
  });
  return steps;
}

export { answersAsked, askedIds, isAsked, questionsAsked, questionsById, stepsAsked };
