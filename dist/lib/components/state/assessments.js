import { assess } from '../../rubric/assess.js';
import { presetAnswers } from '../../rubric/presets.js';
import { questionsAsked, stepsAsked } from '../../rubric/assess/asked.js';

class Assessments {
  #made = /* @__PURE__ */ new WeakMap();
  /** The host's preset answers, made once per rubric and attribute value. */
  #presets = null;
  /** The attributes through which the host answers questions; the rubric says which (`hostAttribute`). */
  #attributes;
  constructor(attributes) {
    this.#attributes = attributes;
  }
  /** The host's preset answers, by question id, when valid for the rubric. */
  presets(rubric) {
    const attributes = this.#attributes();
    const key = JSON.stringify(attributes);
    const cached = this.#presets;
    if (cached?.rubric === rubric && cached.key === key) return cached.answers;
    return (this.#presets = { rubric, key, answers: presetAnswers(rubric, attributes).answers }).answers;
  }
  /** The assessment of the answers `given`, or of what-if answers tried on the result (`scenario`). */
  of(rubric, given, scenario = false) {
    const presets = this.presets(rubric);
    const cached = this.#made.get(given);
    if (cached?.rubric === rubric && cached.presets === presets) return cached.detail;
    const answers = { ...given, ...presets };
    const detail = { ...assess(rubric, answers), answers, scenario };
    this.#made.set(given, { rubric, presets, detail });
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
