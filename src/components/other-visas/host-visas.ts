// A host's own visa rubrics (the `visaRubrics` property): validated by the same checker as a host's main rubric, loaded on demand, then shown with the built-in visas.
import { sharedQuestionIssues } from '../../rubric/other-visas.js';
import type { AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { OtherVisasState } from './state.js';
import { BUILT_IN } from './visas.js';
import { visaWords } from './words.js';

/** The rubrics validated so far, by the array the host gave; null while they are being checked. */
const checked = new WeakMap<object, Rubric[] | null>();

/** Whether the host's visa rubrics are still being checked: a name in `other-visas` may be one of them. */
export const hostVisasPending = (state: OtherVisasState): boolean => {
  const given = state.host.visaRubrics;
  return Array.isArray(given) && checked.get(given) === null;
};

function report(state: OtherVisasState, issues: AssessmentIssue[]): void {
  const message = visaWords('en').invalidVisa;
  state.host.dispatchEvent(
    new CustomEvent('assessment-error', { detail: { message, issues }, bubbles: true, composed: true }),
  );
}

/**
 * The host's visa rubrics that are valid and agree with the built-in ones on
 * every question they share (answers are shared by question id); none until
 * they have been checked, when the section renders again. Each one that is
 * not valid is reported (`assessment-error`) and left out.
 */
export function hostVisas(state: OtherVisasState): Rubric[] {
  const given = state.host.visaRubrics;
  if (!Array.isArray(given) || !given.length) return [];
  const done = checked.get(given);
  if (done !== undefined) return done ?? [];
  checked.set(given, null);
  void import('../loading/rubric-loader.js').then(
    async ({ loadRubric }) => {
      const valid: Rubric[] = [];
      for (const [index, value] of given.entries()) {
        try {
          const rubric = await loadRubric({ value }, new AbortController(), 0);
          const issues = sharedQuestionIssues([state.host.rubric ?? (BUILT_IN[0] as Rubric), ...BUILT_IN, rubric]);
          if (issues.length) report(state, issues);
          else valid.push(rubric);
        } catch (error) {
          const issues = (error as { issues?: AssessmentIssue[] }).issues ?? [];
          report(
            state,
            issues.map((issue) => ({ ...issue, path: `visaRubrics[${index}].${issue.path}` })),
          );
        }
      }
      checked.set(given, valid);
      state.changes++;
      state.host.requestUpdate();
    },
    (error: unknown) => {
      checked.set(given, []);
      state.changes++;
      state.host.requestUpdate();
      report(state, [{ path: 'visaRubrics', message: String((error as Error)?.message ?? error) }]);
    },
  );
  return [];
}
