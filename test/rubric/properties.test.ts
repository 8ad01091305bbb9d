// Laws that hold for every set of answers, checked with fast-check. The
// answers are built from the rubric's own questions, so the laws keep holding
// (and keep being checked) when the rubric data changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AnswerError, assess, defaultRubric, threshold } from '../../src/rubric/index.js';
import type { Answers, AnswerValue, MultiQuestion, Question } from '../../src/rubric/index.js';
import { SCIENCE_OR_TECHNOLOGY } from './fixtures.js';

const rubric = defaultRubric;
const questionIds = new Set(rubric.questions.map((question) => question.id));
const bonusMax = rubric.categories
  .filter((category) => category.bonus)
  .reduce((sum, category) => sum + category.max, 0);
/** Salary has no stated maximum; ten billion won is far above every band. */
const UNBOUNDED = 1e10;

const limitOf = (question: Question): number => (question.type === 'number' ? (question.maximum ?? UNBOUNDED) : 0);

/** A valid answer to one question: any option, or any number in [0, limit], often right at or just below a band edge. */
/** A valid multi-choice answer: one exclusive option alone, or a non-empty set of the others, in any order. */
function validList(question: MultiQuestion): fc.Arbitrary<AnswerValue> {
  const alone = question.options.filter((option) => option.exclusive).map((option) => [option.id]);
  const others = question.options.filter((option) => !option.exclusive).map((option) => option.id);
  return fc.oneof(fc.constantFrom(...alone), fc.shuffledSubarray(others, { minLength: 1 }));
}

function validAnswer(question: Question): fc.Arbitrary<AnswerValue> {
  if (question.type === 'choice') return fc.constantFrom(...question.options.map((option) => option.id));
  if (question.type === 'multi') return validList(question);
  const limit = limitOf(question);
  const edges = (question.bands ?? [])
    .map((band) => threshold(rubric, band.atLeast, question.scale))
    .flatMap((edge) => [edge, edge - 1, edge - 0.01])
    .filter((value) => value >= 0 && value <= limit);
  return fc.oneof(
    fc.double({ min: 0, max: limit, noNaN: true }),
    fc.integer({ min: 0, max: Math.floor(limit) }),
    fc.constantFrom(0, limit, ...edges),
  );
}

/** A set of answers: each question either unanswered or answered validly. */
const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(rubric.questions.map((question) => [question.id, validAnswer(question)])),
  { requiredKeys: [] },
);

/** The points an answer earns on its own, read from the rubric data. */
function ownPoints(question: Question, answer: AnswerValue | undefined): number {
  if (answer === undefined) return 0;
  if (question.type === 'choice') return question.options.find((option) => option.id === answer)?.points ?? 0;
  if (question.type === 'multi')
    return Math.max(
      0,
      ...question.options
        .filter((option) => (answer as readonly string[]).includes(option.id))
        .map((option) => option.points ?? 0),
    );
  return (question.bands ?? [])
    .filter((band) => (answer as number) >= threshold(rubric, band.atLeast, question.scale))
    .reduce((best, band) => Math.max(best, band.points), 0);
}

/** A better or equal answer to one question: an option worth at least as much, or a number at least as high. */
function raisedAnswer(question: Question, current: AnswerValue | undefined): fc.Arbitrary<AnswerValue> {
  if (question.type === 'choice') {
    const floor = ownPoints(question, current);
    return fc.constantFrom(
      ...question.options.filter((option) => (option.points ?? 0) >= floor).map((option) => option.id),
    );
  }
  if (question.type === 'multi') {
    const floor = ownPoints(question, current);
    return validList(question).filter((answer) => ownPoints(question, answer) >= floor);
  }
  const from = typeof current === 'number' ? current : 0;
  const limit = limitOf(question);
  return fc.oneof(fc.double({ min: from, max: limit, noNaN: true }), fc.constant(limit));
}

