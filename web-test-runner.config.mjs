import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

// esbuild drops the `with { type: 'json' }` of a JSON import (the one in
// src/rubric/default-rubric.ts), so Chromium would fetch the JSON as a script
// and fail. Serve JSON that a module imports as a JS module; JSON fetched with
// fetch() (rubric-src fixtures) stays plain JSON.
/** Whether a JSON key can be an exported binding (package.json has "private", a reserved word). */
function isBindingName(key) {
  try {
    new Function(`"use strict"; let ${key};`);
    return /^[A-Za-z_$][\w$]*$/.test(key);
  } catch {
    return false;
  }
}

const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script') {
      // Named exports of the top-level keys too, as rollup's JSON plugin makes them.
      const json = JSON.parse(context.body);
      const named = Object.keys(json).filter(isBindingName);
      return { body: `const json = ${context.body};\nexport default json;\nexport const { ${named.join(', ')} } = json;` };
    }
  },
};

export default {
  files: ['test/components/**/*.test.ts', 'test/dist/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // target es2022: with 'auto' esbuild leaves standard decorators for a new
  // Chromium, which cannot parse them yet.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), jsonModules, a11ySnapshotPlugin()],
  browsers: [chromeLauncher({ launchOptions: chromiumLaunchOptions() })],
  // One test file at a time: `npm test` runs this phase beside another one
  // (run-p --max-parallel 2) on two cores, and the focus and announcement
  // tests need a browser that is not starved.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
