import type { Messages, RubricMessages } from '../components/i18n/messages.js';
import type { Rubric } from '../rubric/types.js';
import type { RubricTranslation } from '../rubric/translation.js';

/**
 * Everything one language adds to the widget: the frame's strings and the
 * built-in rubric's texts. English is built in; every other language is one
 * file in this folder, loaded only by pages that show it.
 */
export interface Locale {
  /** The frame's strings, with the words for a host's rubric that cannot be used. */
  messages: Messages & RubricMessages;
  rubric: RubricTranslation;
  /**
   * The built-in rubric in this language, translated once and frozen
   * (translated.ts): brought by the language file rather than the main file,
   * which English pages never need.
   */
  translate: (rubric: Rubric) => Rubric;
}
