import type * as z from 'zod/mini';
import type { rubricSchemas } from './schema.js';
import type { AssessmentIssue } from './types.js';
/** The rubric as the schema sees it: one loose object per concept, checked by the rules here. */
export type LooseRubric = z.infer<ReturnType<typeof rubricSchemas>['rubricSchema']>;
/** Every rule the schema does not express: formats, ranges, which fields go together, conditions, cross-references, arithmetic. */
export declare function semanticIssues(rubric: LooseRubric): AssessmentIssue[];
