// The example apps' builds, cached: an app is type-checked and built again
// only when something its build reads has changed. The key of an app hashes
// examples/package-lock.json (the tools and frameworks), the packed widget
// (examples/.cache/widget.sha256, written by setup.mjs) and every source file
// of the app and of examples/common. The cache lives in examples/.cache/, out
// of node_modules (which `npm install` rewrites) and out of git.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
export const cacheDir = join(examples, '.cache');
/** Written by setup.mjs: the hash of the tarball installed into examples/node_modules. */
export const widgetStamp = join(cacheDir, 'widget.sha256');
/** Build output and generated files: not inputs of a build. */
const NOT_SOURCES = new Set(['node_modules', 'dist', '.angular', 'generated']);

export const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Every source file under `dir` (relative to examples/), sorted. */
function sources(dir) {
  return readdirSync(join(examples, dir), { withFileTypes: true })
    .filter((entry) => !NOT_SOURCES.has(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? sources(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]))
    .sort();
}

/** What a check and build of the app in examples/`dir` depend on, as one hash. */
export function appKey(dir) {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(examples, 'package-lock.json')));
  hash.update(existsSync(widgetStamp) ? readFileSync(widgetStamp) : `no widget ${Math.random()}`);
  for (const file of [...sources(dir), ...sources('common'), 'package.json']) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(examples, file)));
  }
  return hash.digest('hex');
}

const stampOf = (dir) => join(cacheDir, `${dir}.built`);

/** Whether the app was checked and built, successfully, from exactly these inputs (and its output is still there). */
export const isBuilt = (dir, key, page) =>
  existsSync(join(examples, dir, page)) && existsSync(stampOf(dir)) && readFileSync(stampOf(dir), 'utf8') === key;

/** Records a successful check and build of the app from these inputs. */
export function markBuilt(dir, key) {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampOf(dir), key);
}

/** Forgets the app's build (before it is rebuilt, so a failed build is never taken for a cached one). */
export const forgetBuilt = (dir) => rmSync(stampOf(dir), { force: true });
