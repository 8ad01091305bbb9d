import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess, defaultRubric, parseRubric } from '../../src/rubric/index.js';
import {
  answerErrorFor,
  assertAnswerProblem,
  bestAnswers,
  changedRubric,
  criterion,
  GNI,
  gniTimes,
  pointsOf,
  Q,
  smeApplicant,
  topTierApplicant,
  withOffer,
} from './fixtures.js';

describe('assess: the worked examples, on rubric 2.1', () => {
  it('a doctorate from a top-100 university, 12 years at a world-class company and KRW 160M scores 96 and meets Top-tier route 가', () => {
    const result = assess(defaultRubric, topTierApplicant);
    assert.deepEqual(result.categories, { quantitative: 61, qualitative: 35, bonus: 0 });
    assert.equal(result.bonus, 0);
    assert.equal(result.total, 96);
    assert.equal(result.max, 100);
    assert.equal(result.passMark, 60);
    assert.deepEqual(result.pathways, {
      topTierStandard: true,
      topTierHighIncome: false,
      topTierKoreaExperience: false,
      qualitative: true,
      scienceTrack: false,
      governmentScholar: false,
      promisingTopTier: true,
      preliminaryTopTier: true,
      scholarBeforeOffer: false,
    });
    assert.deepEqual(result.alternatives, ['promisingTopTier', 'preliminaryTopTier', 'scholarBeforeOffer']);
    assert.equal(result.eligible, true);
    assert.equal(result.complete, true);
    assert.deepEqual(result.missing, []);
    assert.equal(result.rubricId, 'ktech-pass-2026-09');
    assert.equal(result.rubricVersion, defaultRubric.version);
  });

  it("a master's holder at an SME with KRW 80M (1.53x GNI) scores 30 + 26 + 10 = 66 and is eligible through the qualitative track only", () => {
    const result = assess(defaultRubric, smeApplicant);
    assert.deepEqual(result.categories, { quantitative: 30, qualitative: 26, bonus: 10 });
    assert.equal(result.bonus, 10);
    assert.equal(result.total, 66);
    assert.deepEqual(
      Object.keys(result.pathways).filter((id) => result.pathways[id]),
      ['qualitative'],
    );
    assert.equal(result.eligible, true);
  });

  it('no longer reports fixed quantitative and qualitative fields: categories carry every category by id', () => {
    const result = assess(defaultRubric, smeApplicant) as unknown as Record<string, unknown>;
    assert.equal('quantitative' in result, false);
    assert.equal('qualitative' in result, false);
  });

  it('lists one criterion per scored question, in rubric order, with its category, points and maximum', () => {
    const result = assess(defaultRubric, smeApplicant);
    assert.deepEqual(
      result.criteria.map((entry) => entry.id),
      defaultRubric.questions.filter((question) => question.category !== undefined).map((question) => question.id),
    );
    assert.deepEqual(
      Object.fromEntries(
        result.criteria.map(({ id, category, points, max, asked }) => [id, { category, points, max, asked }]),
      ),
      {
        salary: { category: 'quantitative', points: 8, max: 20, asked: true },
        employerSize: { category: 'bonus', points: 10, max: 10, asked: true },
        role: { category: 'qualitative', points: 10, max: 15, asked: true },
        degree: { category: 'quantitative', points: 10, max: 15, asked: true },
        institution: { category: 'quantitative', points: 0, max: 10, asked: true },
        experience: { category: 'quantitative', points: 6, max: 10, asked: true },
        employer: { category: 'quantitative', points: 6, max: 10, asked: true },
        evidence: { category: 'qualitative', points: 6, max: 10, asked: true },
        field: { category: 'qualitative', points: 10, max: 10, asked: true },
      },
    );
  });

  it('the best answer to every question scores the maximum of 100 plus the 10-point bonus', () => {
    const result = assess(defaultRubric, bestAnswers);
    assert.equal(result.total, 110);
    assert.deepEqual(result.categories, { quantitative: 65, qualitative: 35, bonus: 10 });
  });

  it('no answers at all score 0 and no pathway holds', () => {
    const result = assess(defaultRubric, {});
    assert.equal(result.total, 0);
    assert.ok(
      Object.values(result.pathways).every((met) => met === false),
      JSON.stringify(result.pathways),
    );
    assert.equal(Object.keys(result.pathways).length, defaultRubric.pathways.length);
    assert.equal(result.asked.includes('salary'), false, 'no salary is asked before an offer');
    assert.equal(result.eligible, false);
  });
});

