// The three visa rubrics (E-7-1, D-10-1, F-2-7) and helpers for tests written
// from the official tables in the Ministry of Justice's stay manual (2026.9),
// not from the rubric data: each expected number below is copied from the
// manual's table, so a wrong cell in the JSON fails a test.
import assert from 'node:assert/strict';
import { assess, parseRubric } from '../../src/rubric/index.js';
import type { Answers, Assessment, Rubric } from '../../src/rubric/index.js';
import d101 from '../../src/rubric/visas/d-10-1.json' with { type: 'json' };
import e71 from '../../src/rubric/visas/e-7-1.json' with { type: 'json' };
import f27 from '../../src/rubric/visas/f-2-7.json' with { type: 'json' };

export const e71Rubric: Rubric = parseRubric(e71);
export const d101Rubric: Rubric = parseRubric(d101);
export const f27Rubric: Rubric = parseRubric(f27);
export const visaRubrics: readonly Rubric[] = [e71Rubric, d101Rubric, f27Rubric];

/** A day the 2026 figures hold (the E-7-1 wage floor applies 2026-02-01 to 2026-12-31), on the local clock. */
export const IN_2026 = new Date(2026, 11, 7);

/** The 2026 E-7-1 wage floor, KRW a year (stay manual, 「임금요건 기준('26년도)」: 연 3,112만원). */
export const E71_WAGE_FLOOR = 31_120_000;
/** GNI per capita applied from 2026-04-01 (HiKorea notice): KRW 52,416,000. */
export const GNI = 52_416_000;

/** Assesses answers against a rubric on a 2026 day, keeping only answers to its questions. */
export function assessOn(rubric: Rubric, answers: Answers, today: Date = IN_2026): Assessment {
  const ids = new Set(rubric.questions.map((question) => question.id));
  return assess(rubric, Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id))), today);
}

/** The points of one criterion. */
export function points(rubric: Rubric, answers: Answers, id: string): number {
  const found = assessOn(rubric, answers).criteria.find((criterion) => criterion.id === id);
  assert.ok(found, `no criterion "${id}" in ${rubric.id}`);
  return found.points;
}

/** Answers with every question of a rubric that is asked answered (conduct as none), on top of `base`. */
export function complete(rubric: Rubric, base: Answers): Answers {
  const answers: Record<string, Answers[string]> = { ...base };
  for (const question of rubric.questions) {
    if (question.assumedAnswer !== undefined && answers[question.id] === undefined)
      answers[question.id] = question.assumedAnswer;
  }
  return answers;
}

/** An F-2-7 applicant at exactly the pass mark: age 29 (25) + bachelor's, not STEM (15) + TOPIK 3 (10) + income KRW 30,000,000 (30) = 80, a professional with 3 years in Korea. */
export const f27AtPassMark: Answers = complete(f27Rubric, {
  age: 29,
  inKorea: 'yes',
  currentStatus: 'professional',
  yearsInKorea: 3,
  incomeKorea: 30_000_000,
  jobOffer: 'not-yet',
  field: 'stem',
  degree: 'bachelors',
  institution: 'other',
  stemDegree: 'no',
  koreanDegree: 'none',
  koreanLevel: 'level-3',
});
