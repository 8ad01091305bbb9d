// Shared data for the rubric engine tests: the published numbers, the worked
// examples, and helpers that keep each test about one behaviour.
import assert from 'node:assert/strict';
import ko from '../../src/locales/ko.js';
import {
  AnswerError,
  assess,
  defaultRubric,
  parseRubric,
  RubricError,
  translateRubric,
} from '../../src/rubric/index.js';
import type { Answers, AssessmentIssue, CriterionScore, Rubric } from '../../src/rubric/index.js';
import workedExamples from '../worked-examples.json' with { type: 'json' };

/**
 * Korea's GNI per capita for 2025 (Bank of Korea, preliminary, 10 March 2026):
 * the standard immigration applies from 2026-04-01 to 2027-03-31 (HiKorea notice).
 */
export const GNI = 52_416_000;

/** The salary at k times GNI per capita, computed the way the rubric promises to compare (`k * gni`). */
export const gniTimes = (k: number): number => k * GNI;

/** With a job offer from a firm in Korea: what makes salary, the firm's size, the role and being in Korea asked at all. */
export const withOffer = { jobOffer: 'yes' } as const satisfies Answers;

/** The eight advanced industries of the guideline's annex 2 (route 가, 나, 다 and E-7-T). */
export const ADVANCED_INDUSTRIES = [
  'semiconductors',
  'secondary-batteries',
  'displays',
  'biotech',
  'robotics',
  'defense',
  'ai',
  'advanced-mobility',
] as const;
/** Every science or technology field: the eight, another national strategic technology, another STEM field (the science track and the qualitative track). */
export const SCIENCE_OR_TECHNOLOGY = [...ADVANCED_INDUSTRIES, 'other-strategic', 'stem'] as const;

/** Which pathways are met, in rubric order. */
export function pathwaysMet(answers: Answers, rubric: Rubric = defaultRubric): string[] {
  const { pathways } = assess(rubric, answers);
  return Object.keys(pathways).filter((id) => pathways[id]);
}

/** The worked examples (test/worked-examples.json, rubric 2.1): 96 with Top-tier route 가 and the qualitative track; 30 + 26 + 10 = 66. */
export const topTierApplicant: Answers = workedExamples.topTier;
export const smeApplicant: Answers = workedExamples.sme;

/** The best answer to every question: every criterion at its maximum. */
export const bestAnswers = {
  jobOffer: 'yes',
  inKorea: 'no',
  degree: 'doctorate',
  institution: 'top100',
  experience: 10,
  postdocResearch: 6,
  employer: ['global500', 'top-institute'],
  koreaExperience: 'yes',
  salary: gniTimes(4),
  field: 'ai',
  evidence: 'leading',
  researchDistinction: 'prize',
  role: 'core-lead',
  employerSize: 'sme',
  governmentProgramme: 'mohw',
} as const satisfies Answers;

/** Where a question, pathway, source or step of the default rubric is in its list: tests name them by id, not by position. */
function indexes(list: readonly { id: string }[]): (id: string) => number {
  const positions = new Map(list.map((entry, index) => [entry.id, index]));
  return (id) => {
    const index = positions.get(id);
    if (index === undefined) throw new Error(`the default rubric has no "${id}" here`);
    return index;
  };
}
export const Q = indexes(defaultRubric.questions);
export const P = indexes(defaultRubric.pathways);
export const S = indexes(defaultRubric.sources);
export const STEP = indexes(defaultRubric.steps);

/** One criterion of an assessment of the default rubric, failing the test if it is not there. */
export function criterion(answers: Answers, id: string, rubric: Rubric = defaultRubric): CriterionScore {
  const found = assess(rubric, answers).criteria.find((entry) => entry.id === id);
  assert.ok(found, `assessment has no criterion "${id}"`);
  return found;
}

/** The points one criterion earns for these answers. */
export const pointsOf = (answers: Answers, id: string): number => criterion(answers, id).points;

/**
 * A deep copy of the default rubric with one thing changed. The copy is typed
 * loosely on purpose: these tests build rubrics the types would not allow.
 */
export type LooseRubric = any;

