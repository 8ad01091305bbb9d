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

/** [scenario, files it downloads, gzip budget, Brotli budget] */
const scenarios = [
  // Most visitors of a careers page: they never start.
  ['English page, before any interaction', [main], 25_050, 21_950],
  // The result view is fetched once the applicant first touches the widget.
  ['English page, through the result', [main, result], 31_050, 27_250],
  ['Korean page, through the result', [main, dist('.ko'), result], 37_950, 33_150],
  // A host's own rubric (rubric-src or the rubric property) brings the validator.
  ['Host rubric page, through the result', [main, dist('.validator'), result], 40_950, 36_200],
];

export default scenarios.flatMap(([name, path, gzip, brotli]) => [
  { name: `${name}, gzip`, path, gzip: true, limit: `${gzip} B` },
  { name: `${name}, Brotli`, path, brotli: true, limit: `${brotli} B` },
]);
