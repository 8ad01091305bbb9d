// Answers from and back to the page: the `answers` property, preset attributes, the form's value and history state.
import { sameAnswer } from '../../rubric/answers.js';
import { fitAnswers, questionsById } from '../../rubric/assess.js';
import { presetAnswers } from '../../rubric/presets.js';
import type { AnswerValue, Answers, AssessmentIssue, Rubric } from '../../rubric/types.js';
import type { ScoreDetail } from '../events.js';
import type { FormEntry } from '../form/form-associated.js';
import { pick } from '../i18n/localize.js';
import { plainJson } from './plain-json.js';
import type { Messages } from '../i18n/messages.js';
import { plausibleAnswers } from '../question-types/answers.js';
import { acceptedValues } from '../question-types/index.js';

// Answers that come from, or go back to, the host page: the `answers`
// property, the attributes that preset an answer, and the enclosing form's
// value and history state.

/** The same answers: the same questions answered with the same values (unanswered and absent alike). */
export function sameAnswers(a: Answers, b: Answers | null): boolean {
  if (!b) return false;
  for (const id in a) if (!sameAnswer(a[id], b[id])) return false;
  for (const id in b) if (!sameAnswer(a[id], b[id])) return false;
  return true;
}

/** The host's answers read once, into a copy; null when they are not an object, or its getters or proxy traps throw. */
export function copyAnswers(given: unknown): Answers | null {
  try {
    return typeof given === 'object' && given !== null && !Array.isArray(given) ? { ...given } : null;
  } catch {
    return null;
  }
}

/**
 * The host's answers checked against the rubric, and held to the bounds a
 * typed answer is (`problems`: a salary of 15,000 is "Did you mean…", not a
 * score): an invalid new value does not take away the valid answer it would
 * have replaced.
 */
export function fitGiven(
  rubric: Rubric,
  given: Answers,
  current: Record<string, AnswerValue>,
): {
  valid: Record<string, AnswerValue>;
  issues: AssessmentIssue[];
  problems: ReturnType<typeof plausibleAnswers>['problems'];
} {
  const fitted = fitAnswers(rubric, given);
  const { kept: valid, problems } = plausibleAnswers(rubric, fitted.valid);
  for (const { path } of [...fitted.issues, ...problems.map(([, issue]) => issue)])
    if (Object.hasOwn(current, path)) valid[path] = current[path] as AnswerValue;
  return { valid, issues: fitted.issues, problems };
}

/** Each host attribute the rubric cannot use, with its words in any language: no question declares it, or its value is not an option. */
export const presetProblems = (
  rubric: Rubric,
  attributes: Record<string, string | undefined>,
): [(t: Messages) => string, AssessmentIssue][] =>
  presetAnswers(rubric, attributes).issues.map((issue) => {
    const question = rubric.questions.find((candidate) => candidate.hostAttribute === issue.path);
    const accepted = question && acceptedValues(question);
    return [
      (t) =>
        accepted !== undefined
          ? t.badPreset(issue.path, attributes[issue.path] ?? '', accepted)
          : t.presetUnused(issue.path),
      issue,
    ];
  });

/**
 * What the enclosing form submits (the result as JSON), keeps for history
 * navigation (`[view, answers]`), and why it may not be submitted yet.
 */
export function formEntryOf(
  rubric: Rubric | null,
  detail: ScoreDetail | null,
  view: number | 'result',
  answers: Answers,
  required: boolean | undefined,
  t: Messages,
  lang: string,
): FormEntry {
  const first = detail?.missing[0];
  return {
    value: detail && plainJson(detail),
    state: plainJson([view, answers]),
    // The message names the first unanswered question.
    invalid:
      required && !detail?.complete
        ? t.answerThis(pick((first && rubric && questionsById(rubric).get(first)?.label) || rubric?.title, lang))
        : '',
    // Question ids are plain (parseRubric checks their form): no escaping needed.
    anchor: first ? `[name="${first}"]` : '',
  };
}

/** The state `formEntryOf` kept, as `[view, answers]`; an earlier release kept the answers alone. */
export function readFormState(state: string): [unknown, Answers] {
  const saved = JSON.parse(state) as unknown;
  return (Array.isArray(saved) ? saved : [0, saved]) as [unknown, Answers];
}