/** A value that is not a valid answer to this question. */
function invalidAnswer(question: Question): fc.Arbitrary<unknown> {
  const notAnAnswer = fc.constantFrom<unknown>(null, true, false, {}, [], ['a']);
  if (question.type !== 'number') {
    // An option id of an earlier version (`replaces`) still reads as an answer.
    const ids = new Set(question.options.flatMap((option) => [option.id, ...(option.replaces ?? [])]));
    const unknown = fc.string().filter((text) => !ids.has(text));
    if (question.type === 'choice') return fc.oneof(unknown, fc.double(), fc.integer(), notAnAnswer);
    // A list may not hold an unknown id, a non-string, or an exclusive option beside another; an empty list is no answer, not an error.
    const exclusive = question.options.filter((option) => option.exclusive).map((option) => option.id);
    const others = question.options.filter((option) => !option.exclusive).map((option) => option.id);
    return fc.oneof(
      unknown,
      fc.double(),
      fc.constantFrom<unknown>(null, true, {}, [null], [1], [['global500']]),
      unknown.map((id) => [...others.slice(0, 1), id]),
      fc.constantFrom(...exclusive).chain((id) => fc.constantFrom(...others).map((other) => [id, other])),
    );
  }
  const tooLarge = question.maximum === undefined ? [] : [fc.double({ min: question.maximum, minExcluded: true })];
  return fc.oneof(
    fc.double({ max: -Number.MIN_VALUE }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    fc.string(),
    fc.integer({ min: 0, max: 100 }).map(String),
    notAnAnswer,
    ...tooLarge,
  );
}

describe('properties of assess on every valid set of answers', () => {
  it('never throws, and the total stays within 0 and the maximum plus the bonus maximum', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assess(rubric, answers);
        assert.ok(result.total >= 0 && result.total <= rubric.total + bonusMax, `total ${result.total}`);
        assert.ok(result.total - result.bonus <= rubric.total);
        assert.ok(result.bonus >= 0 && result.bonus <= bonusMax);
      }),
      { numRuns: 500 },
    );
  });

  it('the total is the sum of the criteria and of the categories; bonus is the sum of the bonus categories', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assess(rubric, answers);
        assert.equal(
          result.criteria.reduce((sum, entry) => sum + entry.points, 0),
          result.total,
        );
        assert.equal(
          Object.values(result.categories).reduce((sum, points) => sum + points, 0),
          result.total,
        );
        assert.deepEqual(
          Object.keys(result.categories),
          rubric.categories.map((category) => category.id),
        );
        assert.equal(
          rubric.categories
            .filter((category) => category.bonus)
            .reduce((sum, category) => sum + (result.categories[category.id] ?? 0), 0),
          result.bonus,
        );
        for (const entry of result.criteria) assert.ok(entry.points >= 0 && entry.points <= entry.max, entry.id);
      }),
    );
  });

  it('eligibility is any pathway that is not an alternative; alternatives never make it', () => {
    const alternatives = rubric.pathways.filter((pathway) => pathway.alternative).map((pathway) => pathway.id);
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assess(rubric, answers);
        assert.deepEqual(result.alternatives, alternatives);
        const routes = Object.keys(result.pathways).filter((id) => !alternatives.includes(id));
        assert.equal(
          result.eligible,
          routes.some((id) => result.pathways[id]),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('the qualitative pathway is the total reaching the pass mark with a job offer, once every scored question asked is answered', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assess(rubric, answers);
        const scoredMissing = result.criteria.some((entry) => result.missing.includes(entry.id));
        const offer = answers['jobOffer'] === 'yes';
        const science = (SCIENCE_OR_TECHNOLOGY as readonly unknown[]).includes(answers['field']);
        assert.equal(
          result.pathways['qualitative'],
          !scoredMissing && offer && science && result.total >= rubric.passMark.value,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('what the routes imply: route 가 and 다 imply E-7-T and D-10-T; every F-2-T route, the scholar route and E-7-T need a job offer', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { pathways } = assess(rubric, answers);
        if (pathways['topTierStandard'] || pathways['topTierKoreaExperience']) {
          assert.equal(pathways['promisingTopTier'], true);
          assert.equal(pathways['preliminaryTopTier'], true);
        }
        if (answers['jobOffer'] !== 'yes') {
          for (const id of [
            'topTierStandard',
            'topTierHighIncome',
            'topTierKoreaExperience',
            'qualitative',
            'scienceTrack',
            'governmentScholar',
            'promisingTopTier',
          ]) {
            assert.equal(pathways[id], false, id);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a higher salary never turns a met pathway into one not met', () => {
    const salary = rubric.questions.find((question) => question.id === 'salary') as Question;
    const raised = answersArbitrary.chain((answers) =>
      raisedAnswer(salary, answers['salary']).map((answer) => ({ answers, answer })),
    );
    fc.assert(
      fc.property(raised, ({ answers, answer }) => {
        const before = assess(rubric, answers).pathways;
        const after = assess(rubric, { ...answers, salary: answer }).pathways;
        for (const id in before)
          if (before[id]) assert.equal(after[id], true, `${id}: ${String(answers['salary'])} -> ${answer}`);
      }),
      { numRuns: 300 },
    );
  });

  it('missing lists exactly the asked, unanswered questions in rubric order; complete means none', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assess(rubric, answers);
        const institutionAsked = ['masters', 'doctorate'].includes(String(answers['degree']));
        const researchAsked = answers['degree'] === 'doctorate';
        const offerAsked = answers['jobOffer'] === 'yes';
        const expected = rubric.questions
          .filter((question) => answers[question.id] === undefined)
          .filter(
            (question) =>
              (question.id !== 'institution' || institutionAsked) &&
              (question.id !== 'postdocResearch' || researchAsked),
          )
          .filter((question) => !['inKorea', 'salary', 'employerSize', 'role'].includes(question.id) || offerAsked)
          .map((question) => question.id);
        assert.deepEqual(result.missing, expected);
        assert.equal(result.complete, expected.length === 0);
      }),
    );
  });

  it('raising any single scored answer to a better-scoring option or a higher number never lowers the total', () => {
    // Scored questions only: a question that scores nothing (the job offer) decides what else is asked, and is no better either way.
    const raised = answersArbitrary.chain((answers) =>
      fc
        .constantFrom(...rubric.questions.filter((question) => question.category !== undefined))
        .chain((question) =>
          raisedAnswer(question, answers[question.id]).map((answer) => ({ answers, id: question.id, answer })),
        ),
    );
    fc.assert(
      fc.property(raised, ({ answers, id, answer }) => {
        const before = assess(rubric, answers).total;
        const after = assess(rubric, { ...answers, [id]: answer }).total;
        assert.ok(after >= before, `${id}: ${String(answers[id])} -> ${answer} lowered ${before} to ${after}`);
      }),
      { numRuns: 500 },
    );
  });

  it('for every criterion with a next answer, the total plus its points is the total with that answer', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assess(rubric, answers);
        for (const entry of result.criteria) {
          if (!entry.next) continue;
          assert.ok(entry.next.points > 0, `${entry.id}: next adds ${entry.next.points}`);
          const applied = assess(rubric, { ...answers, [entry.id]: entry.next.answer });
          assert.equal(applied.total, result.total + entry.next.points, `${entry.id} -> ${entry.next.answer}`);
          const raisedEntry = applied.criteria.find((candidate) => candidate.id === entry.id);
          assert.ok(raisedEntry && raisedEntry.points > entry.points, `${entry.id} did not score more`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a criterion has no next answer only when it is at its maximum or not asked', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const entry of assess(rubric, answers).criteria) {
          if (entry.next === null)
            assert.ok(entry.points === entry.max || !entry.asked, `${entry.id} at ${entry.points} of ${entry.max}`);
        }
      }),
    );
  });

  it('is deterministic and changes neither the answers nor the rubric', () => {
    const rubricBefore = structuredClone(rubric);
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        // Answer values are primitives, so a shallow copy is a full snapshot. (fast-check
        // also builds null-prototype objects, which a spread turns into plain ones.)
        const answersBefore = { ...answers };
        const first = assess(rubric, answers);
        const second = assess(rubric, answers);
        assert.deepEqual(second, first);
        assert.deepEqual({ ...answers }, answersBefore);
        // A fresh copy of the rubric scores the same: no state is kept between calls.
        assert.deepEqual(assess(structuredClone(rubric), answersBefore), first);
      }),
    );
    assert.deepEqual(rubric, rubricBefore);
  });
});

