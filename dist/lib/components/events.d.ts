import type { AnswerValue, Answers, Assessment, AssessmentIssue } from '../rubric/types.js';
import type { OtherVisasDetail } from './other-visas/detail.js';
/** `score` detail: the engine's assessment plus the answers it was made from, and the other visas once their section has loaded. */
export type ScoreDetail = Assessment & OtherVisasDetail & {
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
/** `score`: the result, or a what-if on it (`detail.scenario`). */
export declare class ScoreEvent extends CustomEvent<ScoreDetail> {
    constructor(detail: ScoreDetail);
}
/** `answer`: the applicant changed an answer in the steps. */
export declare class AnswerEvent extends CustomEvent<AnswerDetail> {
    constructor(detail: AnswerDetail);
}
/** `language-change`: the applicant chose a language in the widget's menu. */
export declare class LanguageChangeEvent extends CustomEvent<LanguageChangeDetail> {
    constructor(detail: LanguageChangeDetail);
}
/** `assessment-error`: a rubric, attribute, prefill or stored answer could not be used. */
export declare class AssessmentErrorEvent extends CustomEvent<AssessmentErrorDetail> {
    constructor(detail: AssessmentErrorDetail);
}
declare global {
    interface HTMLElementEventMap {
        'language-change': LanguageChangeEvent;
        score: ScoreEvent;
        answer: AnswerEvent;
        'assessment-error': AssessmentErrorEvent;
    }
}
