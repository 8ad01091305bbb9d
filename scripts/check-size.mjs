// The byte budget of what every visitor of a host page downloads. Raising a
// budget to make a change pass is not allowed: make the change smaller.
import { readFileSync } from 'node:fs';
import { gzipSize } from './gzip-size.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
let failed = false;
for (const [file, limit] of Object.entries(budgets.gzip)) {
  const path = new URL(`../${file}`, import.meta.url);
  const raw = readFileSync(path);
  const gzip = gzipSize(raw, path.pathname);
  const ok = gzip <= limit;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${gzip.toLocaleString('en')} B gzip -9 (budget ${limit.toLocaleString('en')} B), ${raw.length.toLocaleString('en')} B raw`);
  if (!ok) {
    failed = true;
    console.error(`     ${file} is ${(gzip - limit).toLocaleString('en')} bytes over its budget. Make the change smaller; do not raise the budget.`);
  }
}
process.exit(failed ? 1 : 0);