/** The built-in rubric with its Korean texts, as a host rubric in two languages would be. */
export const bilingualRubric: Rubric = translateRubric(defaultRubric, ko.rubric);
/**
 * The built-in rubric speaking English and Korean, every text complete: the
 * Korean file's texts, and a marked stand-in where it has none yet, so that
 * the rules about languages are tested apart from how far a translation got.
 */
export const koreanRubric: Rubric = (() => {
  const fill = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fill);
    if (typeof value !== 'object' || value === null) return value;
    const entry = value as Record<string, unknown>;
    if (typeof entry['en'] === 'string' && Object.keys(entry).every((key) => typeof entry[key] === 'string')) {
      return { ...entry, ko: entry['ko'] || `(번역 없음) ${entry['en']}` };
    }
    return Object.fromEntries(Object.entries(entry).map(([key, child]) => [key, fill(child)]));
  };
  return { ...(fill(bilingualRubric) as Rubric), languages: ['en', 'ko'] };
})();
/** A copy of `koreanRubric` with one thing changed. */
export function changedKoreanRubric(change: (rubric: LooseRubric) => void): unknown {
  const rubric: LooseRubric = structuredClone(koreanRubric);
  change(rubric);
  return rubric;
}

/**
 * A copy of the built-in rubric (English only, so that a rule of the engine is
 * tested apart from how complete a translation is) with one thing changed.
 */
export function changedRubric(change: (rubric: LooseRubric) => void): unknown {
  const rubric: LooseRubric = structuredClone(defaultRubric);
  change(rubric);
  return rubric;
}

/** The issues `parseRubric` reports for a rubric, failing the test if it accepts it or throws something else. */
export function rubricIssues(json: unknown): AssessmentIssue[] {
  let caught: unknown;
  try {
    parseRubric(json);
  } catch (error) {
    caught = error;
  }
  assert.ok(
    caught instanceof RubricError,
    `expected a RubricError, got ${caught === undefined ? 'no error' : String(caught)}`,
  );
  // Every issue is in the message a person reads, with its path.
  for (const issue of caught.issues) {
    assert.ok(
      caught.message.includes(issue.path ? `${issue.path}: ${issue.message}` : issue.message),
      `message lacks ${issue.path}: ${issue.message}`,
    );
  }
  return caught.issues;
}

/**
 * Asserts that `parseRubric` rejects a rubric with exactly these problems
 * (path, and a pattern the message must match), in any order: every problem is
 * reported, and nothing else is.
 */
export function assertRubricProblems(
  json: unknown,
  expected: ReadonlyArray<readonly [path: string, message: RegExp]>,
): void {
  const issues = rubricIssues(json);
  const unmatched = [...issues];
  for (const [path, message] of expected) {
    const index = unmatched.findIndex((issue) => issue.path === path && message.test(issue.message));
    assert.ok(
      index >= 0,
      `no issue at "${path}" matching ${message}; issues were:\n${JSON.stringify(issues, null, 2)}`,
    );
    unmatched.splice(index, 1);
  }
  assert.deepEqual(unmatched, [], 'unexpected extra issues');
}

/** The issues `assess` reports for answers, failing the test if it scores them or throws something else. */
export function answerErrorFor(answers: unknown, rubric: Rubric = defaultRubric): AnswerError {
  let caught: unknown;
  try {
    assess(rubric, answers as Answers);
  } catch (error) {
    caught = error;
  }
  assert.ok(
    caught instanceof AnswerError,
    `expected an AnswerError, got ${caught === undefined ? 'a score' : String(caught)}`,
  );
  return caught;
}

/** Asserts that `assess` rejects answers with a problem about `question`, named in the message and matching `problem`. */
export function assertAnswerProblem(answers: unknown, question: string, problem: RegExp): void {
  const error = answerErrorFor(answers);
  const issue = error.issues.find((candidate) => candidate.path === question);
  assert.ok(issue, `no issue for "${question}"; issues were ${JSON.stringify(error.issues)}`);
  assert.match(issue.message, problem);
  assert.ok(error.message.includes(`${question}: `), `message does not name "${question}": ${error.message}`);
  assert.match(error.message, problem);
}
