// Prepares the example apps in examples/ for test/examples/apps.test.mjs:
// 1. their dependencies, installed with `npm ci` only when examples/package-lock.json
//    changed since the last install (a stamp in examples/node_modules records its hash);
// 2. this package, packed with `npm pack` from the current dist/ and installed
//    into examples/node_modules as a user installs a tarball (`--no-save`:
//    the lock file keeps only the apps' own dependencies, so it does not
//    change with every build), only when the tarball differs from the one
//    installed last (examples/.cache/widget.sha256, which also keys the apps'
//    cached builds: test/examples/cache.mjs).
// Prints how long each step took, so the cost added to `npm test` is visible.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, sha256, widgetStamp } from './cache.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const examples = join(repo, 'examples');
const stamp = join(examples, 'node_modules/.ktp-lock-hash');
const packDir = join(examples, '.pack');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = {
  ...process.env,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  NG_CLI_ANALYTICS: 'false',
};

const timed = (label, action) => {
  const start = performance.now();
  action();
  console.log(`examples: ${label} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
};
const run = (args, cwd) => execFileSync(npm, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });

const lockHash = createHash('sha256')
  .update(readFileSync(join(examples, 'package-lock.json')))
  .digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) {
  console.log('examples: dependencies up to date with package-lock.json (cached)');
} else {
  timed('npm ci (dependencies of the example apps)', () => run(['ci', '--loglevel=error'], examples));
  writeFileSync(stamp, lockHash);
  // npm ci removed the installed widget.
  rmSync(widgetStamp, { force: true });
}

rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
timed('npm pack', () => run(['pack', '--pack-destination', packDir, '--loglevel=error'], repo));
const [tarball] = readdirSync(packDir).filter((file) => file.endsWith('.tgz'));
if (!tarball) throw new Error('npm pack wrote no tarball');
// npm pack writes fixed dates into the tarball: the same files give the same bytes.
const widgetHash = sha256(readFileSync(join(packDir, tarball)));
const installed = join(examples, 'node_modules/ktech-pass-assessment/package.json');
if (existsSync(installed) && existsSync(widgetStamp) && readFileSync(widgetStamp, 'utf8') === widgetHash) {
  console.log(`examples: ${tarball} already installed (cached)`);
} else {
  rmSync(widgetStamp, { force: true });
  // --prefer-offline: lit, zod and @lit/react come from the npm cache when they are there.
  timed(`npm install ${tarball}`, () =>
    run(['install', '--no-save', '--prefer-offline', '--loglevel=error', join(packDir, tarball)], examples),
  );
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(widgetStamp, widgetHash);
}
