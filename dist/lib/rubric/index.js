export { answerIssues, assess, fitAnswers, isAsked, localDate, maxPoints, pointsFor, questionsAsked, questionsById, scoresOf } from './assess.js';
export { holds, threshold, trace } from './conditions.js';
export { defaultRubric } from './default-rubric.js';
export { AnswerError, RubricError } from './errors.js';
export { parseRubric } from './parse-rubric.js';
export { presetAnswers } from './presets.js';
export { extractTranslation, translateRubric } from './translation.js';
export { RUBRIC_LIMITS } from './rubric-limits.js';
