import type { AnswerValue, Answers, Question, Rubric } from '../../rubric/types.js';
import type { ScoreDetail } from '../events.js';
import type { OtherVisasState } from '../other-visas/state.js';
/**
 * Assessments made, by the answers object they score (answers are never
 * edited in place, only replaced): a render, its events, the form value and
 * `result` share one assessment per state change. Don't edit what it returns.
 */
export declare class Assessments {
    #private;
    constructor(attributes: () => Record<string, string | undefined>, others: OtherVisasState);
    /** The host's preset answers, by question id, when valid for the rubric. */
    presets(rubric: Rubric): Record<string, AnswerValue>;
    /** The assessment of the answers `given`, or of what-if answers tried on the result (`scenario`). */
    of(rubric: Rubric, given: Answers, scenario?: boolean): ScoreDetail;
    /** The questions a step asks: those whose conditions the answers (the host's presets too) meet, less the preset ones. */
    asked(rubric: Rubric, step: number, given: Answers): Question[];
    /** The steps that ask anything now: Next and Back pass over the others. */
    steps(rubric: Rubric, given: Answers): number[];
}
