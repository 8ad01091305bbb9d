import type * as z from 'zod/mini';
import type { rubricSchemas } from '../schema.js';

/** The rubric as the schema sees it: one loose object per concept, checked by the rules in this folder. */
export type LooseRubric = z.infer<ReturnType<typeof rubricSchemas>['rubricSchema']>;
export type LooseQuestion = LooseRubric['questions'][number];
