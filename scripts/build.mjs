// One build for everything generated, all checked by scripts/check-dist.mjs:
// - dist/ktech-pass-assessment.js, dist/rubric.js: self-contained bundles (rollup);
// - dist/lib/: the npm build for bundlers (rollup, lit/zod external) and its
//   type declarations (tsc 7, which has no JS API, so it runs as a command);
// - rubric.schema.json: the rubric's JSON Schema, from the zod schema;
// - custom-elements.json: the element's API, from its JSDoc.
// KTP_OUT_DIR moves dist/ and KTP_ROOT_OUT_DIR the two root files (check-dist
// builds into a scratch folder).
//
// Everything is built into a staging folder first and moved into place at the
// end, so a page or test reading dist/ during a build (npm start, a parallel
// test run) never sees it half-written.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const outDir = process.env.KTP_OUT_DIR ?? 'dist';
const rootOut = process.env.KTP_ROOT_OUT_DIR ?? '.';
const staging = `${outDir}.building-${process.pid}`;
const stagingRoot = join(staging, '.root');
rmSync(staging, { recursive: true, force: true });
mkdirSync(stagingRoot, { recursive: true });

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (command, args) =>
  execFileSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, KTP_OUT_DIR: staging },
  });

try {
  run(bin('rollup'), ['-c', '--silent']);
  // Rollup drops module directives; the React wrapper's "use client" must
  // head its built file, or a React Server Component importing it fails.
  const wrapper = join(staging, 'lib/react/index.js');
  writeFileSync(wrapper, `'use client';\n${readFileSync(wrapper, 'utf8')}`);
  run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(staging, 'lib')]);
  run(process.execPath, ['--import', 'tsx', 'scripts/rubric-schema.mjs', join(stagingRoot, 'rubric.schema.json')]);
  // The analyzer joins --outdir to the working directory, so it must be relative.
  run(bin('cem'), [
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--outdir',
    relative(process.cwd(), stagingRoot),
  ]);

  mkdirSync(rootOut, { recursive: true });
  for (const file of ['rubric.schema.json', 'custom-elements.json'])
    renameSync(join(stagingRoot, file), join(rootOut, file));
  rmSync(stagingRoot, { recursive: true });
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
