// The engine alone, in Node: assessments per second on random valid answer
// sets, and parseRubric time for the default rubric. Runs against the built
// dist/rubric.js, the file hosts import. `node bench/engine.mjs` runs it alone.
import { performance } from 'node:perf_hooks';
import { seededRandom, summary } from './stats.mjs';

const ANSWER_SETS = 10_000;
const THROUGHPUT_MS = 2_000;
const PARSE_RUNS = 200;
const WARMUP_RUNS = 20;

/**
 * Valid answer sets drawn from the rubric itself, so they stay valid when the
 * rubric changes: any option, any number up to the question's maximum (or a
 * quarter past its top band when it has none), and some questions unanswered.
 */
export function answerSets({ threshold }, rubric, count, seed = 8) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const answers = {};
    for (const question of rubric.questions) {
      if (random() < 0.15) continue;
      if (question.type === 'choice') {
        answers[question.id] = question.options[Math.floor(random() * question.options.length)].id;
      } else if (question.type === 'multi') {
        // One exclusive option alone, or some of the others, in the rubric's order.
        const exclusive = question.options.filter((option) => option.exclusive);
        const others = question.options.filter((option) => !option.exclusive);
        const ticked =
          exclusive.length && random() < 0.25
            ? [exclusive[0]]
            : others.filter(() => random() < 0.5).concat(others.length ? [] : exclusive.slice(0, 1));
        if (ticked.length) answers[question.id] = ticked.map((option) => option.id);
      } else {
        // A number question scored by bands, or one with only a maximum (asked for a route's condition).
        const top =
          question.maximum ??
          (question.bands?.length ? threshold(rubric, question.bands.at(-1).atLeast, question.scale) * 1.25 : 10);
        // Half steps: answers such as 7.5 years are valid and exercise the band edges.
        answers[question.id] = Math.round(random() * top * 2) / 2;
      }
    }
    return answers;
  });
}

/**
 * @param {typeof import('../dist/rubric.js')} engine the built engine module
 * @returns {{ answerSets: number, seconds: number, assessmentsPerSecond: number, parseRubricMicros: object }}
 */
export function runEngineBench(engine) {
  const { assess, defaultRubric, parseRubric } = engine;
  const sets = answerSets(engine, defaultRubric, ANSWER_SETS);
  // Scoring every set once checks they are valid (assess throws otherwise) and warms the JIT up.
  let sink = 0;
  for (const answers of sets) sink += assess(defaultRubric, answers).total;

  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < THROUGHPUT_MS) {
    // Read the clock once per 1,000 assessments, not once per call.
    for (let i = 0; i < 1_000; i += 1) sink += assess(defaultRubric, sets[runs++ % ANSWER_SETS]).total;
    elapsed = performance.now() - started;
  }

  const parseTimes = [];
  for (let i = 0; i < WARMUP_RUNS + PARSE_RUNS; i += 1) {
    const start = performance.now();
    sink += parseRubric(defaultRubric).questions.length;
    if (i >= WARMUP_RUNS) parseTimes.push((performance.now() - start) * 1_000);
  }
  // Using the results keeps the optimiser from dropping the calls as dead code.
  if (Number.isNaN(sink)) throw new Error('unreachable');

  return {
    answerSets: ANSWER_SETS,
    seconds: Math.round(elapsed) / 1_000,
    assessmentsPerSecond: Math.round((runs / elapsed) * 1_000),
    parseRubricMicros: summary(parseTimes),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runEngineBench(await import('../dist/rubric.js')));
