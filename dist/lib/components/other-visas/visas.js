import { frozen } from '../../rubric/frozen.js';
import { translateRubric } from '../../rubric/translation.js';
import d101 from '../../rubric/visas/d-10-1.json.js';
import d101ko from '../../rubric/visas/d-10-1.ko.json.js';
import d101vi from '../../rubric/visas/d-10-1.vi.json.js';
import d101zh from '../../rubric/visas/d-10-1.zh-Hans.json.js';
import e71 from '../../rubric/visas/e-7-1.json.js';
import e71ko from '../../rubric/visas/e-7-1.ko.json.js';
import e71vi from '../../rubric/visas/e-7-1.vi.json.js';
import e71zh from '../../rubric/visas/e-7-1.zh-Hans.json.js';
import f27 from '../../rubric/visas/f-2-7.json.js';
import f27ko from '../../rubric/visas/f-2-7.ko.json.js';
import f27vi from '../../rubric/visas/f-2-7.vi.json.js';
import f27zh from '../../rubric/visas/f-2-7.zh-Hans.json.js';

const BUILT_IN = [e71, d101, f27].map((json) => frozen(json));
const TRANSLATIONS = [e71ko, e71vi, e71zh, d101ko, d101vi, d101zh, f27ko, f27vi, f27zh];
const translated = /* @__PURE__ */ new Map();
function inLanguage(rubric, lang) {
  const translation = TRANSLATIONS.find((entry) => entry.rubric === rubric.id && entry.language === lang);
  if (!translation) return rubric;
  const key = `${rubric.id}@${rubric.version} ${lang}`;
  let done = translated.get(key);
  if (!done) translated.set(key, done = frozen(translateRubric(rubric, translation)));
  return done;
}
const shortId = (id) => id.replace(/-\d{4}$/, "");
function chooseVisas(all, choice) {
  const names = (choice ?? "").toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (!names.length) return { visas: [...all], unknown: [] };
  const visas = [];
  const unknown = [];
  for (const name of names) {
    const found = all.find((rubric) => rubric.id.toLowerCase() === name || shortId(rubric.id.toLowerCase()) === name);
    if (!found) unknown.push(name);
    else if (!visas.includes(found)) visas.push(found);
  }
  return { visas: visas.length ? visas : [...all], unknown };
}

export { BUILT_IN, chooseVisas, inLanguage };
