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
 * [scenario, files it downloads, gzip budget, Brotli budget]. Lowered in 0.3.0,
 * when the built-in rubric's texts that only the result shows moved to the
 * result file: the first file went from 29,979 B to 27,228 B (`gzip -9`),
 * against the 20,480 B goal, which stays open; a page through the result
 * pays about 150 B more than before (the ids that place those texts, and the
 * loader's render after the result's first paint).
 */
const scenarios = [
  // Most visitors of a careers page: they never start.
  ['English page, before any interaction', [main], 28_100, 24_800],
  // The result view is fetched once the applicant first touches the widget.
  ['English page, through the result', [main, result], 39_550, 34_800],
  ['Korean page, through the result', [main, dist('.ko'), result], 48_700, 42_700],
  // A host's own rubric (rubric-src or the rubric property) brings the validator.
  ['Host rubric page, through the result', [main, dist('.validator'), result], 51_000, 45_150],
];

export default scenarios.flatMap(([name, path, gzip, brotli]) => [
  { name: `${name}, gzip`, path, gzip: true, limit: `${gzip} B` },
  { name: `${name}, Brotli`, path, brotli: true, limit: `${brotli} B` },
]);
