import type { AnswerValue } from '../../rubric/types.js';
import type { VisaResult } from '../../rubric/other-visas.js';
export type { AssumedAnswer, VisaFact, VisaPoints, VisaResult, VisaStatus } from '../../rubric/other-visas.js';
/**
 * Other visas checked on the same answers. Present once the section has
 * loaded (the applicant opened it, or reached a result with no route met),
 * never for a what-if, absent with `other-visas="off"`.
 */
export interface OtherVisasDetail {
    /**
     * Each visa shown, in order: `status` (`met`, `not-met`, `needs-answers`),
     * `points` where it has a points table (`total`, `passMark`, …), the
     * deciding `facts` (with `short`, how far off), `assumed` (what was not
     * asked and must also hold), `missing`, `sources`, `next` and
     * `reviewDate`. An estimate, never a decision.
     */
    otherVisas?: VisaResult[];
    /** The answers only the other visas asked (age, Korean level, …), by question id; `answers` holds the rest. */
    otherAnswers?: Record<string, AnswerValue>;
}
