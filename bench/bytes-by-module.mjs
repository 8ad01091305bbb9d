// Where a built file's bytes go, by the module its source map names for each
// byte: raw bytes, and the gzip bytes each module costs (the file's zlib
// size at level 9 less that of the file without the module's bytes, so shares
// that compress against the rest are counted as they weigh). The shares add
// up to about the whole, not exactly: compression is not additive.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** A source path as a module name: a package by its name, our files by their path. */
function moduleOf(source) {
  if (!source) return '(no source)';
  const path = source.replace(/^(\.\.\/)+/, '');
  const inPackage = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return inPackage ? inPackage[1] : path;
}

/**
 * @param {string} file a built .js file with its .map beside it
 * @returns {{ raw: number, gzip: number, modules: { module: string, raw: number, gzip: number }[] }}
 */
export function bytesByModule(file) {
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  // Each character's module: the one of the nearest mapped position at or before it on its line.
  const owners = [];
  code.split('\n').forEach((line, index) => {
    let owner = '(no source)';
    for (let column = 0; column <= line.length; column++) {
      const { source } = originalPositionFor(map, { line: index + 1, column });
      if (source) owner = moduleOf(source);
      owners.push(owner);
    }
  });
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const whole = gzip(code);
  const modules = [...new Set(owners)].map((module) => {
    let raw = 0;
    let rest = '';
    for (let i = 0; i < code.length; i++) {
      if (owners[i] === module) raw++;
      else rest += code[i];
    }
    return { module, raw, gzip: whole - gzip(rest) };
  });
  return { raw: code.length, gzip: whole, modules: modules.sort((a, b) => b.gzip - a.gzip) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip, modules } = bytesByModule(process.argv[2] ?? 'dist/ktech-pass-assessment.js');
  console.log(`${raw} B raw, ${gzip} B zlib -9`);
  for (const row of modules)
    console.log(`${String(row.gzip).padStart(6)} ${String(row.raw).padStart(7)}  ${row.module}`);
}
