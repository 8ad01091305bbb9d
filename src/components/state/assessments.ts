// The assessment of a set of answers, and the steps and questions it asks, made once per answers, rubric and host presets.
import { assess, questionsAsked, stepsAsked } from '../../rubric/assess.js';
import { presetAnswers } from '../../rubric/presets.js';
import type { AnswerValue, Answers, Question, Rubric } from '../../rubric/types.js';
import type { ScoreDetail } from '../events.js';
import { perObject } from './memo.js';
import type { OtherVisasState } from '../other-visas/state.js';

/**
 * Assessments made, by the answers object they score (answers are never
 * edited in place, only replaced): a render, its events, the form value and
 * `result` share one assessment per state change. Don't edit what it returns.
 */
export class Assessments {
  #made = new WeakMap<
    Answers,
    { rubric: Rubric; presets: Record<string, AnswerValue>; others: string; main: ScoreDetail; detail: ScoreDetail }
  >();
  /**
   * The host's preset answers, made once per rubric and attribute values: per
   * rubric, as a render asks for the rubric in use and the rubric in the
   * language shown, and one entry would be made again at each switch.
   */
  #presetsOf = perObject((rubric: Rubric, _key: string) => presetAnswers(rubric, this.#attributes()).answers);
  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  #attributes: () => Record<string, string | undefined>;
  /** The other visas: their list joins the detail once their view has loaded. */
  #others: OtherVisasState;

  constructor(attributes: () => Record<string, string | undefined>, others: OtherVisasState) {
    this.#attributes = attributes;
    this.#others = others;
  }

  /** The host's preset answers, by question id, when valid for the rubric. */
  presets(rubric: Rubric): Record<string, AnswerValue> {
    return this.#presetsOf(rubric, JSON.stringify(this.#attributes()));
  }

  /** The assessment of the answers `given`, or of what-if answers tried on the result (`scenario`). */
  of(rubric: Rubric, given: Answers, scenario = false): ScoreDetail {
    const presets = this.presets(rubric);
    const cached = this.#made.get(given);
    const others = this.#others.key;
    const same = cached?.rubric === rubric && cached.presets === presets;
    if (same && cached.others === others) return cached.detail;
    // Only the other visas' answers moved (their step): the main assessment stands, theirs is made again.
    const answers = same ? cached.main.answers : { ...given, ...presets };
    const main: ScoreDetail = same ? cached.main : { ...assess(rubric, answers), answers, scenario };
    const detail: ScoreDetail = { ...main, ...this.#others.detail(main.answers, scenario) };
    this.#made.set(given, { rubric, presets, others, main, detail });
    return detail;
  }

  /** The questions a step asks: those whose conditions the answers (the host's presets too) meet, less the preset ones. */
  asked(rubric: Rubric, step: number, given: Answers): Question[] {
    const presets = this.presets(rubric);
    return questionsAsked(rubric, step, { ...given, ...presets }, presets);
  }

  /** The steps that ask anything now: Next and Back pass over the others. */
  steps(rubric: Rubric, given: Answers): number[] {
    const presets = this.presets(rubric);
    return stepsAsked(rubric, { ...given, ...presets }, presets);
  }
}
