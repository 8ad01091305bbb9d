import type { Rubric } from '../../rubric/types.js';
import type { RubricMessages } from '../i18n/messages.js';
/** The words for a host rubric that cannot be used, in English; other languages have them in their own tables (src/locales/). */
export declare const RUBRIC_MESSAGES_EN: RubricMessages;
/**
 * A host's rubric, given as a value (the `rubric` property) or fetched from
 * `rubric-src`: a validated, frozen copy (the host editing its object later
 * changes nothing; a cycle or a function is an issue). Rejects with a
 * RubricFailure.
 */
export declare function loadRubric(source: {
    value: unknown;
} | {
    src: string;
}, load: AbortController, timeout: number): Promise<Rubric>;
