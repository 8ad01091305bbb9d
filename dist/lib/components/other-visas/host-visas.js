import { sharedQuestionIssues } from '../../rubric/other-visas.js';
import { BUILT_IN } from './visas.js';
import { visaWords } from './words.js';

const checked = /* @__PURE__ */ new WeakMap();
const hostVisasPending = (state) => {
  const given = state.host.visaRubrics;
  return Array.isArray(given) && checked.get(given) === null;
};
function report(state, issues) {
  const message = visaWords("en").invalidVisa;
  state.host.dispatchEvent(
    new CustomEvent("assessment-error", { detail: { message, issues }, bubbles: true, composed: true })
  );
}
function hostVisas(state) {
  const given = state.host.visaRubrics;
  if (!Array.isArray(given) || !given.length) return [];
  const done = checked.get(given);
  if (done !== void 0) return done ?? [];
  checked.set(given, null);
  void import('../loading/rubric-loader.js').then(
    async ({ loadRubric }) => {
      const valid = [];
      for (const [index, value] of given.entries()) {
        try {
          const rubric = await loadRubric({ value }, new AbortController(), 0);
          const issues = sharedQuestionIssues([state.host.rubric ?? BUILT_IN[0], ...BUILT_IN, rubric]);
          if (issues.length) report(state, issues);
          else valid.push(rubric);
        } catch (error) {
          const issues = error.issues ?? [];
          report(
            state,
            issues.map((issue) => ({ ...issue, path: `visaRubrics[${index}].${issue.path}` }))
          );
        }
      }
      checked.set(given, valid);
      state.changes++;
      state.host.requestUpdate();
    },
    (error) => {
      checked.set(given, []);
      state.changes++;
      state.host.requestUpdate();
      report(state, [{ path: "visaRubrics", message: String(error?.message ?? error) }]);
    }
  );
  return [];
}

export { hostVisas, hostVisasPending };
