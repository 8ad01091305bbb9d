import { optionsById } from './assess/points.js';

function sameAnswer(a, b) {
  if (typeof a === "object" && typeof b === "object" && Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((id, index) => id === b[index]);
  return a === b;
}
function toggleOption(question, answer, option, ticked) {
  const current = Array.isArray(answer) ? answer : [];
  const exclusive = optionsById(question).get(option)?.exclusive;
  const kept = ticked ? current.filter((id) => !exclusive && !optionsById(question).get(id)?.exclusive) : current.filter((id) => id !== option);
  const next = question.options.filter((candidate) => kept.includes(candidate.id) || ticked && candidate.id === option).map((candidate) => candidate.id);
  return next.length ? next : void 0;
}

export { sameAnswer, toggleOption };
