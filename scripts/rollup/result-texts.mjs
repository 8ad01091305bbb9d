// The built-in rubric's texts that only the result shows (each route's status,
// description, basis, assumption, next steps and sources; the rubric's
// sources, benefits, assumptions and scope; each question's assumption and
// sources; the pass mark's assumption) are a third of its bytes, and most
// visitors of a careers page never reach the result. In the CDN build the
// main file's copy of src/rubric/default-rubric.json leaves them out, and the
// result file's copy holds only them (with the ids that place them), which
// src/components/loading/result-texts.ts puts back into the rubric when the result
// file has loaded. The npm build and the engine (dist/rubric.js) keep the
// whole rubric: this plugin is used by the CDN files alone.
const RUBRIC = /\/src\/rubric\/default-rubric\.json$/;

/** Keys only the result reads, by where they are: the rubric itself, the pass mark, each route, each question. */
const RESULT_ONLY = {
  rubric: ['sources', 'benefits', 'benefitSources', 'assumptions', 'scope'],
  passMark: ['assumption'],
  pathways: ['status', 'description', 'basis', 'assumption', 'next', 'sources'],
  questions: ['assumption', 'sources'],
};

/** [what the first file keeps, what the result file holds] of a rubric object. */
export function splitRubric(rubric) {
  const take = (object, keys) => {
    const kept = {};
    const taken = {};
    for (const [key, value] of Object.entries(object)) (keys.includes(key) ? taken : kept)[key] = value;
    return [kept, taken];
  };
  const [first, result] = take(rubric, RESULT_ONLY.rubric);
  [first.passMark, result.passMark] = take(rubric.passMark, RESULT_ONLY.passMark);
  for (const list of ['pathways', 'questions']) {
    const pairs = rubric[list].map((item) => take(item, RESULT_ONLY[list]));
    first[list] = pairs.map(([kept]) => kept);
    // Placed by id when the texts come back (src/components/loading/result-texts.ts).
    result[list] = pairs.map(([, taken], index) => ({ id: rubric[list][index].id, ...taken }));
  }
  return [first, result];
}

/** @param {'first' | 'result'} part which part of the built-in rubric this file gets */
export default function resultTexts(part) {
  return {
    name: 'result-texts',
    transform(code, id) {
      if (!RUBRIC.test(id.replaceAll('\\', '/'))) return null;
      // "$schema" helps an editor only (rollup.config.mjs drops it from every JSON file too).
      const { $schema, ...rubric } = JSON.parse(code);
      const [first, result] = splitRubric(rubric);
      return { code: JSON.stringify(part === 'first' ? first : result), map: { mappings: '' } };
    },
  };
}
