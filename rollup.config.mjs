import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from './scripts/minify-templates.mjs';

// `npm test` builds into a scratch folder and compares it with the committed
// dist/ (scripts/check-dist.mjs); everything else builds into dist/.
const outDir = process.env.KTP_OUT_DIR ?? 'dist';

// zod 4 ships circular imports and /*#__PURE__*/ annotations rollup cannot
// place; both are harmless. Silence exactly those from node_modules.
function onwarn(warning, warn) {
  const fromDeps = (warning.ids ?? [warning.id ?? '']).some((id) => id.includes('node_modules'));
  if (fromDeps && (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION')) return;
  warn(warning);
}

const plugins = [
  // 'production' picks Lit's production build: no dev-mode warnings in dist.
  nodeResolve({ exportConditions: ['production'] }),
  json({ preferConst: true }),
  minifyTemplates(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'src/ktech-pass-assessment.ts',
    output: { file: `${outDir}/ktech-pass-assessment.js`, format: 'es', sourcemap: true },
    plugins,
    onwarn,
  },
  {
    // The engine alone: pure ESM with zod inside, runs in Node 20 without a DOM.
    input: 'src/rubric/index.ts',
    output: { file: `${outDir}/rubric.js`, format: 'es', sourcemap: true },
    plugins,
    onwarn,
  },
];