describe('assess: points for each choice option', () => {
  const table: Record<string, Record<string, number>> = {
    degree: { doctorate: 15, masters: 10, bachelors: 5, none: 0 },
    field: {
      semiconductors: 10,
      'secondary-batteries': 10,
      displays: 10,
      biotech: 10,
      robotics: 10,
      defense: 10,
      ai: 10,
      'advanced-mobility': 10,
      'other-strategic': 7,
      stem: 4,
      'non-tech': 0,
    },
    evidence: { leading: 10, solid: 6, emerging: 3, none: 0 },
    role: { 'core-lead': 15, 'core-rnd': 10, support: 5 },
    employerSize: { sme: 10, large: 0 },
  };
  for (const [question, options] of Object.entries(table)) {
    for (const [option, points] of Object.entries(options)) {
      it(`${question} "${option}" scores ${points}`, () => {
        // The role and the firm's size are asked only with a job offer.
        assert.equal(pointsOf({ ...withOffer, [question]: option }, question), points);
      });
    }
  }

  for (const [option, points] of Object.entries({ global500: 10, 'top-institute': 10, large: 6, other: 2 })) {
    it(`employer ["${option}"] scores ${points}`, () => {
      assert.equal(pointsOf({ employer: [option] }, 'employer'), points);
    });
  }

  it("without a job offer the role and the firm's size score nothing, whatever their stored answer", () => {
    assert.equal(pointsOf({ jobOffer: 'not-yet', role: 'core-lead' }, 'role'), 0);
    assert.equal(pointsOf({ jobOffer: 'not-yet', employerSize: 'sme' }, 'employerSize'), 0);
    assert.equal(pointsOf({ role: 'core-lead' }, 'role'), 0, 'the offer unanswered: not asked yet');
  });

  for (const [option, points] of Object.entries({ top100: 10, top500: 5, other: 0 })) {
    it(`institution "${option}" scores ${points} when the degree is a doctorate or a master's`, () => {
      assert.equal(pointsOf({ degree: 'doctorate', institution: option }, 'institution'), points);
      assert.equal(pointsOf({ degree: 'masters', institution: option }, 'institution'), points);
    });
  }

  it('the SME bonus counts in the bonus, not in the base categories', () => {
    const result = assess(defaultRubric, { ...withOffer, employerSize: 'sme' });
    assert.deepEqual(result.categories, { quantitative: 0, qualitative: 0, bonus: 10 });
    assert.deepEqual([result.bonus, result.total], [10, 10]);
  });

  it('the questions that only decide pathways give no points and are not criteria', () => {
    const answers = {
      ...withOffer,
      inKorea: 'yes',
      governmentProgramme: 'kasa',
      koreaExperience: 'yes',
      researchDistinction: 'prize',
      degree: 'doctorate',
      postdocResearch: 30,
    };
    const result = assess(defaultRubric, answers);
    assert.equal(result.total, 15);
    for (const id of [
      'jobOffer',
      'inKorea',
      'governmentProgramme',
      'koreaExperience',
      'researchDistinction',
      'postdocResearch',
    ]) {
      assert.ok(!result.criteria.some((entry) => entry.id === id), id);
    }
  });
});

