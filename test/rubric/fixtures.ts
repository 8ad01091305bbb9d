// Shared data for the rubric engine tests: the published numbers, the worked
// examples every suite shares, and helpers that keep each test about one behaviour.
import assert from 'node:assert/strict';
import ko from '../../src/locales/ko.js';
import { AnswerError, assess, defaultRubric, parseRubric, RubricError, translateRubric } from '../../src/rubric/index.js';
import type { Answers, AssessmentIssue, CriterionScore, Rubric } from '../../src/rubric/index.js';
import workedExamples from '../worked-examples.json' with { type: 'json' };

/**
 * Korea's GNI per capita for 2025 (Bank of Korea, preliminary, 10 March 2026):
 * the standard immigration applies from 2026-04-01 to 2027-03-31 (HiKorea notice).
 */
export const GNI = 52_416_000;

/** The salary at k times GNI per capita, computed the way the rubric promises to compare (`k * gni`). */
export const gniTimes = (k: number): number => k * GNI;

/** The two worked examples every suite shares (test/worked-examples.json): 96 with Top-tier route 가 and the qualitative track; 30 + 26 + 10 = 66. */
export const topTierApplicant: Answers = workedExamples.topTier;
export const smeApplicant: Answers = workedExamples.sme;

/** The best answer to every question: every criterion at its maximum. */
export const bestAnswers = {
  degree: 'doctorate',
  institution: 'top100',
  experience: 10,
  postdocResearch: 6,
  employer: 'global500',
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
export function changedRubric(change: (rubric: LooseRubric) => void): unknown {
  const rubric: LooseRubric = structuredClone(bilingualRubric);
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
  assert.ok(caught instanceof RubricError, `expected a RubricError, got ${caught === undefined ? 'no error' : String(caught)}`);
  // Every issue is in the message a person reads, with its path.
  for (const issue of caught.issues) {
    assert.ok(caught.message.includes(issue.path ? `${issue.path}: ${issue.message}` : issue.message), `message lacks ${issue.path}: ${issue.message}`);
  }
  return caught.issues;
}

/**
 * Asserts that `parseRubric` rejects a rubric with exactly these problems
 * (path, and a pattern the message must match), in any order: every problem is
 * reported, and nothing else is.
 */
export function assertRubricProblems(json: unknown, expected: ReadonlyArray<readonly [path: string, message: RegExp]>): void {
  const issues = rubricIssues(json);
  const unmatched = [...issues];
  for (const [path, message] of expected) {
    const index = unmatched.findIndex((issue) => issue.path === path && message.test(issue.message));
    assert.ok(index >= 0, `no issue at "${path}" matching ${message}; issues were:\n${JSON.stringify(issues, null, 2)}`);
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
  assert.ok(caught instanceof AnswerError, `expected an AnswerError, got ${caught === undefined ? 'a score' : String(caught)}`);
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
