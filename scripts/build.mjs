// One build for everything in dist/: the bundles (rollup). KTP_OUT_DIR moves
// the output (scripts/check-dist.mjs builds into a scratch folder).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = process.env.KTP_OUT_DIR ?? 'dist';
rmSync(outDir, { recursive: true, force: true });
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
execFileSync(bin('rollup'), ['-c', '--silent'], { stdio: 'inherit', env: { ...process.env, KTP_OUT_DIR: outDir } });