describe('assess: experience bands (years, fractional allowed)', () => {
  const cases: Array<[years: number, points: number]> = [
    [0, 0],
    [0.99, 0],
    [1, 2],
    [2.99, 2],
    [3, 4],
    [4.5, 4],
    [5, 6],
    [7.5, 6],
    [7.99, 6],
    [8, 8],
    [9.5, 8],
    [10, 10],
    [12, 10],
    [60, 10],
  ];
  for (const [years, points] of cases) {
    it(`${years} years of experience scores ${points}`, () => {
      assert.equal(pointsOf({ experience: years }, 'experience'), points);
    });
  }
});

describe('assess: salary bands (multiples of GNI per capita, KRW 52,416,000 from 1 April 2026)', () => {
  it('the thresholds are 2x = KRW 104,832,000, 3x = KRW 157,248,000 and 4x = KRW 209,664,000', () => {
    assert.equal(gniTimes(2), 104_832_000);
    assert.equal(gniTimes(3), 157_248_000);
    assert.equal(gniTimes(4), 209_664_000);
  });

  const bands: Array<[multiple: number, points: number, below: number]> = [
    [1, 4, 0],
    [1.5, 8, 4],
    [2, 12, 8],
    [3, 16, 12],
    [4, 20, 16],
  ];
  for (const [multiple, points, below] of bands) {
    it(`a salary of exactly ${multiple}x GNI per capita (${gniTimes(multiple)} KRW) scores the ${multiple}x band: ${points}`, () => {
      assert.equal(pointsOf({ ...withOffer, salary: gniTimes(multiple) }, 'salary'), points);
    });
    it(`a salary one won below ${multiple}x GNI per capita scores ${below}`, () => {
      assert.equal(pointsOf({ ...withOffer, salary: gniTimes(multiple) - 1 }, 'salary'), below);
    });
  }

  it('a salary of 0 scores 0, and far above 4x still scores 20', () => {
    assert.equal(pointsOf({ ...withOffer, salary: 0 }, 'salary'), 0);
    assert.equal(pointsOf({ ...withOffer, salary: 2_000_000_000 }, 'salary'), 20);
  });

  it('the thresholds follow the GNI parameter of the rubric, not a number in code', () => {
    // From 1 April 2027 a rubric switches to the 2026 figure; say KRW 55,000,000.
    const rubric = parseRubric(
      changedRubric((draft) => {
        const gni = draft.parameters.find((parameter: { id: string }) => parameter.id === 'gni');
        gni.value = 55_000_000;
        gni.year = 2026;
      }),
    );
    assert.equal(criterion({ ...withOffer, salary: gniTimes(3) }, 'salary', rubric).points, 12);
    assert.equal(criterion({ ...withOffer, salary: 3 * 55_000_000 }, 'salary', rubric).points, 16);
    const route = {
      ...withOffer,
      degree: 'masters',
      institution: 'top100',
      experience: 8,
      employer: ['global500'],
      salary: gniTimes(3),
      role: 'core-rnd',
      field: 'ai',
    };
    assert.equal(assess(rubric, route).pathways['topTierStandard'], false);
    assert.equal(assess(rubric, { ...route, salary: 3 * 55_000_000 }).pathways['topTierStandard'], true);
  });
});

