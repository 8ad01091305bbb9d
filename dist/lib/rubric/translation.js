const isObject = (value) => typeof value === "object" && value !== null;
const isLocalized = (value) => isObject(value) && Object.hasOwn(value, "en") && typeof value["en"] === "string";
const idOf = (value) => isObject(value) && typeof value["id"] === "string" ? value["id"] : void 0;
const child = (tree, key) => key !== void 0 && isObject(tree) && Object.hasOwn(tree, key) ? tree[key] : void 0;
function merge(node, texts, language) {
  if (Array.isArray(node)) return node.map((item, index) => merge(item, child(texts, idOf(item) ?? index), language));
  if (!isObject(node)) return node;
  if (isLocalized(node)) return typeof texts === "string" && texts ? { ...node, [language]: texts } : node;
  const out = {};
  for (const key of Object.keys(node)) out[key] = merge(node[key], child(texts, key), language);
  return out;
}
function translateRubric(rubric, translation) {
  if (translation.rubric !== rubric.id) return rubric;
  const translated = merge(rubric, translation.texts, translation.language);
  if (!translated.languages.includes(translation.language))
    translated.languages = [...translated.languages, translation.language];
  return translated;
}
function extract(node, language) {
  if (isLocalized(node)) return node[language];
  if (!isObject(node)) return void 0;
  const keyed = Array.isArray(node) && node.every((item) => idOf(item) !== void 0);
  if (Array.isArray(node) && !keyed) {
    const list = node.map((item) => extract(item, language));
    return list.some((item) => item !== void 0) ? list.map((item) => item ?? "") : void 0;
  }
  const out = {};
  for (const [key, value] of Array.isArray(node) ? node.map((item) => [idOf(item), item]) : Object.entries(node)) {
    const texts = extract(value, language);
    if (texts !== void 0) out[key] = texts;
  }
  return Object.keys(out).length ? out : void 0;
}
function extractTranslation(rubric, language) {
  return { rubric: rubric.id, language, texts: extract(rubric, language) ?? {} };
}

export { extractTranslation, translateRubric };
