// The byte budget of what every visitor of a host page downloads. Raising a
// budget to make a change pass is not allowed: make the change smaller.
// Also lists every .js file directly in dist/ (the main file and any file
// loaded on demand), gzip -9 and Brotli, budgeted or not.
import { readFileSync } from 'node:fs';
import { chunkSizes, formatChunkSizes } from './lib/chunk-sizes.mjs';
import { gzipSize } from './lib/gzip-size.mjs';

const root = new URL('../', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('size-budget.json', root), 'utf8'));
let failed = false;
for (const [file, limit] of Object.entries(budgets.gzip)) {
  const path = new URL(file, root);
  const raw = readFileSync(path);
  const gzip = gzipSize(raw, path.pathname);
  const ok = gzip <= limit;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${gzip.toLocaleString('en')} B gzip -9 (budget ${limit.toLocaleString('en')} B), ${raw.length.toLocaleString('en')} B raw`);
  if (!ok) {
    failed = true;
    console.error(`     ${file} is ${(gzip - limit).toLocaleString('en')} bytes over its budget. Make the change smaller; do not raise the budget.`);
  }
}
console.log('\nEvery .js file in dist/:');
for (const line of formatChunkSizes(chunkSizes(new URL('dist/', root).pathname))) console.log(`  ${line}`);
process.exit(failed ? 1 : 0);
