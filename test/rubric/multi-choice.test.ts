// Choose-all-that-apply questions (employer), option ids of earlier versions
// (`replaces`), and a stored v2.0 answer set read by rubric 2.1.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { assess, defaultRubric, fitAnswers, sameAnswer, toggleOption } from '../../src/rubric/index.js';
import type { MultiQuestion } from '../../src/rubric/index.js';
import { assertAnswerProblem, assertRubricProblems, changedRubric, gniTimes, pointsOf, Q } from './fixtures.js';

const employer = defaultRubric.questions[Q('employer')] as MultiQuestion;

describe('a multi-choice answer', () => {
  it('earns the points of its best option', () => {
    assert.equal(pointsOf({ employer: ['large', 'global500'] }, 'employer'), 10);
    assert.equal(pointsOf({ employer: ['large', 'top-institute'] }, 'employer'), 10);
    assert.equal(pointsOf({ employer: ['large'] }, 'employer'), 6);
    assert.equal(pointsOf({ employer: ['other'] }, 'employer'), 2);
  });

  it('is read by conditions with includes: any of the listed options', () => {
    const research = {
      jobOffer: 'yes',
      degree: 'doctorate',
      institution: 'top100',
      experience: 5,
      postdocResearch: 5,
      salary: gniTimes(3),
      field: 'ai',
    };
    assert.equal(
      assess(defaultRubric, { ...research, employer: ['large', 'top-institute'] }).pathways['topTierStandard'],
      true,
    );
    assert.equal(
      assess(defaultRubric, { ...research, employer: ['large', 'global500'] }).pathways['topTierStandard'],
      false,
    );
  });

  it('is kept in the rubric order, each option once', () => {
    assert.deepEqual(
      fitAnswers(defaultRubric, { employer: ['large', 'top-institute', 'global500', 'large'] }).valid['employer'],
      ['global500', 'top-institute', 'large'],
    );
  });

  it('a single option id, as rubric 2.0 stored it, is a list of one', () => {
    assert.deepEqual(fitAnswers(defaultRubric, { employer: 'global500' }), {
      valid: { employer: ['global500'] },
      issues: [],
    });
    assert.equal(pointsOf({ employer: 'global500' }, 'employer'), 10);
  });

  it('an empty list is no answer: not an error, and the question is missing', () => {
    assert.deepEqual(fitAnswers(defaultRubric, { employer: [] }), { valid: {}, issues: [] });
    assert.ok(assess(defaultRubric, { employer: [] }).missing.includes('employer'));
  });

  it('"None of these" is chosen alone: with another option it is an error, never a silent score', () => {
    assertAnswerProblem({ employer: ['other', 'large'] }, 'employer', /"other" is chosen alone/);
    assertAnswerProblem({ employer: ['none', 'large'] }, 'employer', /"other" is chosen alone/);
  });

  it('anything else is an error naming the question: an unknown option, a number, a list of lists, a list longer than the options allow', () => {
    assertAnswerProblem(
      { employer: ['global500', 'nasa'] },
      'employer',
      /"nasa" is not an option; expected a list of global500, top-institute, large, other/,
    );
    assertAnswerProblem({ employer: 10 }, 'employer', /10 is not a list of options/);
    assertAnswerProblem({ employer: [['global500']] }, 'employer', /not an option/);
    assertAnswerProblem({ employer: Array(1000).fill('large') }, 'employer', /not a list of options/);
    assertAnswerProblem({ employer: null }, 'employer', /not a list of options/);
  });

  it('a list for a choice question is an error', () => {
    assertAnswerProblem({ degree: ['masters'] }, 'degree', /not an option/);
  });
});

describe('multi-choice in the rubric format', () => {
  it('includes reads only a multi-choice question, in only a choice question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[0].when = { question: 'employer', in: ['global500'] };
        draft.pathways[1].when = { question: 'degree', includes: ['masters'] };
      }),
      [
        ['pathways.0.when', /"employer" is not a choice question \(a multi-choice question is read with includes\)/],
        ['pathways.1.when', /"degree" is not a multi-choice question/],
      ],
    );
  });

  it('includes names options of its question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[0].when = { question: 'employer', includes: ['nasa'] };
      }),
      [['pathways.0.when.includes', /"employer" has no option "nasa"/]],
    );
  });

  it('only a multi-choice option may be exclusive', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].options[3].exclusive = true;
      }),
      [[`questions.${Q('degree')}.options.3.exclusive`, /only an option of a multi-choice question/]],
    );
  });

  it('replaces may not name an option id the question still has', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('employer')].options[2].replaces = ['global500'];
      }),
      [[`questions.${Q('employer')}.options.2.replaces.0`, /"global500" is already an option id/]],
    );
  });
});

