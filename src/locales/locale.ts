import type { Messages } from '../components/messages.js';
import type { RubricTranslation } from '../rubric/translation.js';

/**
 * Everything one language adds to the widget: the frame's strings and the
 * built-in rubric's texts. English is built in; every other language is one
 * file in this folder, loaded only by pages that show it.
 */
export interface Locale {
  messages: Messages;
  rubric: RubricTranslation;
}
