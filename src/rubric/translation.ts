import type { LocalizedText, Rubric } from './types.js';

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

export type TranslationTree = string | TranslationTree[] | { [key: string]: TranslationTree };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
// Own `en` only: a page that puts an `en` on Object.prototype must not make every object a text.
const isLocalized = (value: unknown): value is LocalizedText =>
  isObject(value) && Object.hasOwn(value, 'en') && typeof value['en'] === 'string';
const idOf = (value: unknown) => (isObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined);
// Own keys only: an id such as "constructor" must not find Object.prototype's.
const child = (tree: unknown, key: string | number | undefined): unknown =>
  key !== undefined && isObject(tree) && Object.hasOwn(tree, key) ? (tree as Record<string, unknown>)[key] : undefined;

function merge(node: unknown, texts: unknown, language: string): unknown {
  if (Array.isArray(node)) return node.map((item, index) => merge(item, child(texts, idOf(item) ?? index), language));
  if (!isObject(node)) return node;
  if (isLocalized(node)) return typeof texts === 'string' && texts ? { ...node, [language]: texts } : node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) out[key] = merge(node[key], child(texts, key), language);
  return out;
}

/**
 * The rubric with a translation's texts added. A text the translation lacks
 * stays English (the fallback), so `parseRubric` of the result is how a test
 * proves a translation complete. Translations of another rubric are ignored.
 */
export function translateRubric(rubric: Rubric, translation: RubricTranslation): Rubric {
  if (translation.rubric !== rubric.id) return rubric;
  const translated = merge(rubric, translation.texts, translation.language) as Rubric;
  if (!translated.languages.includes(translation.language))
    translated.languages = [...translated.languages, translation.language];
  return translated;
}

function extract(node: unknown, language: string): TranslationTree | undefined {
  if (isLocalized(node)) return node[language];
  if (!isObject(node)) return undefined;
  const keyed = Array.isArray(node) && node.every((item) => idOf(item) !== undefined);
  if (Array.isArray(node) && !keyed) {
    const list = node.map((item) => extract(item, language));
    return list.some((item) => item !== undefined) ? list.map((item) => item ?? '') : undefined;
  }
  const out: Record<string, TranslationTree> = {};
  for (const [key, value] of Array.isArray(node)
    ? node.map((item) => [idOf(item) as string, item] as const)
    : Object.entries(node)) {
    const texts = extract(value, language);
    if (texts !== undefined) out[key] = texts;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The texts of one language in a rubric, as a translation (the inverse of `translateRubric`); for tools and tests. */
export function extractTranslation(rubric: Rubric, language: string): RubricTranslation {
  return { rubric: rubric.id, language, texts: extract(rubric, language) ?? {} };
}
