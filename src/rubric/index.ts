export { assess, answerIssues, isAsked, maxPoints, pointsFor, questionsById } from './assess.js';
export { holds, threshold, trace } from './conditions.js';
export type { ConditionContext, ConditionTrace } from './conditions.js';
export { defaultRubric } from './default-rubric.js';
export { AnswerError, RubricError } from './errors.js';
export { parseRubric } from './parse-rubric.js';
export type * from './types.js';
export { extractTranslation, translateRubric } from './translation.js';
export type { RubricTranslation, TranslationTree } from './translation.js';
