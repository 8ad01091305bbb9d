const init = (detail) => ({ detail, bubbles: true, composed: true });
class ScoreEvent extends CustomEvent {
  constructor(detail) {
    super("score", init(detail));
  }
}
class AnswerEvent extends CustomEvent {
  constructor(detail) {
    super("answer", init(detail));
  }
}
class LanguageChangeEvent extends CustomEvent {
  constructor(detail) {
    super("language-change", init(detail));
  }
}
class AssessmentErrorEvent extends CustomEvent {
  constructor(detail) {
    super("assessment-error", init(detail));
  }
}

export { AnswerEvent, AssessmentErrorEvent, LanguageChangeEvent, ScoreEvent };
