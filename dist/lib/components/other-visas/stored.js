import { fitAnswers } from '../../rubric/assess/fit-answers.js';
import { loadStored, clearStored, saveStored as saveStored$1 } from '../state/persistence.js';
import { storedInstance, STORED_AS } from './stored-key.js';

function restoreStored(host, rubrics) {
  if (!host.persist) return null;
  const { answers } = loadStored(STORED_AS, storedInstance(host));
  if (!answers || typeof answers !== "object") return null;
  const kept = {};
  for (const rubric of rubrics) {
    const mine = {};
    for (const question of rubric.questions)
      if (Object.hasOwn(answers, question.id)) mine[question.id] = answers[question.id];
    Object.assign(kept, fitAnswers(rubric, mine).valid);
  }
  return kept;
}
function saveStored(host, answers) {
  if (host.persist) saveStored$1(STORED_AS, storedInstance(host), answers);
}
function forgetStored(host) {
  clearStored(STORED_AS, storedInstance(host));
}

export { forgetStored, restoreStored, saveStored };