describe('properties of assess on invalid answers', () => {
  it('any valid answers with one invalid value injected throw an AnswerError naming that question, and only it', () => {
    const injected = answersArbitrary.chain((answers) =>
      fc
        .constantFrom(...rubric.questions)
        .chain((question) => invalidAnswer(question).map((value) => ({ answers, id: question.id, value }))),
    );
    fc.assert(
      fc.property(injected, ({ answers, id, value }) => {
        const bad = { ...answers, [id]: value } as unknown as Answers;
        assert.throws(
          () => assess(rubric, bad),
          (error: unknown) => {
            assert.ok(error instanceof AnswerError, String(error));
            assert.deepEqual(
              error.issues.map((issue) => issue.path),
              [id],
            );
            assert.ok(error.message.includes(`${id}: `), error.message);
            return true;
          },
        );
      }),
      { numRuns: 500 },
    );
  });

  it('any valid answers plus an unknown question id throw an AnswerError naming that id', () => {
    const withUnknown = fc.tuple(
      answersArbitrary,
      fc.string({ minLength: 1 }).filter((id) => !questionIds.has(id)),
      fc.oneof(fc.string(), fc.double({ min: 0, max: 100, noNaN: true })),
    );
    fc.assert(
      fc.property(withUnknown, ([answers, id, value]) => {
        assert.throws(
          () => assess(rubric, { ...answers, [id]: value }),
          (error: unknown) => {
            assert.ok(error instanceof AnswerError, String(error));
            assert.deepEqual(
              error.issues.map((issue) => issue.path),
              [id],
            );
            assert.ok(error.message.includes(`${id}: `));
            return true;
          },
        );
      }),
    );
  });
});
