// The events the element fires: their details (the public types) and a typed class for each.
import type { AnswerValue, Answers, Assessment, AssessmentIssue } from '../rubric/types.js';
import type { OtherVisasDetail } from './other-visas/detail.js';

/** `score` detail: the engine's assessment plus the answers it was made from, and the other visas once their section has loaded. */
export type ScoreDetail = Assessment &
  OtherVisasDetail & {
    answers: Answers;
    /**
     * `true` when this scores a what-if the applicant is trying on the result:
     * answers they did not give. Never treat it as the applicant's result (an
     * apply form should ignore it); `result` and the form value are never one.
     * `false` for the result of the answers given.
     */
    scenario: boolean;
  };

/** `answer` detail: one changed answer and the provisional assessment after it. */
export interface AnswerDetail {
  questionId: string;
  /** The new answer; `undefined` when it was cleared. */
  value: AnswerValue | undefined;
  assessment: ScoreDetail;
}

/** `assessment-error` detail: a readable message and every problem found, each with where it is. */
export interface AssessmentErrorDetail {
  message: string;
  issues: AssessmentIssue[];
}

/** `language-change` detail: the language the applicant chose in the widget's menu. */
export interface LanguageChangeDetail {
  lang: string;
}

// Typed events (as relative-time-element's and Shoelace's are): a listener
// reads `event.detail` with its type, and every one bubbles out of the shadow
// root. They stay CustomEvents, so `detail` is where it always was.
const init = <T>(detail: T): CustomEventInit<T> => ({ detail, bubbles: true, composed: true });

/** `score`: the result, or a what-if on it (`detail.scenario`). */
export class ScoreEvent extends CustomEvent<ScoreDetail> {
  constructor(detail: ScoreDetail) {
    super('score', init(detail));
  }
}

/** `answer`: the applicant changed an answer in the steps. */
export class AnswerEvent extends CustomEvent<AnswerDetail> {
  constructor(detail: AnswerDetail) {
    super('answer', init(detail));
  }
}

/** `language-change`: the applicant chose a language in the widget's menu. */
export class LanguageChangeEvent extends CustomEvent<LanguageChangeDetail> {
  constructor(detail: LanguageChangeDetail) {
    super('language-change', init(detail));
  }
}

/** `assessment-error`: a rubric, attribute, prefill or stored answer could not be used. */
export class AssessmentErrorEvent extends CustomEvent<AssessmentErrorDetail> {
  constructor(detail: AssessmentErrorDetail) {
    super('assessment-error', init(detail));
  }
}

declare global {
  interface HTMLElementEventMap {
    'language-change': LanguageChangeEvent;
    score: ScoreEvent;
    answer: AnswerEvent;
    'assessment-error': AssessmentErrorEvent;
  }
}
