import type { AssessmentIssue } from './types.js';
import type { LooseRubric } from './semantic-rules/loose.js';
export type { LooseRubric } from './semantic-rules/loose.js';
/** Every rule the schema does not express: formats, ranges, which fields go together, conditions, cross-references, arithmetic. */
export declare function semanticIssues(rubric: LooseRubric): AssessmentIssue[];
