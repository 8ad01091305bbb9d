// dist/ and the generated files at the root (rubric.schema.json,
// custom-elements.json) are committed so a page can load the widget straight
// from the repository and an editor finds the schema. They must never drift
// from the sources: build into a scratch folder and compare byte for byte.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// The scratch dist/ sits at the same depth as dist/, so the relative source
// paths in the source maps come out the same.
const scratch = '.build-check';
const scratchRoot = '.build-check-root';
const ROOT_FILES = ['rubric.schema.json', 'custom-elements.json'];
rmSync(scratch, { recursive: true, force: true });
rmSync(scratchRoot, { recursive: true, force: true });
execFileSync(process.execPath, ['scripts/build.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, KTP_OUT_DIR: scratch, KTP_ROOT_OUT_DIR: scratchRoot },
});

function list(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? list(path).map((file) => join(entry.name, file)) : [relative(dir, path)];
  });
}

const problems = [];
const compare = (freshPath, committedPath) => {
  if (!existsSync(committedPath)) problems.push(`${committedPath} is missing`);
  else if (!readFileSync(freshPath).equals(readFileSync(committedPath)))
    problems.push(`${committedPath} differs from a fresh build`);
};
const fresh = new Set(list(scratch));
const committed = new Set(list('dist'));
for (const file of fresh) compare(join(scratch, file), join('dist', file));
for (const file of committed) if (!fresh.has(file)) problems.push(`dist/${file} is not produced by the build any more`);
for (const file of ROOT_FILES) compare(join(scratchRoot, file), file);
rmSync(scratch, { recursive: true, force: true });
rmSync(scratchRoot, { recursive: true, force: true });

if (problems.length) {
  console.error(
    `Generated files are out of date with the sources:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`ok   dist/ and ${ROOT_FILES.join(', ')} equal a fresh build (${fresh.size + ROOT_FILES.length} files)`);