describe('replaces: an earlier version option id reads as the option that replaced it', () => {
  it('field "other-tech" reads as "stem", in points and in routes', () => {
    assert.deepEqual(fitAnswers(defaultRubric, { field: 'other-tech' }).valid, { field: 'stem' });
    assert.equal(pointsOf({ field: 'other-tech' }, 'field'), 4);
    assert.equal(
      assess(defaultRubric, { jobOffer: 'yes', researchDistinction: 'pi', field: 'other-tech' }).pathways[
        'scienceTrack'
      ],
      true,
    );
  });

  it('employer "none" reads as "None of these"', () => {
    assert.deepEqual(fitAnswers(defaultRubric, { employer: 'none' }).valid, { employer: ['other'] });
    assert.deepEqual(fitAnswers(defaultRubric, { employer: ['none'] }).valid, { employer: ['other'] });
  });
});

describe('a stored v2.0 answer set read by rubric 2.1', () => {
  const stored = {
    degree: 'masters',
    institution: 'top100',
    experience: 8,
    employer: 'global500',
    koreaExperience: 'no',
    salary: gniTimes(3),
    field: 'other-tech',
    evidence: 'solid',
    researchDistinction: 'none',
    role: 'no-offer',
    employerSize: 'large',
    governmentProgramme: 'none',
  };

  it('is read without throwing: what means the same is carried over, "no offer yet" is reported and dropped', () => {
    const { valid, issues } = fitAnswers(defaultRubric, stored);
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['role'],
    );
    assert.match(issues[0]?.message ?? '', /"no-offer" is not an option/);
    const { role: _role, ...rest } = stored;
    assert.deepEqual(valid, { ...rest, employer: ['global500'], field: 'stem' });
  });

  it('a role that is still an option is kept; the new question jobOffer is then the one missing', () => {
    const { valid, issues } = fitAnswers(defaultRubric, { ...stored, role: 'core-rnd', employer: 'none' });
    assert.deepEqual(issues, []);
    assert.equal(valid['role'], 'core-rnd');
    assert.deepEqual(valid['employer'], ['other']);
    const result = assess(defaultRubric, valid);
    assert.ok(result.missing.includes('jobOffer'));
    assert.equal(result.eligible, false, 'no route without an answer about the offer');
  });
});

describe('toggleOption and sameAnswer: a checkbox list as values', () => {
  it('ticks and clears options, keeping the rubric order; nothing left is no answer', () => {
    assert.deepEqual(toggleOption(employer, undefined, 'large', true), ['large']);
    assert.deepEqual(toggleOption(employer, ['large'], 'global500', true), ['global500', 'large']);
    assert.deepEqual(toggleOption(employer, ['global500', 'large'], 'global500', false), ['large']);
    assert.equal(toggleOption(employer, ['large'], 'large', false), undefined);
  });

  it('an exclusive option clears the others, and another option clears it', () => {
    assert.deepEqual(toggleOption(employer, ['global500', 'large'], 'other', true), ['other']);
    assert.deepEqual(toggleOption(employer, ['other'], 'large', true), ['large']);
  });

  it('for every answer, ticking leaves a valid answer that holds the option; ticking then clearing a non-exclusive option leaves the others alone (property)', () => {
    const ids = employer.options.map((option) => option.id);
    const valid = fc.oneof(
      fc.constant(undefined),
      fc.constant<string[]>(['other']),
      fc.subarray<string>(['global500', 'top-institute', 'large'], { minLength: 1 }),
    );
    fc.assert(
      fc.property(valid, fc.constantFrom(...ids), (answer, option) => {
        const ticked = toggleOption(employer, answer, option, true);
        assert.ok(ticked?.includes(option));
        assert.deepEqual(fitAnswers(defaultRubric, { employer: ticked }).issues, []);
        assert.deepEqual(
          fitAnswers(defaultRubric, { employer: ticked }).valid['employer'],
          ticked,
          'already in rubric order',
        );
        const exclusive = option === 'other';
        if (exclusive) assert.deepEqual(ticked, ['other']);
        // Ticking an exclusive option that is already ticked leaves it alone.
        if (exclusive) assert.deepEqual(toggleOption(employer, ticked, option, true), ['other']);
        if (!exclusive && answer && !answer.includes('other') && !answer.includes(option)) {
          assert.ok(sameAnswer(toggleOption(employer, ticked, option, false), answer));
        }
      }),
      { seed: 2102, numRuns: 200 },
    );
  });

  it('sameAnswer compares numbers and ids by value and lists item by item', () => {
    assert.equal(sameAnswer(['global500', 'large'], ['global500', 'large']), true);
    assert.equal(sameAnswer(['global500', 'large'], ['global500']), false);
    assert.equal(sameAnswer(['global500'], 'global500'), false);
    assert.equal(sameAnswer(5, 5), true);
    assert.equal(sameAnswer('yes', 'no'), false);
    assert.equal(sameAnswer(undefined, undefined), true);
    assert.equal(sameAnswer(undefined, []), false);
  });
});
