// The engine's data types, by what they describe: types/question.ts,
// types/rubric.ts (the rubric around its questions), types/assessment.ts
// (answers and what the engine says about them).
export type * from './types/assessment.js';
export type * from './types/question.js';
export type * from './types/rubric.js';
