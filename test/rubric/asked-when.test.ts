// Questions asked only when they apply (askedWhen): a question not asked is
// not required, scores nothing, is never missing and decides nothing, and its
// answer is kept so that changing the deciding answer back restores it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  askedIds,
  assess,
  defaultRubric,
  fitAnswers,
  parseRubric,
  questionsAsked,
  stepsAsked,
} from '../../src/rubric/index.js';
import type { Answers } from '../../src/rubric/index.js';
import { assertRubricProblems, changedRubric, gniTimes, Q, STEP, topTierApplicant } from './fixtures.js';

const offerQuestions = ['inKorea', 'salary', 'employerSize', 'role'];

describe('askedWhen: a question not asked', () => {
  const noOffer = { ...topTierApplicant, jobOffer: 'not-yet' };

  it('is not required: without an offer, nothing about the offer is missing and the answers are complete', () => {
    const rest: Answers = Object.fromEntries(Object.entries(noOffer).filter(([id]) => !offerQuestions.includes(id)));
    const result = assess(defaultRubric, rest);
    for (const id of offerQuestions) {
      assert.ok(!result.missing.includes(id), id);
      assert.ok(!result.asked.includes(id), id);
    }
    assert.equal(result.complete, true);
    assert.deepEqual(
      questionsAsked(defaultRubric, STEP('offer'), rest).map((question) => question.id),
      [],
    );
  });

  it('scores nothing: a salary, a role and an SME kept from before add 0 points', () => {
    const result = assess(defaultRubric, { ...noOffer, employerSize: 'sme' });
    for (const id of ['salary', 'employerSize', 'role']) {
      const entry = result.criteria.find((criterion) => criterion.id === id);
      assert.deepEqual([entry?.asked, entry?.points, entry?.next], [false, 0, null], id);
    }
    assert.equal(result.total, 96 - 16 - 15);
  });

  it('decides no pathway: a route that reads only the salary is not met by a salary kept without an offer', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.pathways.push({
          id: 'salaryOnly',
          label: { en: 'Salary only' },
          description: { en: 'A salary of 3x GNI.' },
          when: { question: 'salary', atLeast: 3, times: 'gni' },
        });
      }),
    );
    assert.equal(assess(rubric, { jobOffer: 'yes', salary: gniTimes(3) }).pathways['salaryOnly'], true);
    assert.equal(assess(rubric, { jobOffer: 'not-yet', salary: gniTimes(3) }).pathways['salaryOnly'], false);
    assert.equal(assess(rubric, { salary: gniTimes(3) }).pathways['salaryOnly'], false, 'the offer unanswered');
  });

  it('keeps its answer: fitAnswers keeps the salary, and answering "yes" again restores its points and routes', () => {
    const { valid, issues } = fitAnswers(defaultRubric, noOffer);
    assert.deepEqual(issues, []);
    assert.equal(valid['salary'], topTierApplicant.salary);
    assert.equal(valid['role'], topTierApplicant.role);
    const restored = assess(defaultRubric, { ...valid, jobOffer: 'yes' });
    assert.deepEqual(restored, assess(defaultRubric, topTierApplicant));
  });

  it("follows chains: a doctorate asks the university and the research years; a bachelor's neither", () => {
    assert.ok(askedIds(defaultRubric, { degree: 'doctorate' }).has('postdocResearch'));
    assert.ok(askedIds(defaultRubric, { degree: 'doctorate' }).has('institution'));
    assert.ok(!askedIds(defaultRubric, { degree: 'masters' }).has('postdocResearch'));
    assert.ok(!askedIds(defaultRubric, { degree: 'bachelors' }).has('institution'));
  });

  it('follows chains through a question not asked: a question asked by the salary is not asked without an offer, whatever the salary kept', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.questions[Q('employerSize')].askedWhen = { question: 'salary', atLeast: 1, times: 'gni' };
      }),
    );
    assert.ok(askedIds(rubric, { jobOffer: 'yes', salary: gniTimes(2) }).has('employerSize'));
    assert.ok(!askedIds(rubric, { jobOffer: 'yes', salary: gniTimes(1) - 1 }).has('employerSize'));
    assert.ok(!askedIds(rubric, { jobOffer: 'not-yet', salary: gniTimes(2) }).has('employerSize'));
    assert.equal(assess(rubric, { jobOffer: 'not-yet', salary: gniTimes(2), employerSize: 'sme' }).bonus, 0);
  });

  it('for every set of answers, an answer to a question not asked changes neither the total nor any pathway (property)', () => {
    const answers = fc.record(
      {
        jobOffer: fc.constantFrom('yes', 'not-yet'),
        degree: fc.constantFrom('doctorate', 'masters', 'bachelors', 'none'),
        institution: fc.constantFrom('top100', 'top500', 'other'),
        experience: fc.integer({ min: 0, max: 60 }),
        postdocResearch: fc.integer({ min: 0, max: 60 }),
        employer: fc.subarray(['global500', 'top-institute', 'large'], { minLength: 1 }),
        koreaExperience: fc.constantFrom('yes', 'no'),
        salary: fc.integer({ min: 0, max: 300_000_000 }),
        field: fc.constantFrom('ai', 'stem', 'non-tech', 'other-strategic'),
        evidence: fc.constantFrom('leading', 'solid', 'emerging', 'none'),
        researchDistinction: fc.constantFrom('pi', 'none'),
        role: fc.constantFrom('core-lead', 'core-rnd', 'support'),
        employerSize: fc.constantFrom('sme', 'large'),
        governmentProgramme: fc.constantFrom('mohw', 'kasa', 'none'),
      },
      { requiredKeys: ['jobOffer', 'degree'] },
    );
    fc.assert(
      fc.property(answers, (given) => {
        const asked = askedIds(defaultRubric, given);
        const onlyAsked = Object.fromEntries(Object.entries(given).filter(([id]) => asked.has(id))) as Answers;
        const full = assess(defaultRubric, given);
        const trimmed = assess(defaultRubric, onlyAsked);
        assert.equal(full.total, trimmed.total);
        assert.deepEqual(full.pathways, trimmed.pathways);
        assert.deepEqual(full.missing, trimmed.missing);
      }),
      { seed: 2101, numRuns: 300 },
    );
  });
});

