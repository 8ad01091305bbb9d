import { frozen } from '../rubric/frozen.js';
import { translateRubric } from '../rubric/translation.js';

function translator(texts) {
  const done = /* @__PURE__ */ new WeakMap();
  return (rubric) => {
    let translated = done.get(rubric);
    if (!translated) done.set(rubric, translated = frozen(translateRubric(rubric, texts)));
    return translated;
  };
}

export { translator };
