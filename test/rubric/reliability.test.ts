// The engine's side of "no freeze, no wrong number": what the result can
// render is bounded by the rubric limits, a category cannot hide behind the
// word `total`, the applicant's day may be given as text and an Invalid
// Date is no day, 100,000 unknown answer keys are counted rather than each
// worded, and the built-in rubric is the same for every importer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limitsRubric } from '../../bench/limits-rubric.mjs';
import { assess, defaultRubric, fitAnswers, parseRubric, RUBRIC_LIMITS, RubricError } from '../../src/rubric/index.js';
import type { Rubric } from '../../src/rubric/index.js';
import { smallRubric } from '../components/fixtures/small-rubric.js';

const issuesOf = (json: unknown) => {
  try {
    parseRubric(json);
    return [];
  } catch (error) {
    assert.ok(error instanceof RubricError, String(error));
    return error.issues;
  }
};

/** The small rubric with `count` pathways like its one, each citing `sources` sources and listing `next` steps with an address. */
function withRoutes(count: number, sources: number, next: number): Rubric {
  const rubric = smallRubric('routes');
  const cited = Array.from({ length: Math.max(sources, 1) }, (_, index) => ({
    ...(rubric.sources[0] as Rubric['sources'][number]),
    id: `src${index}`,
  }));
  const pathway = rubric.pathways[0] as Rubric['pathways'][number];
  return {
    ...rubric,
    sources: cited,
    pathways: Array.from({ length: count }, (_, index) => ({
      ...pathway,
      id: `pass${index}`,
      sources: cited.slice(0, sources).map((source) => source.id),
      next: Array.from({ length: next }, (_, step) => ({
        text: { en: `Step ${step}` },
        url: `https://example.com/${step}`,
      })),
    })),
  };
}

describe('what the result can render is bounded by the rubric limits', () => {
  it(`sources per route: ${RUBRIC_LIMITS.routeSources}`, () => {
    assert.deepEqual(issuesOf(withRoutes(1, RUBRIC_LIMITS.routeSources, 0)), []);
    const [issue] = issuesOf(withRoutes(1, RUBRIC_LIMITS.routeSources + 1, 0));
    assert.equal(issue?.path, 'pathways.0.sources');
    assert.match(issue?.message ?? '', /at most 10 are allowed/);
  });

  it(`next steps per route: ${RUBRIC_LIMITS.routeNextSteps}`, () => {
    assert.deepEqual(issuesOf(withRoutes(1, 0, RUBRIC_LIMITS.routeNextSteps)), []);
    assert.equal(issuesOf(withRoutes(1, 0, RUBRIC_LIMITS.routeNextSteps + 1))[0]?.path, 'pathways.0.next');
  });

  it(`links in all: ${RUBRIC_LIMITS.links} (50 routes at 250 sources and 140 next steps each was 19,751)`, () => {
    // 10 sources, and 10 + 10 links on each of 29 routes: 590; a 30th route makes 610.
    assert.deepEqual(issuesOf(withRoutes(29, 10, 10)), []);
    const issues = issuesOf(withRoutes(30, 10, 10));
    assert.equal(issues.length, 1);
    assert.match(issues[0]?.message ?? '', /would show 610 links .*at most 600 are allowed/);
  });

  it('the rubric at every limit reaches the links limit exactly, and parses', () => {
    const { rubric } = limitsRubric(RUBRIC_LIMITS);
    const links =
      rubric.sources.length +
      rubric.pathways.reduce(
        (sum: number, pathway: Rubric['pathways'][number]) =>
          sum + (pathway.sources?.length ?? 0) + (pathway.next?.length ?? 0),
        0,
      );
    assert.equal(links, RUBRIC_LIMITS.links);
    assert.ok(
      rubric.pathways.some(
        (pathway: Rubric['pathways'][number]) =>
          pathway.sources?.length === RUBRIC_LIMITS.routeSources &&
          pathway.next?.length === RUBRIC_LIMITS.routeNextSteps,
      ),
    );
    assert.doesNotThrow(() => parseRubric(rubric));
  });

  it('the built-in rubric is well within them', () => assert.doesNotThrow(() => parseRubric(defaultRubric)));
});

it('a category with the id "total" is refused: conditions on `total` mean the whole score', () => {
  const rubric = smallRubric('total-category') as unknown as {
    categories: { id: string }[];
    questions: { category?: string }[];
  };
  rubric.categories[0]!.id = 'total';
  for (const question of rubric.questions) question.category = 'total';
  const issues = issuesOf(rubric);
  assert.deepEqual(
    issues.map((issue) => issue.path),
    ['categories.0.id'],
  );
});

describe("assess: the applicant's day", () => {
  const dated = { ...smallRubric('dated'), reviewDate: '2026-06-30' } as Rubric;
  it('may be given as text', () => {
    assert.equal(assess(dated, {}, '2026-01-01').outdated, false);
    assert.equal(assess(dated, {}, '2026-07-01').outdated, true);
    assert.equal(assess(dated, {}, new Date(2026, 0, 1)).outdated, false);
  });
  it('an Invalid Date, or text that is no date, is today: not a reason to call the rubric outdated', () => {
    const today = assess(dated, {}).outdated;
    assert.equal(assess(dated, {}, new Date('no date')).outdated, today);
    assert.equal(assess(dated, {}, 'someday').outdated, today);
  });
});

it('100,000 answer keys that are no question: the first 20 are named, the rest counted in one issue', () => {
  const answers: Record<string, string> = {};
  for (let index = 0; index < 100_000; index++) answers[`unknown${index}`] = 'x';
  const { issues } = fitAnswers(smallRubric('keys'), { ...answers, qChoice: 'yes', qSalary: -1 });
  assert.equal(issues.length, 22);
  assert.match(issues.at(-1)?.message ?? '', /and 99,980 more keys|and 99980 more keys/);
  assert.ok(
    issues.some((issue) => issue.path === 'qSalary'),
    'a bad answer to a question is always named',
  );
});

describe('the built-in rubric, as ktech-pass-assessment/rubric hands it out', () => {
  it('is frozen all the way down: no importer can change what another scores', () => {
    const before = assess(defaultRubric, {}).passMark;
    assert.throws(() => {
      (defaultRubric.passMark as { value: number }).value = 40;
    }, TypeError);
    assert.throws(() => (defaultRubric.questions as unknown[]).push({}), TypeError);
    assert.equal(assess(defaultRubric, {}).passMark, before);
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    visit(defaultRubric, 'defaultRubric');
    assert.deepEqual(unfrozen, []);
  });
});
