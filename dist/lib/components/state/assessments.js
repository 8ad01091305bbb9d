import { assess } from '../../rubric/assess.js';
import { presetAnswers } from '../../rubric/presets.js';
import { perObject } from './memo.js';
import { questionsAsked, stepsAsked } from '../../rubric/assess/asked.js';

class Assessments {
  #made = /* @__PURE__ */ new WeakMap();
  /**
   * The host's preset answers, made once per rubric and attribute values: per
   * rubric, as a render asks for the rubric in use and the rubric in the
   * language shown, and one entry would be made again at each switch.
   */
  #presetsOf = perObject((rubric, _key) => presetAnswers(rubric, this.#attributes()).answers);
  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  #attributes;
  /** The other visas: their list joins the detail once their view has loaded. */
  #others;
  constructor(attributes, others) {
    this.#attributes = attributes;
    this.#others = others;
  }
  /** The host's preset answers, by question id, when valid for the rubric. */
  presets(rubric) {
    return this.#presetsOf(rubric, JSON.stringify(this.#attributes()));
  }
  /** The assessment of the answers `given`, or of what-if answers tried on the result (`scenario`). */
  of(rubric, given, scenario = false) {
    const presets = this.presets(rubric);
    const cached = this.#made.get(given);
    const others = this.#others.key;
    const same = cached?.rubric === rubric && cached.presets === presets;
    if (same && cached.others === others) return cached.detail;
    const answers = same ? cached.main.answers : { ...given, ...presets };
    const main = same ? cached.main : { ...assess(rubric, answers), answers, scenario };
    const detail = { ...main, ...this.#others.detail(main.answers, scenario) };
    this.#made.set(given, { rubric, presets, others, main, detail });
    return detail;
  }
  /** The questions a step asks: those whose conditions the answers (the host's presets too) meet, less the preset ones. */
  asked(rubric, step, given) {
    const presets = this.presets(rubric);
    return questionsAsked(rubric, step, { ...given, ...presets }, presets);
  }
  /** The steps that ask anything now: Next and Back pass over the others. */
  steps(rubric, given) {
    const presets = this.presets(rubric);
    return stepsAsked(rubric, { ...given, ...presets }, presets);
  }
}

export { Assessments };
