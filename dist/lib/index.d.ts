export { TAG_NAME } from './components/ktech-pass-assessment-define.js';
export { KtechPassAssessment } from './element.js';
export type { AnswerDetail, AssessmentErrorDetail, LanguageChangeDetail, ScoreDetail } from './components/events.js';
export type { OtherVisasDetail, VisaResult } from './components/other-visas/detail.js';
export type { KtechPassAssessmentAttributes, KtechPassAssessmentEventMap, KtechPassAssessmentEventProps, KtechPassAssessmentProperties, } from './components/host-types.js';
export type { AnswerValue, Answers, Assessment, AssessmentIssue, CriterionScore, NextAnswer, Rubric, } from './rubric/types.js';
