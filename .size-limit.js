// Byte budgets of what a visitor downloads, per kind of page, checked by
// `npm test` (size-limit with @size-limit/file). Each is set about 3 % above
// what was measured: a guard against growth, not a target. A change that
// needs more raises the budget in the same commit and says why; accessibility,
// correctness and structure are never paid for with bytes.
//
// gzip here is zlib at level 9 (size-limit's), about 1.5 % above `gzip -9`,
// the measure of the 20,480 B goal for the first file; Brotli at quality 11,
// as a CDN that pre-compresses serves it. Budgets are bytes (1 kB = 1,000 B).
const dist = (name) => `dist/ktech-pass-assessment${name}.js`;
const main = dist('');
const result = dist('.result');

/**
 * [scenario, files it downloads, gzip budget, Brotli budget]. In 0.3.0 the
 * built-in rubric's texts that only the result shows moved to the result file
 * (first file 29,979 → 27,228 B `gzip -9`); then the element was split into
 * parts with one job each (answers store, step flow, notices, typed events,
 * form association apart from validation: about +1,000 B), one language
 * registry and one question-type module (+200 B) and the other visas' loader
 * (+190 B) raised it to 28,853 B. The 20,480 B goal stays open. A review's
 * fixes then added about 600 B to the first file (events held until the
 * element is in a document, a failed language fetched again when chosen again,
 * the other visas' question ids so a page can prefill their answers, the
 * parser's tenths and unit order, stored answers following the rubric in use)
 * and about 700 B to the result file (the official tier beside a reported
 * track, the benefits' assumption, a what-if's unanswered question, visa
 * codes kept whole), and the wording fixes about 100 B more to every
 * language's file and the visas' (Chinese and Vietnamese terms, codes in
 * every route text): every budget is set again about 3 % above. The result file
 * grew with the other visas' section (its button and words in four languages)
 * and the result-only texts; the other visas' own file carries their three
 * rubrics in every language. In 0.3.1 the first file grew by about 660 B
 * (29,643 → 30,302 B `gzip -9`: the result made ahead while the browser is
 * idle, Korean terms marked as Korean and the what-if's announcements, which
 * the frame renders, `el.lang`'s own accessor) and the result file by about
 * 200 B; both stay under their budgets, which are left as they were (the first
 * file's now about 1 % above).
 */
const scenarios = [
  // Most visitors of a careers page: they never start.
  ['English page, before any interaction', [main], 30_650, 27_100],
  // The result view is fetched once the applicant first touches the widget.
  ['English page, through the result', [main, result], 43_900, 38_600],
  ['Korean page, through the result', [main, dist('.ko'), result], 53_100, 46_550],
  // A host's own rubric (rubric-src or the rubric property) brings the validator.
  ['Host rubric page, through the result', [main, dist('.validator'), result], 55_550, 49_200],
  // An applicant who opens "Other visas that may fit" (or meets no route).
  ['English page, through the other visas', [main, result, dist('.visas')], 101_550, 80_050],
];

export default scenarios.flatMap(([name, path, gzip, brotli]) => [
  { name: `${name}, gzip`, path, gzip: true, limit: `${gzip} B` },
  { name: `${name}, Brotli`, path, brotli: true, limit: `${brotli} B` },
]);