describe('stepsAsked: a step that asks nothing is passed over', () => {
  it('without an offer the step about the offer is passed over; with one it is asked', () => {
    assert.ok(!stepsAsked(defaultRubric, { jobOffer: 'not-yet' }).includes(STEP('offer')));
    assert.ok(stepsAsked(defaultRubric, { jobOffer: 'yes' }).includes(STEP('offer')));
    assert.deepEqual(
      stepsAsked(defaultRubric, { jobOffer: 'yes' }),
      defaultRubric.steps.map((_, index) => index),
    );
  });

  it('a step whose questions the host page answered is passed over too', () => {
    assert.ok(
      !stepsAsked(defaultRubric, { jobOffer: 'yes' }, { salary: 1, employerSize: 'sme', role: 'support' }).includes(
        STEP('offer'),
      ),
    );
    assert.ok(stepsAsked(defaultRubric, { jobOffer: 'yes' }, { employerSize: 'sme' }).includes(STEP('offer')));
  });
});

describe('askedWhen: validation', () => {
  it('rejects an askedWhen that refers to its own question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('salary')].askedWhen = { question: 'salary', atLeast: 1 };
      }),
      [[`questions.${Q('salary')}.askedWhen.question`, /cannot depend on itself/]],
    );
  });

  it('rejects an askedWhen that refers to a question of a later step', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('institution')].askedWhen = { question: 'field', in: ['ai'] };
      }),
      [[`questions.${Q('institution')}.askedWhen.question`, /"field" is asked after "institution"/]],
    );
  });

  it('rejects an askedWhen that refers to a question further down the same step', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('jobOffer')].askedWhen = { question: 'inKorea', in: ['yes'] };
      }),
      [[`questions.${Q('jobOffer')}.askedWhen.question`, /"inKorea" is asked after "jobOffer"/]],
    );
  });

  it('rejects a later question inside an any or all, and a score', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].askedWhen = {
          any: [{ question: 'jobOffer', in: ['yes'] }, { all: [{ question: 'experience', atLeast: 1 }] }],
        };
        draft.questions[Q('experience')].askedWhen = { score: 'total', atLeast: 10 };
      }),
      [
        [`questions.${Q('degree')}.askedWhen.any.1.all.0.question`, /"experience" is asked after "degree"/],
        [`questions.${Q('experience')}.askedWhen`, /cannot depend on a score/],
      ],
    );
  });

  it('reads the former name `when` as askedWhen, and rejects both at once', () => {
    const legacy = changedRubric((draft) => {
      for (const question of draft.questions) {
        if (question.askedWhen) {
          question.when = question.askedWhen;
          delete question.askedWhen;
        }
      }
    });
    const rubric = parseRubric(legacy);
    assert.deepEqual(rubric.questions[Q('salary')]?.askedWhen, { question: 'jobOffer', in: ['yes'] });
    assert.equal((rubric.questions[Q('salary')] as { when?: unknown }).when, undefined);
    assert.deepEqual(
      assess(rubric, { ...topTierApplicant, jobOffer: 'not-yet' }),
      assess(defaultRubric, { ...topTierApplicant, jobOffer: 'not-yet' }),
    );
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('salary')].when = { question: 'jobOffer', in: ['yes'] };
      }),
      [[`questions.${Q('salary')}.when`, /former name of askedWhen/]],
    );
  });
});
