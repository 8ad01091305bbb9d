import { fitAnswers } from '../../rubric/assess/fit-answers.js';
import { plausibleAnswers } from '../question-types/answers.js';
import { loadStored, saveStored as saveStored$1, clearStored, storedKey, storage, readStored } from '../state/persistence.js';
import { hostVisas, hostVisasPending } from './host-visas.js';
import { storedInstance, STORED_AS } from './stored-key.js';
import { BUILT_IN } from './visas.js';

const inStorage = (path) => path ? `storage.${path}` : "storage";
function checked(state, stored, where = inStorage) {
  const questions = /* @__PURE__ */ new Map();
  for (const rubric2 of [...BUILT_IN, ...hostVisas(state)])
    for (const question of rubric2.questions) if (!questions.has(question.id)) questions.set(question.id, question);
  let given = stored;
  if (hostVisasPending(state) && stored && typeof stored === "object" && !Array.isArray(stored))
    given = Object.fromEntries(Object.entries(stored).filter(([id]) => questions.has(id)));
  const rubric = { ...STORED_AS, questions: [...questions.values()] };
  const { valid, issues } = fitAnswers(rubric, given);
  if (issues.length)
    state.report(
      (t) => t.answersInvalid,
      issues.map((issue) => ({ ...issue, path: where(issue.path) }))
    );
  const { kept, problems } = plausibleAnswers(rubric, valid);
  for (const [wording, issue] of problems) state.report(wording, [{ ...issue, path: where(issue.path) }]);
  return kept;
}
const checkedFromPage = (state, given) => checked(state, given, (path) => path);
function restoreStored(state) {
  if (!state.host.persist) return null;
  const { answers } = loadStored(STORED_AS, storedInstance(state.host));
  return answers === null ? null : checked(state, answers);
}
function saveStored(state, answers) {
  if (state.host.persist) saveStored$1(STORED_AS, storedInstance(state.host), answers);
}
function forgetStored(state) {
  clearStored(STORED_AS, storedInstance(state.host));
}
function followOtherTabs(state, follow) {
  const { host } = state;
  const listener = (event) => {
    if (host.persist && event.key === storedKey(STORED_AS, storedInstance(host)) && event.storageArea === storage() && (event.newValue ?? "{}") !== JSON.stringify(state.answers))
      follow(checked(state, readStored(event.newValue) ?? {}));
  };
  host.addController({
    hostConnected: () => addEventListener("storage", listener),
    hostDisconnected: () => removeEventListener("storage", listener)
  });
}

export { checkedFromPage, followOtherTabs, forgetStored, restoreStored, saveStored };
