// The transfer size of every file a page may load from dist/: each .js file
// directly in it (the main file, and any file loaded on demand). gzip -9 as
// the budget is defined (scripts/lib/gzip-size.mjs), and Brotli at its highest
// quality, as a CDN that pre-compresses would serve it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipSize } from './gzip-size.mjs';

/** @param {Uint8Array} bytes */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/**
 * @param {string} dir the dist folder
 * @returns {{ file: string, raw: number, gzip: number, brotli: number }[]} by file name (`file` is relative to the dist folder)
 */
export function chunkSizes(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const raw = readFileSync(path);
      return { file: name, raw: raw.length, gzip: gzipSize(raw, path), brotli: brotliSize(raw) };
    });
}

/** The sizes as aligned lines of text, one file a line. */
export function formatChunkSizes(sizes) {
  const integer = (value) => value.toLocaleString('en');
  const width = Math.max(...sizes.map((size) => size.file.length));
  return sizes.map(
    (size) =>
      `dist/${size.file.padEnd(width)}  ${integer(size.gzip).padStart(7)} B gzip -9  ${integer(size.brotli).padStart(7)} B brotli  ${integer(size.raw).padStart(8)} B raw`,
  );
}
