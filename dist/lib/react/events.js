const events = {
  /** The applicant reaches the result, and again on every what-if change there (and on "Back to my result"), and when the page sets `answers`, a rubric or a preset while the result is shown (a real result, ending any what-if). `detail`: `scenario` (`true` when the detail scores a what-if: answers the applicant is trying, not the ones they gave; an apply form must ignore it. `false` for the real result; `result`, the form value and stored answers are never a what-if), `rubricId`, `rubricVersion`, `total` (base + bonus), `max` (base maximum, 100), `passMark`, `categories` (points by category id), bonus (the sum of bonus categories), `criteria` (`{ id, category, points, max, asked, next }`, `next` = the nearest better answer and the points it adds, or `null`), `pathways` (`{ [id]: boolean }` for every pathway, alternatives included), `alternatives` (the ids of the pathways that are alternatives: they never make `eligible`), `eligible` (any other pathway met), `complete` (`false` until every question is answered: a host that clears its answers hears `total: 0, complete: false`), `missing`, `reviewDate` and `outdated` (the applicant's date is after the rubric's review date), and `answers`. */
  onScore: "score",
  /** The applicant changes an answer in the steps (a click, a typed number that parses to a new value). Not fired for a what-if change on the result (a scenario, announced by `score` with `scenario: true`), `answers` set by the page, `reset()` or Back to my result. `detail`: `questionId`, `value` (option id or number; `undefined` when cleared), `assessment` (a provisional `ScoreDetail`). */
  onAnswer: "answer",
  /** The applicant chose a language in the widget's menu (`language-picker`); the widget has switched, answers kept. Store it to use as `lang` next time. `detail`: `lang` (the language code). */
  onLanguageChange: "language-change",
  /** A rubric could not be loaded or validated, or an attribute, prefill or stored answer was invalid. No answer already given is lost. `detail`: `message` (readable), `issues` (`{ path, message }[]`). */
  onAssessmentError: "assessment-error"
};

export { events };
