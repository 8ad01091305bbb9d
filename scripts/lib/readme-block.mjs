// The README's generated blocks: text between `<!-- name:start -->` and
// `<!-- name:end -->` that a script writes from what it measured or read, so
// no figure or table there is typed by hand. A script replaces its block with
// replaceBlock(); its test compares readBlock() with a fresh result.
import { readFileSync, writeFileSync } from 'node:fs';

export const README = new URL('../../README.md', import.meta.url);

const markers = (name) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];

/** Where the block `name` is in `text`, or an error naming the missing marker. */
function locate(text, name) {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`no block "${name}" (${start} … ${end}) in the README`);
  if (text.indexOf(start, from + 1) >= 0) throw new Error(`the README has two blocks "${name}"`);
  return [from + start.length, to];
}

/** The text of block `name` in `text`, without the newlines next to its markers. */
export function blockOf(text, name) {
  const [from, to] = locate(text, name);
  return text.slice(from, to).replace(/^\n/, '').replace(/\n$/, '');
}

/** `text` with the block `name` holding `content` instead (the markers stay, each on its own line). */
export function withBlock(text, name, content) {
  const [from, to] = locate(text, name);
  return `${text.slice(0, from)}\n${content.replace(/\n$/, '')}\n${text.slice(to)}`;
}

/** The block `name` of the README file. */
export const readBlock = (name, file = README) => blockOf(readFileSync(file, 'utf8'), name);

/** Writes `content` into block `name` of the README file; true when that changed it. */
export function replaceBlock(name, content, file = README) {
  const text = readFileSync(file, 'utf8');
  const next = withBlock(text, name, content);
  if (next !== text) writeFileSync(file, next);
  return next !== text;
}
