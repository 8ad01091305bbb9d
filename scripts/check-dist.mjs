// dist/ is committed so a page can load the widget straight from the
// repository. It must never drift from the sources: build into a scratch
// folder and compare byte for byte.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const scratch = '.build-check';
rmSync(scratch, { recursive: true, force: true });
execFileSync(process.execPath, ['scripts/build.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, KTP_OUT_DIR: scratch },
});

function list(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? list(path) : [relative(dir, path)];
  });
}

const fresh = new Set(list(scratch));
const committed = new Set(list('dist'));
const problems = [];
for (const file of fresh) {
  if (!committed.has(file)) problems.push(`dist/${file} is missing`);
  else if (!readFileSync(join(scratch, file)).equals(readFileSync(join('dist', file)))) problems.push(`dist/${file} differs from a fresh build`);
}
for (const file of committed) if (!fresh.has(file)) problems.push(`dist/${file} is not produced by the build any more`);
rmSync(scratch, { recursive: true, force: true });

if (problems.length) {
  console.error(`dist/ is out of date with the sources:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/.`);
  process.exit(1);
}
console.log(`ok   dist/ equals a fresh build (${fresh.size} files)`);
