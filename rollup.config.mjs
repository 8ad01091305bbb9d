import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from './scripts/rollup/template-minifier.mjs';
import noGlobals from './scripts/rollup/no-globals.mjs';
import onDemand from './scripts/rollup/on-demand.mjs';
import handed from './scripts/rollup/handed.mjs';
import resultTexts from './scripts/rollup/result-texts.mjs';
import { readFileSync } from 'node:fs';

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
  noGlobals(),
  // "$schema" only helps an editor that opens the JSON; no visitor needs it.
  { name: 'strip-schema-key', transform: (code, id) => (id.endsWith('.json') ? code.replace(/^\s*"\$schema":\s*"[^"]*",\n/m, '') : null) },
  json({ preferConst: true }),
  minifyTemplates(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ module: true, compress: { passes: 2 }, format: { comments: false } }),
];

// The npm build (dist/lib): one module per source file, readable, for the
// host's own bundler. Dependencies stay imports, so an app that already uses
// lit or zod ships one copy, and its bundler picks lit's dev or production
// build. Declarations come from `tsc -p tsconfig.build.json` (scripts/build.mjs).
const external = (id) => /^(lit|@lit\/|lit-html|lit-element|@lit-labs\/|zod|react)(\/|$)/.test(id);

// Files the CDN build loads only when a page needs them, each self-contained:
// the validator, fetch and words for a host's own rubric, and one file per language besides
// English (built in): src/locales/<code>.ts for each language of the registry, src/locales/languages.json.
const languages = JSON.parse(readFileSync('src/locales/languages.json', 'utf8'))
  .map((language) => language.code)
  .filter((code) => code !== 'en');
// The result view, loaded once the applicant starts, takes the main file's
// Lit and number formats (result-view-loader.ts hands them; handed.mjs).
const resultView = 'src/components/views/result-view.ts';
// The other visas (their rubrics in every language, the step and the list),
// loaded by the result view when the section is wanted; handed the same.
const visasView = 'src/components/other-visas/view.ts';
const handedNames = {
  lit: ['css', 'html', 'nothing', 'svg'],
  'src/components/i18n/localize.ts': ['formatNumber', 'pick', 'TYPED_MAX_LENGTH'],
  'src/locales/languages.ts': ['ENGLISH', 'languageOf'],
  // Why a what-if field's text is no answer yet (the result's status region says it).
  'src/components/question-types/answers.ts': ['typedError'],
};
const onDemandFiles = {
  'src/components/loading/rubric-loader.ts': 'ktech-pass-assessment.validator.js',
  [resultView]: 'ktech-pass-assessment.result.js',
  [visasView]: 'ktech-pass-assessment.visas.js',
  ...Object.fromEntries(languages.map((code) => [`src/locales/${code}.ts`, `ktech-pass-assessment.${code}.js`])),
};

export default [
  ...Object.entries(onDemandFiles).map(([input, file]) => ({
    input,
    output: { file: `${outDir}/${file}`, format: 'es', sourcemap: 'hidden' },
    // The result view and the visas take the main file's Lit, and import their on-demand files by their built names.
    // (The visas read typed numbers too, with a function of localize.ts the main file does not hand: they keep their own copy of it.)
    plugins:
      input === resultView
        ? [
            handed(input, handedNames),
            onDemand(onDemandFiles),
            // The built-in rubric's texts only the result shows (the main file leaves them out).
            resultTexts('result'),
            ...plugins,
          ]
        : input === visasView
          ? [handed(input, { lit: handedNames.lit }), onDemand(onDemandFiles), ...plugins]
          : plugins,
    onwarn,
  })),
  {
    // The CDN entry, under the file name a page's script tag asks for.
    input: 'src/cdn.ts',
    // 'hidden': the map is written beside the file without a sourceMappingURL
    // comment, 50 bytes every visitor would download for DevTools' sake.
    output: { file: `${outDir}/ktech-pass-assessment.js`, format: 'es', sourcemap: 'hidden' },
    plugins: [onDemand(onDemandFiles), resultTexts('first'), ...plugins],
    onwarn,
  },
  {
    // The engine alone: pure ESM with zod inside, runs in Node 20 without a DOM.
    input: 'src/rubric/index.ts',
    output: { file: `${outDir}/rubric.js`, format: 'es', sourcemap: true },
    plugins,
    onwarn,
  },
  {
    input: {
      index: 'src/index.ts',
      // `ktech-pass-assessment/element`: an entry of its own, or rollup would re-export the class
      // past it and leave this module (the DOM stand-in's wrapper) with nothing to export.
      element: 'src/element.ts',
      'components/ktech-pass-assessment': 'src/components/ktech-pass-assessment.ts',
      'components/ktech-pass-assessment-define': 'src/components/ktech-pass-assessment-define.ts',
      'rubric/index': 'src/rubric/index.ts',
      'react/index': 'src/react/index.ts',
    },
    external,
    output: {
      dir: `${outDir}/lib`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // The default rubric becomes dist/lib/rubric/default-rubric.json.js, a JS
      // module: a JSON import needs import attributes, which not every
      // bundler accepts.
    },
    plugins: [json({ preferConst: true }), minifyTemplates(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
    onwarn,
  },
];
