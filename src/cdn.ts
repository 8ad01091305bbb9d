// The CDN entry: rollup bundles it, lit and zod inside, into
// dist/ktech-pass-assessment.js, the one file a host page loads with a script
// tag. Loading it registers <ktech-pass-assessment>; it also exports the class.
// Bundlers use src/index.ts instead (the npm build, dist/lib).
export * from './components/ktech-pass-assessment-define.js';
export { KtechPassAssessment } from './element.js';
