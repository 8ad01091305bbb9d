export { answerIssues, assess, isAsked, maxPoints, pointsFor, questionsById } from './assess.js';
export { holds, threshold, trace } from './conditions.js';
export { defaultRubric } from './default-rubric.js';
export { AnswerError, RubricError } from './errors.js';
export { parseRubric } from './parse-rubric.js';
export { extractTranslation, translateRubric } from './translation.js';
