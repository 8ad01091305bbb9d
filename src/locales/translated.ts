import { frozen } from '../components/loading/frozen.js';
import type { Rubric } from '../rubric/types.js';
import { translateRubric, type RubricTranslation } from '../rubric/translation.js';

/**
 * A language's `translate`: the built-in rubric in that language, translated
 * once per rubric and frozen like every rubric in use. It is part of the
 * language's file, so English pages never load it.
 */
export function translator(texts: RubricTranslation): (rubric: Rubric) => Rubric {
  const done = new WeakMap<Rubric, Rubric>();
  return (rubric) => {
    let translated = done.get(rubric);
    if (!translated) done.set(rubric, (translated = frozen(translateRubric(rubric, texts))));
    return translated;
  };
}
