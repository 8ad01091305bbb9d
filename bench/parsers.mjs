// The worst case of the readers of typed text (the salary and the years
// fields) on a 100,000-character paste of every shape that makes a
// backtracking pattern slow: the slowest median of RUNS, in Node, against the
// built files (dist/lib). `node bench/parsers.mjs` runs it alone; `npm run
// bench` runs it with the rest. Reported, never asserted: the property test
// test/rubric/parser-speed.test.ts holds each parse under 5 ms.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const LENGTH = 100_000;
const RUNS = 7;

/** Long runs that almost match, with the endings that make a pattern give back what it took. */
const shapes = () =>
  ['1', '1 ', ' ', '1,', '1.', '1,000', '1 000 ', '억1', '1억', 'tỷ 1', '１', '\t', 'x'].flatMap((run) =>
    ['', 'x', '.', ',5', '억x', ' 000x'].map((tail) => ({
      name: `"${run}"… + "${tail}"`,
      text: run.repeat(Math.ceil(LENGTH / run.length)).slice(0, LENGTH) + tail,
    })),
  );

/** @param {string} root a folder holding dist/ */
export async function runParserBench(root) {
  const { parseMoney } = await import(pathToFileURL(join(root, 'dist/lib/components/i18n/money.js')).href);
  const { parseTypedNumber } = await import(pathToFileURL(join(root, 'dist/lib/components/i18n/localize.js')).href);
  const result = {};
  for (const [name, parse] of Object.entries({ parseMoney, parseTypedNumber })) {
    let worst = { ms: 0, shape: '' };
    for (const { name: shape, text } of shapes()) {
      const times = [];
      for (let run = 0; run < RUNS; run += 1) {
        const start = performance.now();
        parse(text);
        times.push(performance.now() - start);
      }
      const ms = median(times);
      if (ms >= worst.ms) worst = { ms: Math.round(ms * 1000) / 1000, shape };
    }
    result[name] = worst;
  }
  return { length: LENGTH, shapes: shapes().length, runs: RUNS, worstMs: result };
}

/** Prints runParserBench's figures and the limits rubric's result (bench/limits.mjs measured it). */
export function printParsers(parsers, limits) {
  console.log(
    `\nReaders of typed text, ${parsers.length.toLocaleString('en')} characters, ${parsers.shapes} shapes, median of ${parsers.runs} (worst shape):`,
  );
  for (const [name, { ms, shape }] of Object.entries(parsers.worstMs))
    console.log(`  ${name.padEnd(18)} ${ms.toFixed(3)} ms  ${shape}`);
  const result = limits?.statesMs?.['result (See my result)'];
  if (result)
    console.log(
      `  a rubric at every limit, its result: ${result.median.toFixed(1)} ms (median; max ${result.max.toFixed(1)})`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  printParsers(await runParserBench(new URL('..', import.meta.url).pathname));
