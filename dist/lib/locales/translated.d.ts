import type { Rubric } from '../rubric/types.js';
import { type RubricTranslation } from '../rubric/translation.js';
/**
 * A language's `translate`: the built-in rubric in that language, translated
 * once per rubric and frozen like every rubric in use. It is part of the
 * language's file, so English pages never load it.
 */
export declare function translator(texts: RubricTranslation): (rubric: Rubric) => Rubric;
