import { matchLanguage, LANGUAGES } from '../i18n/language.js';
import { presetProblems } from './host-answers.js';

class HostChecks {
  /** The host attributes last checked against the rubric, so each change is reported once. */
  #presetsChecked = "";
  #notices;
  constructor(notices) {
    this.#notices = notices;
  }
  /**
   * `lang`: the element's own, when it changed (a framework setting the same
   * one again is none). `rubric` and `attributes` are checked when either
   * changed (`rubricMoved`): a host rubric may not declare the attribute at
   * all. Returns whether the attributes changed.
   */
  check(lang, rubric, rubricMoved, attributes) {
    if (typeof lang === "string" && lang && !matchLanguage(lang))
      this.#notices.english(lang, `"${lang}" is not one of ${LANGUAGES.join(", ")}`);
    const presets = JSON.stringify(attributes);
    const changed = presets !== this.#presetsChecked;
    if (rubric && (changed || rubricMoved)) {
      this.#presetsChecked = presets;
      for (const [wording, issue] of presetProblems(rubric, attributes)) this.#notices.report(wording, [issue]);
    }
    return changed;
  }
}

export { HostChecks };
