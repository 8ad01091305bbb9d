// Ids named like Object.prototype members and
// answers that break careless code get the engine's own answers and errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AnswerError,
  answerIssues,
  assess,
  defaultRubric,
  fitAnswers,
  holds,
  parseRubric,
  presetAnswers,
  questionsAsked,
} from '../../src/rubric/index.js';
import type { Answers, Rubric } from '../../src/rubric/index.js';
import { changedRubric, criterion, Q, smeApplicant } from './fixtures.js';
import { hostileAnswerSets, hostileValues, PROTOTYPE_NAMES, prototypeNamedRubric } from './hostile.js';

/** What assess throws for these answers (failing the test when it scores them). */
function thrownBy(answers: unknown, rubric: Rubric = defaultRubric): unknown {
  try {
    assess(rubric, answers as Answers);
  } catch (error) {
    return error;
  }
  return assert.fail('the answers were scored');
}

describe('ids named like Object.prototype members', () => {
  const rubric = parseRubric(prototypeNamedRubric());

  it('parseRubric accepts them', () => {
    assert.deepEqual(
      rubric.questions.map((question) => question.id),
      ['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'isPrototypeOf'],
    );
  });

  it('an empty set of answers answers none of them: incomplete, every asked question missing, nothing scored', () => {
    const result = assess(rubric, {});
    assert.equal(result.complete, false);
    assert.deepEqual(result.missing, ['toString', 'valueOf', 'constructor', 'isPrototypeOf']);
    assert.equal(result.total, 0);
    assert.deepEqual(result.pathways, { constructor: false, valueOf: false, toString: false });
    assert.deepEqual(fitAnswers(rubric, {}), { valid: {}, issues: [] });
  });

  it('each question is asked in its step, though every object has a member of that name', () => {
    assert.deepEqual(
      questionsAsked(rubric, 0, {}).map((question) => question.id),
      ['toString', 'valueOf'],
    );
    assert.deepEqual(
      questionsAsked(rubric, 1, {}).map((question) => question.id),
      ['constructor', 'isPrototypeOf'],
    );
    assert.deepEqual(
      questionsAsked(rubric, 1, {}, { constructor: 'toString' }).map((question) => question.id),
      ['isPrototypeOf'],
    );
  });

  it('a condition on an unanswered question does not hold', () => {
    assert.equal(holds({ question: 'toString', in: ['valueOf'] }, { rubric, answers: {} }), false);
    assert.equal(holds({ question: 'valueOf', atLeast: 0 }, { rubric, answers: {} }), false);
    assert.equal(holds({ score: 'constructor', atLeast: 0 }, { rubric, answers: {}, scores: {} }), false);
  });

  it('answered, they score like any other ids', () => {
    const answers = {
      toString: 'valueOf',
      valueOf: 2,
      hasOwnProperty: 'isPrototypeOf',
      constructor: 'toString',
      isPrototypeOf: 150,
    };
    const result = assess(rubric, answers);
    assert.equal(result.complete, true);
    assert.equal(result.total, 30);
    assert.deepEqual(result.categories, { constructor: 30 });
    assert.deepEqual(result.pathways, { constructor: true, valueOf: true, toString: true });
  });

  it('the gain of a better answer counts what it switches on, once', () => {
    assert.deepEqual(criterion({ toString: 'constructor' }, 'toString', rubric).next, {
      answer: 'valueOf',
      points: 10,
    });
    assert.deepEqual(criterion({ toString: 'constructor', hasOwnProperty: 'isPrototypeOf' }, 'toString', rubric).next, {
      answer: 'valueOf',
      points: 20,
    });
  });

  it('a host attribute answers its question by own id only', () => {
    assert.deepEqual(presetAnswers(rubric, { 'employer-size': 'valueOf' }), {
      answers: { constructor: 'valueOf' },
      issues: [],
    });
    assert.deepEqual(presetAnswers(rubric, { 'employer-size': 'hasOwnProperty' }).answers, {});
  });

  for (const name of PROTOTYPE_NAMES) {
    it(`an answer keyed "${name}" in the built-in rubric is not a question there`, () => {
      const answers = JSON.parse(`{${JSON.stringify(name)}: "masters", "degree": "masters"}`) as Answers;
      const error = thrownBy(answers);
      assert.ok(error instanceof AnswerError);
      assert.deepEqual(
        error.issues.map((issue) => issue.path),
        [name],
      );
      assert.deepEqual(fitAnswers(defaultRubric, answers).valid, { degree: 'masters' });
    });
  }

  it('an id that is not well formed (__proto__) is a RubricError, not a question', () => {
    const json = prototypeNamedRubric();
    json.questions[4]!.id = '__proto__';
    assert.throws(() => parseRubric(json), { name: 'RubricError' });
  });

  it('inherited answers are not answers: only the object’s own entries count', () => {
    const inherited = Object.create({ degree: 'doctorate' }) as Answers;
    assert.equal(criterion(inherited, 'degree').points, 0);
    assert.deepEqual(assess(defaultRubric, inherited).missing.includes('degree'), true);
  });

  it('a question reading the same answer twice gains from a better one once', () => {
    const twice = parseRubric(
      changedRubric((draft) => {
        draft.questions[Q('institution')].askedWhen = {
          any: [
            { question: 'degree', in: ['doctorate', 'masters'] },
            { question: 'degree', in: ['bachelors'] },
          ],
        };
      }),
    );
    // No degree but a top-100 university: a bachelor's adds its own 5 and the university's 10.
    assert.deepEqual(criterion({ degree: 'none', institution: 'top100' }, 'degree', twice).next, {
      answer: 'bachelors',
      points: 15,
    });
  });
});

describe('answers that break careless code get an AnswerError, never another error', () => {
  for (const [label, value] of Object.entries(hostileValues())) {
    it(`${label} as an answer`, () => {
      for (const question of ['degree', 'experience']) {
        const error = thrownBy({ ...smeApplicant, [question]: value });
        assert.ok(error instanceof AnswerError, `${question}: ${String((error as Error)?.name)}`);
        assert.deepEqual(
          error.issues.map((issue) => issue.path),
          [question],
        );
        assert.match(error.issues[0]?.message ?? '', /is not an option|is not a number/);
        const fit = fitAnswers(defaultRubric, { ...smeApplicant, [question]: value });
        assert.equal(fit.valid[question], undefined, 'left out');
        assert.equal(Object.keys(fit.valid).length, Object.keys(smeApplicant).length - 1, 'the others kept');
      }
    });
  }

  for (const [label, answers] of Object.entries(hostileAnswerSets())) {
    it(`answers that are ${label}`, () => {
      assert.ok(thrownBy(answers) instanceof AnswerError);
      assert.ok(answerIssues(defaultRubric, answers).length > 0);
      const { valid, issues } = fitAnswers(defaultRubric, answers as Answers);
      assert.ok(issues.length > 0);
      for (const id of Object.keys(valid)) assert.ok(defaultRubric.questions.some((question) => question.id === id));
    });
  }

  it('a getter that throws costs only its own answer', () => {
    const answers = Object.defineProperty({ ...smeApplicant }, 'degree', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const { valid, issues } = fitAnswers(defaultRubric, answers);
    assert.deepEqual(issues, [{ path: 'degree', message: 'could not be read' }]);
    assert.equal(valid['field'], smeApplicant['field']);
  });

  it('what is scored is what was checked: a getter that changes its value after the check changes nothing', () => {
    let reads = 0;
    const answers = Object.defineProperty({ ...smeApplicant }, 'degree', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'masters' : 'no such option'),
    });
    const result = assess(defaultRubric, answers);
    assert.equal(reads, 1, 'read once');
    assert.equal(result.total, 66);
  });

  it('a null-prototype object of valid answers is scored like a plain one', () => {
    assert.equal(assess(defaultRubric, Object.assign(Object.create(null), smeApplicant)).total, 66);
  });
});
