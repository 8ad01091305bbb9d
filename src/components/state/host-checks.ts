// What the host set that cannot be used (a `lang` there is no file for, a preset attribute no question takes), reported once per change.
import type { Rubric } from '../../rubric/types.js';
import { LANGUAGES, matchLanguage } from '../i18n/language.js';
import { presetProblems } from './host-answers.js';
import type { Notices } from './notices.js';

/** Checks the host's `lang` and preset attributes before each render, reporting through the notices. */
export class HostChecks {
  /** The host attributes last checked against the rubric, so each change is reported once. */
  #presetsChecked = '';
  #notices: Notices;

  constructor(notices: Notices) {
    this.#notices = notices;
  }

  /**
   * `lang`: the element's own, when it changed (a framework setting the same
   * one again is none). `rubric` and `attributes` are checked when either
   * changed (`rubricMoved`): a host rubric may not declare the attribute at
   * all. Returns whether the attributes changed.
   */
  check(
    lang: string | undefined,
    rubric: Rubric | null,
    rubricMoved: boolean,
    attributes: Record<string, string | undefined>,
  ): boolean {
    // Only text is a tag, and only text can be quoted without throwing. In English: it is shown in English anyway.
    if (typeof lang === 'string' && lang && !matchLanguage(lang))
      this.#notices.english(lang, `"${lang}" is not one of ${LANGUAGES.join(', ')}`);
    const presets = JSON.stringify(attributes);
    const changed = presets !== this.#presetsChecked;
    if (rubric && (changed || rubricMoved)) {
      this.#presetsChecked = presets;
      for (const [wording, issue] of presetProblems(rubric, attributes)) this.#notices.report(wording, [issue]);
    }
    return changed;
  }
}