describe("assess: the university question is asked only after a master's or a doctorate", () => {
  it('with no degree, the university scores 0, is not asked and is not missing', () => {
    const answers = { ...smeApplicant, degree: 'none', institution: 'top100' };
    const entry = criterion(answers, 'institution');
    assert.equal(entry.points, 0);
    assert.equal(entry.asked, false);
    assert.equal(entry.next, null);
    const result = assess(defaultRubric, answers);
    assert.equal(result.categories['quantitative'], 8 + 0 + 0 + 6 + 6);
    assert.ok(!result.missing.includes('institution'));
  });

  it('with no degree and no university answer, the assessment is still complete', () => {
    const { institution: _institution, ...withoutInstitution } = smeApplicant;
    const result = assess(defaultRubric, { ...withoutInstitution, degree: 'none' });
    assert.equal(result.complete, true);
    assert.deepEqual(result.missing, []);
    assert.equal(criterion({ degree: 'none' }, 'institution').asked, false);
  });

  it('with the degree unanswered, the university is not asked either, and only the degree is missing', () => {
    const { degree: _degree, institution: _institution, ...rest } = smeApplicant;
    const result = assess(defaultRubric, rest);
    assert.deepEqual(result.missing, ['degree']);
    assert.equal(criterion(rest, 'institution').asked, false);
    assert.equal(criterion({ institution: 'top100' }, 'institution').points, 0);
  });

  it("with a bachelor's degree, the university is not asked: the question is about a master's or doctoral degree", () => {
    const entry = criterion({ degree: 'bachelors', institution: 'top100' }, 'institution');
    assert.deepEqual([entry.asked, entry.points], [false, 0]);
    assert.ok(!assess(defaultRubric, { degree: 'bachelors' }).missing.includes('institution'));
  });

  for (const degree of ['masters', 'doctorate']) {
    it(`with a ${degree} degree, the university is asked, scores, and is missing when unanswered`, () => {
      assert.equal(criterion({ degree, institution: 'top100' }, 'institution').points, 10);
      assert.equal(criterion({ degree }, 'institution').asked, true);
      assert.ok(assess(defaultRubric, { degree }).missing.includes('institution'));
    });
  }
});

describe('assess: the research years question is asked only after a doctorate', () => {
  it('with a doctorate it is asked and missing until answered', () => {
    assert.ok(assess(defaultRubric, { degree: 'doctorate' }).missing.includes('postdocResearch'));
  });

  for (const degree of ['masters', 'bachelors', 'none']) {
    it(`with ${degree} it is not asked and not missing`, () => {
      const result = assess(defaultRubric, { degree });
      assert.ok(!result.missing.includes('postdocResearch'));
    });
  }
});

describe('assess: missing answers', () => {
  it('every unanswered question scores 0 and is listed as missing, in rubric order', () => {
    const answers = { ...withOffer, employer: ['large'], role: 'support' };
    const result = assess(defaultRubric, answers);
    assert.deepEqual(result.missing, [
      'governmentProgramme',
      'inKorea',
      'salary',
      'employerSize',
      'degree',
      'experience',
      'koreaExperience',
      'researchDistinction',
      'evidence',
      'field',
    ]);
    assert.equal(result.complete, false);
    assert.equal(result.total, 6 + 5);
    for (const id of ['degree', 'experience', 'salary', 'field', 'evidence', 'employerSize']) {
      assert.equal(criterion(answers, id).points, 0, id);
    }
  });

  it('a question answered with undefined counts as unanswered', () => {
    const result = assess(defaultRubric, { ...smeApplicant, salary: undefined });
    assert.deepEqual(result.missing, ['salary']);
    assert.equal(result.total, 66 - 8);
  });

  it('the government programme question is missing until answered, though it gives no points', () => {
    const { governmentProgramme: _programme, ...rest } = smeApplicant;
    const result = assess(defaultRubric, rest);
    assert.deepEqual(result.missing, ['governmentProgramme']);
    assert.equal(result.complete, false);
  });

  it('all questions answered: complete, nothing missing', () => {
    for (const answers of [topTierApplicant, smeApplicant, bestAnswers]) {
      const result = assess(defaultRubric, answers);
      assert.equal(result.complete, true);
      assert.deepEqual(result.missing, []);
    }
  });
});

