import type { Rubric } from './types.js';
/**
 * A rubric's texts in one more language, kept apart from the rubric so that a
 * page pays only for the languages it shows. Texts are found by the ids on the
 * way to them (`questions.degree.options.masters.label`), not by position, so
 * a reordered rubric keeps its translations. Lists without ids (`benefits`,
 * `assumptions`) are matched by position.
 */
export interface RubricTranslation {
    /** The id of the rubric these texts translate; a translation never applies to another rubric. */
    rubric: string;
    /** The language code the texts are in. */
    language: string;
    /** The rubric's shape, with each localized text replaced by its text in `language`. */
    texts: TranslationTree;
}
export type TranslationTree = string | TranslationTree[] | {
    [key: string]: TranslationTree;
};
/**
 * The rubric with a translation's texts added. A text the translation lacks
 * stays English (the fallback), so `parseRubric` of the result is how a test
 * proves a translation complete. Translations of another rubric are ignored.
 */
export declare function translateRubric(rubric: Rubric, translation: RubricTranslation): Rubric;
/** The texts of one language in a rubric, as a translation (the inverse of `translateRubric`); for tools and tests. */
export declare function extractTranslation(rubric: Rubric, language: string): RubricTranslation;
