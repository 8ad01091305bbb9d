export {
  answersAsked,
  askedIds,
  assess,
  answerIssues,
  clampCategories,
  fitAnswers,
  isAsked,
  localDate,
  maxPoints,
  minPoints,
  optionsById,
  pointsFor,
  questionsAsked,
  questionsById,
  scoresOf,
  stepsAsked,
} from './assess.js';
export { sameAnswer, toggleOption } from './answers.js';
export { CHANGEABILITY, changeabilityOf, effortOf, nearestRoute, routeOutlooks } from './advice.js';
export type { LeafCondition, RouteGap, RouteOutlook, RouteStanding } from './advice.js';
export { holds, threshold, trace } from './conditions.js';
export type { ConditionContext, ConditionTrace } from './conditions.js';
export { defaultRubric } from './default-rubric.js';
export { AnswerError, RubricError } from './errors.js';
export { parseRubric, RUBRIC_LIMITS } from './parse-rubric.js';
export { presetAnswers } from './presets.js';
export type * from './types.js';
export { assessOtherVisas, assessVisa, questionsToAsk, sharedQuestionIssues } from './other-visas.js';
export type { AssumedAnswer, VisaFact, VisaPoints, VisaResult, VisaStatus } from './other-visas.js';
export { extractTranslation, translateRubric } from './translation.js';
export type { RubricTranslation, TranslationTree } from './translation.js';
