// What the README's framework sections tell a developer that no example app
// covers: the hosts tried by hand from the packed tarball (Nuxt 4 with server
// rendering), whose missing step showed only as a warning in the browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The text of a `### ` section, up to the next heading of level 2 or 3. */
function section(heading: string): string {
  const start = readme.indexOf(`\n### ${heading}\n`);
  assert.ok(start >= 0, `README has no "### ${heading}"`);
  const rest = readme.slice(start + heading.length + 6);
  const end = rest.search(/\n##+ /);
  return end < 0 ? rest : rest.slice(0, end);
}

test('the Vue section says where Nuxt takes isCustomElement (nuxt.config.ts, not a vite.config.ts it has not got) and the client plugin', () => {
  const vue = section('Vue 3');
  // Without it Nuxt's server renders a comment in the element's place: "Hydration completed but contains mismatches."
  assert.match(
    vue,
    /\/\/ nuxt\.config\.ts\nexport default defineNuxtConfig\(\{\n\s+vue: \{ compilerOptions: \{ isCustomElement: \(tag\) => tag === 'ktech-pass-assessment' \} \},/,
  );
  assert.match(vue, /plugins\/[\w-]+\.client\.ts\nimport 'ktech-pass-assessment';/);
});
