// The npm entry for bundlers: registers <ktech-pass-assessment> on import and
// exports its class and the types a host needs to handle its events. lit and
// zod stay imports here (package dependencies), so an app that already uses
// them ships one copy. `ktech-pass-assessment/element` is the class without
// registration, for hosts that register it themselves.
export { TAG_NAME } from './components/ktech-pass-assessment-define.js';
export { KtechPassAssessment } from './element.js';
export type { AnswerDetail, AssessmentErrorDetail, LanguageChangeDetail, ScoreDetail } from './components/events.js';
export type { OtherVisasDetail, VisaResult } from './components/other-visas/detail.js';
export type {
  KtechPassAssessmentAttributes,
  KtechPassAssessmentEventMap,
  KtechPassAssessmentEventProps,
  KtechPassAssessmentProperties,
} from './components/host-types.js';
export type {
  AnswerValue,
  Answers,
  Assessment,
  AssessmentIssue,
  CriterionScore,
  NextAnswer,
  Rubric,
} from './rubric/types.js';
