// The step flow as a pure state machine: which step (or the result) is shown, with which errors, after each move.

/** The step shown (its index in the rubric), or the result. */
export type View = number | 'result';

/** Where the applicant is in the assessment. Never edited: every move makes a new one. */
export interface Flow {
  readonly view: View;
  /** Why an answer on the step shown cannot be counted yet, by question id, worded in the language shown. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** The step whose Next (or `reportValidity()`) found errors: its error summary shows, not for an error shown on leaving a field. */
  readonly summaryStep: number;
}

/** A move's outcome: the new flow, where focus goes once it is rendered, and whether it reached the result. */
export interface Move {
  flow: Flow;
  focus?: string;
  reachedResult?: boolean;
}

const NO_ERRORS: Readonly<Record<string, string>> = Object.freeze({});

/** The first step, nothing wrong yet. */
export const START: Flow = { view: 0, fieldErrors: NO_ERRORS, summaryStep: -1 };

/**
 * Next on a step: with `errors` (the step's questions that cannot be counted)
 * the step stays and its summary takes focus; else the next step that asks
 * anything (`steps`, in order), or the result after the last.
 */
export function next(flow: Flow, steps: readonly number[], errors: Record<string, string>): Move {
  const { view } = flow;
  if (typeof view !== 'number') return { flow };
  if (Object.keys(errors).length)
    return { flow: { ...flow, fieldErrors: errors, summaryStep: view }, focus: '#error-summary' };
  const step = steps.find((index) => index > view);
  if (step !== undefined) return { flow: { ...flow, view: step, fieldErrors: errors }, focus: '#step-title' };
  // The result's heading, or the status shown for the moment the result view may still be loading.
  return {
    flow: { ...flow, view: 'result', fieldErrors: errors },
    focus: '#result-title,#result-loading',
    reachedResult: true,
  };
}

/** Back: the previous step that asks anything; on the first one, nothing moves. */
export function back(flow: Flow, steps: readonly number[]): Move {
  const { view } = flow;
  const previous = typeof view === 'number' ? steps.filter((index) => index < view).pop() : undefined;
  if (previous === undefined) return { flow };
  return { flow: { ...flow, view: previous, fieldErrors: NO_ERRORS }, focus: '#step-title' };
}

/** "Change answers" on the result: back to the first step, every answer kept. */
export const changeAnswers = (flow: Flow): Move => ({ flow: { ...flow, view: 0 }, focus: '#step-title' });

/** `reportValidity()`: the step of the first unanswered question, its errors shown as Next shows them. */
export const showInvalid = (_flow: Flow, step: number, errors: Record<string, string>): Flow => ({
  view: step,
  fieldErrors: errors,
  summaryStep: step,
});

/** An answer given to `questionId`: its error goes. */
export function answered(flow: Flow, questionId: string): Flow {
  if (!Object.hasOwn(flow.fieldErrors, questionId)) return flow;
  const { [questionId]: _fixed, ...others } = flow.fieldErrors;
  return { ...flow, fieldErrors: others };
}

/** A field left with text that is not an answer (`error`): said now, not only on Next. */
export const leftField = (flow: Flow, questionId: string, error: string | undefined): Flow =>
  error ? { ...flow, fieldErrors: { ...flow.fieldErrors, [questionId]: error } } : flow;

/** Errors are worded text: a new language, or answers the page set, clear them (Next brings them back). */
export const withoutErrors = (flow: Flow): Flow =>
  Object.keys(flow.fieldErrors).length ? { ...flow, fieldErrors: NO_ERRORS } : flow;

/** `reset()`: the first step, no errors. */
export const restart = (flow: Flow): Flow => ({ ...flow, view: 0, fieldErrors: NO_ERRORS });

/** A new rubric with `stepCount` steps: a step past its end is the first. */
export const fitSteps = (flow: Flow, stepCount: number): Flow =>
  typeof flow.view === 'number' && flow.view >= stepCount ? { ...flow, view: 0 } : flow;

/**
 * History navigation gives back `view`: a step the rubric has (any, while
 * `stepCount` is unknown), or the result when the answers are `complete`
 * (or not known yet). Anything else leaves the flow as it is.
 */
export function restoreView(flow: Flow, view: unknown, stepCount?: number, complete?: boolean): Flow {
  const known =
    view === 'result'
      ? complete !== false
      : Number.isInteger(view) && (view as number) >= 0 && (view as number) < (stepCount ?? Infinity);
  return known ? { ...flow, view: view as View } : flow;
}

/** The result view could not be loaded: back to the last step that asks anything, where "See my result" tries again. */
export const resultFailed = (flow: Flow, lastStep: number | undefined): Flow =>
  flow.view === 'result' ? { ...flow, view: lastStep ?? 0 } : flow;
