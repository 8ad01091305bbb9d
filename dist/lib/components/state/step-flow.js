const NO_ERRORS = Object.freeze({});
const START = { view: 0, fieldErrors: NO_ERRORS, summaryStep: -1 };
function next(flow, steps, errors) {
  const { view } = flow;
  if (typeof view !== "number") return { flow };
  if (Object.keys(errors).length)
    return { flow: { ...flow, fieldErrors: errors, summaryStep: view }, focus: "#error-summary" };
  const step = steps.find((index) => index > view);
  if (step !== void 0) return { flow: { ...flow, view: step, fieldErrors: errors }, focus: "#step-title" };
  return {
    flow: { ...flow, view: "result", fieldErrors: errors },
    focus: "#result-title,#result-loading",
    reachedResult: true
  };
}
function back(flow, steps) {
  const { view } = flow;
  const previous = typeof view === "number" ? steps.filter((index) => index < view).pop() : void 0;
  if (previous === void 0) return { flow };
  return { flow: { ...flow, view: previous, fieldErrors: NO_ERRORS }, focus: "#step-title" };
}
const changeAnswers = (flow) => ({ flow: { ...flow, view: 0 }, focus: "#step-title" });
const showInvalid = (_flow, step, errors) => ({
  view: step,
  fieldErrors: errors,
  summaryStep: step
});
function answered(flow, questionId) {
  if (!Object.hasOwn(flow.fieldErrors, questionId)) return flow;
  const { [questionId]: _fixed, ...others } = flow.fieldErrors;
  return { ...flow, fieldErrors: others };
}
const leftField = (flow, questionId, error) => error ? { ...flow, fieldErrors: { ...flow.fieldErrors, [questionId]: error } } : flow;
const withoutErrors = (flow) => Object.keys(flow.fieldErrors).length ? { ...flow, fieldErrors: NO_ERRORS } : flow;
const restart = (flow) => ({ ...flow, view: 0, fieldErrors: NO_ERRORS });
const fitSteps = (flow, stepCount) => typeof flow.view === "number" && flow.view >= stepCount ? { ...flow, view: 0 } : flow;
function restoreView(flow, view, stepCount, complete) {
  const known = view === "result" ? complete !== false : Number.isInteger(view) && view >= 0 && view < (stepCount ?? Infinity);
  return known ? { ...flow, view } : flow;
}
const resultFailed = (flow, lastStep) => flow.view === "result" ? { ...flow, view: lastStep ?? 0 } : flow;

export { START, answered, back, changeAnswers, fitSteps, leftField, next, restart, restoreView, resultFailed, showInvalid, withoutErrors };