describe('assess: the nearest better answer (next)', () => {
  it("a master's degree: a doctorate would add 5", () => {
    assert.deepEqual(criterion({ degree: 'masters' }, 'degree').next, { answer: 'doctorate', points: 5 });
  });

  it('5 years of experience: 8 years would add 2', () => {
    assert.deepEqual(criterion({ experience: 5 }, 'experience').next, { answer: 8, points: 2 });
  });

  it('7.99 years of experience: 8 years would add 2', () => {
    assert.deepEqual(criterion({ experience: 7.99 }, 'experience').next, { answer: 8, points: 2 });
  });

  it('a salary of 2x GNI: 3x GNI would add 4', () => {
    assert.deepEqual(criterion({ ...withOffer, salary: gniTimes(2) }, 'salary').next, {
      answer: gniTimes(3),
      points: 4,
    });
  });

  it('a salary one won below 4x GNI: exactly 4x GNI would add 4', () => {
    assert.deepEqual(criterion({ ...withOffer, salary: gniTimes(4) - 1 }, 'salary').next, {
      answer: 4 * GNI,
      points: 4,
    });
  });

  it('another large company: adding a 10-point employer beside it would add 4', () => {
    const next = criterion({ employer: ['large'] }, 'employer').next;
    assert.ok(next);
    assert.ok(Array.isArray(next.answer), String(next.answer));
    assert.ok(next.answer.includes('large'), 'the place already chosen is kept');
    assert.ok(next.answer.includes('global500') || next.answer.includes('top-institute'), String(next.answer));
    assert.equal(next.points, 4);
  });

  it('"None of these" (exclusive): the better answer replaces it instead of joining it', () => {
    const next = criterion({ employer: ['other'] }, 'employer').next;
    assert.deepEqual(next, { answer: ['large'], points: 4 });
  });

  it('an unanswered question suggests its lowest scoring answer', () => {
    assert.deepEqual(criterion(withOffer, 'salary').next, { answer: GNI, points: 4 });
    assert.deepEqual(criterion(withOffer, 'experience').next, { answer: 1, points: 2 });
    assert.deepEqual(criterion(withOffer, 'role').next, { answer: 'support', points: 5 });
    assert.deepEqual(criterion({}, 'employer').next, { answer: ['other'], points: 2 });
  });

  it('the best answer to every question has no next answer', () => {
    for (const entry of assess(defaultRubric, bestAnswers).criteria) assert.equal(entry.next, null, entry.id);
    assert.equal(criterion({ experience: 60 }, 'experience').next, null);
    assert.equal(criterion({ ...withOffer, salary: 1e10 }, 'salary').next, null);
  });

  it("the gain includes knock-on effects: with a bachelor's but a top-100 university kept, a master's would add 5 + 10", () => {
    assert.deepEqual(criterion({ degree: 'bachelors', institution: 'top100' }, 'degree').next, {
      answer: 'masters',
      points: 15,
    });
    assert.deepEqual(criterion({ degree: 'none', institution: 'top100' }, 'degree').next, {
      answer: 'bachelors',
      points: 5,
    });
  });

  it('a question not asked has no next answer: no salary is suggested without an offer', () => {
    assert.equal(criterion({ jobOffer: 'not-yet' }, 'salary').next, null);
    assert.equal(criterion({ jobOffer: 'not-yet', salary: GNI }, 'salary').next, null);
  });

  it('a question that is not asked has no next answer', () => {
    assert.equal(criterion({ degree: 'none' }, 'institution').next, null);
  });

  it('never suggests a number above the largest accepted answer', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.questions[Q('experience')].maximum = 9;
      }),
    );
    assert.equal(criterion({ experience: 8 }, 'experience', rubric).next, null);
    assert.deepEqual(criterion({ experience: 5 }, 'experience', rubric).next, { answer: 8, points: 2 });
  });
});

