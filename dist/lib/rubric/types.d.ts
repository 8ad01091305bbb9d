export type * from './types/assessment.js';
export type * from './types/question.js';
export type * from './types/rubric.js';