describe('assess: invalid answers are never scored silently', () => {
  it('an unknown question id', () => {
    assertAnswerProblem({ ...smeApplicant, visa: 'F-2-T' }, 'visa', /not a question of rubric ktech-pass-2026-09/);
  });

  it('an unknown option of a choice question', () => {
    assertAnswerProblem(
      { degree: 'phd' },
      'degree',
      /"phd" is not an option; expected one of doctorate, masters, bachelors, none/,
    );
  });

  it('an option of another question', () => {
    assertAnswerProblem({ institution: 'global500' }, 'institution', /not an option/);
  });

  it('a number for a choice question', () => {
    assertAnswerProblem({ role: 3 }, 'role', /3 is not an option/);
    assertAnswerProblem({ employer: 3 }, 'employer', /3 is not a list of options/);
  });

  it('a string for a number question, even one that looks like a number', () => {
    assertAnswerProblem({ experience: '5' }, 'experience', /"5" is not a number/);
    assertAnswerProblem({ salary: '150000000' }, 'salary', /not a number/);
  });

  it('null, a boolean or an object as an answer', () => {
    assertAnswerProblem({ degree: null }, 'degree', /not an option/);
    assertAnswerProblem({ experience: null }, 'experience', /not a number/);
    assertAnswerProblem({ experience: true }, 'experience', /not a number/);
    assertAnswerProblem({ employerSize: { id: 'sme' } }, 'employerSize', /not an option/);
  });

  it('a negative number', () => {
    assertAnswerProblem({ experience: -1 }, 'experience', /-1 is negative/);
    assertAnswerProblem({ salary: -0.5 }, 'salary', /negative/);
  });

  it('NaN', () => {
    assertAnswerProblem({ salary: Number.NaN }, 'salary', /NaN is not a number; expected a finite number/);
  });

  it('an infinite number', () => {
    assertAnswerProblem(
      { salary: Number.POSITIVE_INFINITY },
      'salary',
      /Infinity is not a number; expected a finite number/,
    );
    assertAnswerProblem({ experience: Number.NEGATIVE_INFINITY }, 'experience', /-Infinity is not a number/);
  });

  it('more years of experience than the largest accepted answer (60)', () => {
    assertAnswerProblem({ experience: 60.5 }, 'experience', /60\.5 is more than the largest accepted answer, 60/);
    assert.equal(pointsOf({ experience: 60 }, 'experience'), 10);
  });

  it('research years after a doctorate: negative, above 60 or not a number', () => {
    assertAnswerProblem({ degree: 'doctorate', postdocResearch: -1 }, 'postdocResearch', /negative/);
    assertAnswerProblem(
      { degree: 'doctorate', postdocResearch: 61 },
      'postdocResearch',
      /more than the largest accepted answer, 60/,
    );
    assertAnswerProblem({ degree: 'doctorate', postdocResearch: '5' }, 'postdocResearch', /not a number/);
  });

  it('an option of the new choice questions that is not one of theirs', () => {
    assertAnswerProblem({ koreaExperience: 'true' }, 'koreaExperience', /expected one of yes, no/);
    assertAnswerProblem(
      { researchDistinction: 'nobel' },
      'researchDistinction',
      /expected one of pi, patents, citations, prize, none/,
    );
  });

  for (const [label, answers] of [
    ['null', null],
    ['an array', [['degree', 'masters']]],
    ['a string', 'degree=masters'],
    ['a number', 42],
    ['undefined', undefined],
  ] as const) {
    it(`answers that are ${label} instead of an object`, () => {
      const error = answerErrorFor(answers);
      assert.match(error.message, /answers must be an object keyed by question id/);
    });
  }

  it('several problems at once are all listed, each naming its question', () => {
    const error = answerErrorFor({ ...smeApplicant, degree: 'phd', experience: -2, salary: Number.NaN, visa: 'F-2-T' });
    assert.deepEqual(error.issues.map((issue) => issue.path).sort(), ['degree', 'experience', 'salary', 'visa']);
    for (const id of ['degree', 'experience', 'salary', 'visa']) assert.ok(error.message.includes(`${id}: `), id);
    assert.equal(error.name, 'AnswerError');
  });

  it('a very long unknown value is shortened in the message but the question is still named', () => {
    const error = answerErrorFor({ field: 'x'.repeat(500) });
    assert.ok(error.message.includes('field: '));
    assert.ok(!error.message.includes('x'.repeat(100)), 'the whole value is repeated in the message');
  });
});
