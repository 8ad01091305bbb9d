import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess, defaultRubric, parseRubric } from '../../src/rubric/index.js';
import type { Answers } from '../../src/rubric/index.js';
import {
  answerErrorFor,
  assertAnswerProblem,
  bestAnswers,
  changedRubric,
  criterion,
  GNI,
  gniTimes,
  pointsOf,
  smeApplicant,
  topTierApplicant,
} from './fixtures.js';

describe('assess: worked examples of issue 4', () => {
  it('a doctorate from a top-100 university, 12 years at a global top-500 company and 160M KRW scores 96 and meets the original criteria', () => {
    const result = assess(defaultRubric, topTierApplicant);
    assert.equal(result.quantitative, 61);
    assert.equal(result.qualitative, 35);
    assert.equal(result.bonus, 0);
    assert.equal(result.total, 96);
    assert.equal(result.max, 100);
    assert.equal(result.passMark, 60);
    assert.deepEqual(result.pathways, { legacy: true, qualitative: true, governmentScholar: false });
    assert.equal(result.eligible, true);
    assert.equal(result.complete, true);
    assert.deepEqual(result.missing, []);
    assert.equal(result.rubricId, 'ktech-pass-2026-07');
    assert.equal(result.rubricVersion, defaultRubric.version);
  });

  it("a master's holder at an SME scores 30 + 26 + 10 = 66 and is eligible through the qualitative track only", () => {
    const result = assess(defaultRubric, smeApplicant);
    assert.equal(result.quantitative, 30);
    assert.equal(result.qualitative, 26);
    assert.equal(result.bonus, 10);
    assert.equal(result.total, 66);
    assert.deepEqual(result.categories, { quantitative: 30, qualitative: 26, bonus: 10 });
    assert.deepEqual(result.pathways, { legacy: false, qualitative: true, governmentScholar: false });
    assert.equal(result.eligible, true);
  });

  it('lists one criterion per scored question, in rubric order, with its category, points and maximum', () => {
    const result = assess(defaultRubric, smeApplicant);
    assert.deepEqual(
      result.criteria.map(({ id, category, points, max, asked }) => ({ id, category, points, max, asked })),
      [
        { id: 'degree', category: 'quantitative', points: 10, max: 15, asked: true },
        { id: 'institution', category: 'quantitative', points: 0, max: 10, asked: true },
        { id: 'experience', category: 'quantitative', points: 6, max: 10, asked: true },
        { id: 'employer', category: 'quantitative', points: 6, max: 10, asked: true },
        { id: 'salary', category: 'quantitative', points: 8, max: 20, asked: true },
        { id: 'field', category: 'qualitative', points: 10, max: 10, asked: true },
        { id: 'evidence', category: 'qualitative', points: 6, max: 10, asked: true },
        { id: 'role', category: 'qualitative', points: 10, max: 15, asked: true },
        { id: 'employerSize', category: 'bonus', points: 10, max: 10, asked: true },
      ],
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
    assert.deepEqual(result.pathways, { legacy: false, qualitative: false, governmentScholar: false });
    assert.equal(result.eligible, false);
  });
});

describe('assess: points for each choice option', () => {
  const table: Record<string, Record<string, number>> = {
    degree: { doctorate: 15, masters: 10, bachelors: 5, none: 0 },
    employer: { global500: 10, 'top-institute': 10, large: 6, other: 3, none: 0 },
    field: {
      'semiconductors-displays': 10,
      'secondary-batteries': 10,
      'advanced-mobility': 10,
      'next-gen-nuclear': 10,
      'advanced-biotech': 10,
      'aerospace-marine': 10,
      hydrogen: 10,
      cybersecurity: 10,
      ai: 10,
      'next-gen-communications': 10,
      'advanced-robotics-manufacturing': 10,
      quantum: 10,
      'other-tech': 4,
      'non-tech': 0,
    },
    evidence: { leading: 10, solid: 6, emerging: 3, none: 0 },
    role: { 'core-lead': 15, 'core-rnd': 10, support: 5, 'no-offer': 0 },
    employerSize: { sme: 10, large: 0 },
  };
  for (const [question, options] of Object.entries(table)) {
    for (const [option, points] of Object.entries(options)) {
      it(`${question} "${option}" scores ${points}`, () => {
        assert.equal(pointsOf({ [question]: option }, question), points);
      });
    }
  }

  for (const [option, points] of Object.entries({ top100: 10, top500: 5, other: 0 })) {
    it(`institution "${option}" scores ${points} when the degree is a doctorate`, () => {
      assert.equal(pointsOf({ degree: 'doctorate', institution: option }, 'institution'), points);
    });
  }

  it('the SME bonus counts in the bonus, not in the base categories', () => {
    const result = assess(defaultRubric, { employerSize: 'sme' });
    assert.deepEqual([result.bonus, result.quantitative, result.qualitative, result.total], [10, 0, 0, 10]);
  });

  it('the government programme answer gives no points and is not a criterion', () => {
    for (const programme of ['mohw', 'kasa', 'none']) {
      const result = assess(defaultRubric, { governmentProgramme: programme });
      assert.equal(result.total, 0);
      assert.ok(!result.criteria.some((entry) => entry.id === 'governmentProgramme'));
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

describe('assess: salary bands (multiples of GNI per capita, KRW 49,955,000)', () => {
  it('the published thresholds are 3x = KRW 149,865,000 and 4x = KRW 199,820,000', () => {
    assert.equal(gniTimes(3), 149_865_000);
    assert.equal(gniTimes(4), 199_820_000);
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
      assert.equal(pointsOf({ salary: gniTimes(multiple) }, 'salary'), points);
    });
    it(`a salary one won below ${multiple}x GNI per capita scores ${below}`, () => {
      assert.equal(pointsOf({ salary: gniTimes(multiple) - 1 }, 'salary'), below);
    });
  }

  it('a salary of 0 scores 0, and far above 4x still scores 20', () => {
    assert.equal(pointsOf({ salary: 0 }, 'salary'), 0);
    assert.equal(pointsOf({ salary: 2_000_000_000 }, 'salary'), 20);
  });

  it('the thresholds follow the GNI parameter of the rubric, not a number in code', () => {
    // A later rubric may switch to the 2025 figure (about KRW 52,420,000).
    const rubric = parseRubric(changedRubric((draft) => {
      const gni = draft.parameters.find((parameter: { id: string }) => parameter.id === 'gni');
      gni.value = 52_420_000;
      gni.year = 2025;
    }));
    assert.equal(criterion({ salary: gniTimes(3) }, 'salary', rubric).points, 12);
    assert.equal(criterion({ salary: 3 * 52_420_000 }, 'salary', rubric).points, 16);
  });
});

describe('assess: the university question is asked only after a degree', () => {
  it('with no degree, the university scores 0, is not asked and is not missing', () => {
    const answers = { ...smeApplicant, degree: 'none', institution: 'top100' };
    const entry = criterion(answers, 'institution');
    assert.equal(entry.points, 0);
    assert.equal(entry.asked, false);
    assert.equal(entry.next, null);
    const result = assess(defaultRubric, answers);
    assert.equal(result.quantitative, 0 + 0 + 6 + 6 + 8);
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

  for (const degree of ['bachelors', 'masters', 'doctorate']) {
    it(`with a ${degree} degree, the university is asked, scores, and is missing when unanswered`, () => {
      assert.equal(criterion({ degree, institution: 'top100' }, 'institution').points, 10);
      assert.equal(criterion({ degree }, 'institution').asked, true);
      assert.ok(assess(defaultRubric, { degree }).missing.includes('institution'));
    });
  }
});

describe('assess: the original (legacy) K-Tech Pass criteria', () => {
  const legacy = (answers: Answers) => assess(defaultRubric, answers).pathways['legacy'];
  const mastersGlobal = { degree: 'masters', institution: 'top100', experience: 8, employer: 'global500', salary: gniTimes(3) };
  const doctorInstitute = { degree: 'doctorate', institution: 'top100', experience: 5, employer: 'top-institute', salary: gniTimes(3) };

  it("a master's from a top-100 university, exactly 8 years including a global top-500 company, and exactly 3x GNI qualifies", () => {
    assert.equal(legacy(mastersGlobal), true);
  });

  it('7.99 years at a global top-500 company does not qualify', () => {
    assert.equal(legacy({ ...mastersGlobal, experience: 7.99 }), false);
  });

  it('a doctorate from a top-100 university, exactly 5 years at a top research institute, and 3x GNI qualifies', () => {
    assert.equal(legacy(doctorInstitute), true);
  });

  it('4.99 years at a top research institute does not qualify', () => {
    assert.equal(legacy({ ...doctorInstitute, experience: 4.99 }), false);
  });

  it("a master's (not a doctorate) with 10 years at a top research institute does not qualify through the research branch", () => {
    assert.equal(legacy({ ...doctorInstitute, degree: 'masters', experience: 10 }), false);
  });

  it('a doctorate with 8 years at a global top-500 company qualifies through the company branch', () => {
    assert.equal(legacy({ ...mastersGlobal, degree: 'doctorate' }), true);
  });

  it('a salary one won below 3x GNI fails both branches', () => {
    assert.equal(legacy({ ...mastersGlobal, salary: gniTimes(3) - 1 }), false);
    assert.equal(legacy({ ...doctorInstitute, salary: gniTimes(3) - 1 }), false);
  });

  it('a top-500 (not top-100) university does not qualify', () => {
    assert.equal(legacy({ ...mastersGlobal, institution: 'top500' }), false);
  });

  it("a bachelor's degree does not qualify, even with everything else", () => {
    assert.equal(legacy({ ...mastersGlobal, degree: 'bachelors' }), false);
  });

  it('another large company instead of a global top-500 one does not qualify', () => {
    assert.equal(legacy({ ...mastersGlobal, employer: 'large', experience: 20 }), false);
  });

  it('a salary of exactly 4x GNI alone qualifies, with every other question unanswered', () => {
    assert.equal(legacy({ salary: gniTimes(4) }), true);
    assert.equal(legacy({ degree: 'none', employer: 'none', experience: 0, salary: gniTimes(4) }), true);
  });

  it('a salary one won below 4x GNI alone does not qualify', () => {
    assert.equal(legacy({ salary: gniTimes(4) - 1 }), false);
  });

  it('an unanswered question never grants the pathway', () => {
    const { salary: _salary, ...withoutSalary } = mastersGlobal;
    assert.equal(legacy(withoutSalary), false);
    const { institution: _institution, ...withoutInstitution } = mastersGlobal;
    assert.equal(legacy(withoutInstitution), false);
  });
});

describe('assess: the qualitative track (points against the pass mark of 60)', () => {
  // 15 (doctorate) + 10 (top100) + 10 (10 years) + 10 (ai) + 15 (core-lead) = 60
  const exactlyPassMark = { degree: 'doctorate', institution: 'top100', experience: 10, field: 'ai', role: 'core-lead' };
  // 15 + 10 + 8 (8 years) + 6 (large) + 10 (ai) + 10 (core-rnd) = 59
  const oneBelow = { degree: 'doctorate', institution: 'top100', experience: 8, employer: 'large', field: 'ai', role: 'core-rnd' };

  it('a total of exactly the pass mark passes', () => {
    const result = assess(defaultRubric, exactlyPassMark);
    assert.equal(result.total, 60);
    assert.equal(result.pathways['qualitative'], true);
    assert.equal(result.eligible, true);
  });

  it('a total one point below the pass mark fails', () => {
    const result = assess(defaultRubric, oneBelow);
    assert.equal(result.total, 59);
    assert.equal(result.pathways['qualitative'], false);
    assert.equal(result.eligible, false);
  });

  it('the SME bonus counts toward the pass mark: 50 base points pass with it and fail without it', () => {
    const base50 = { degree: 'doctorate', institution: 'top100', experience: 10, role: 'core-lead' };
    const withBonus = assess(defaultRubric, { ...base50, employerSize: 'sme' });
    assert.equal(withBonus.total, 60);
    assert.equal(withBonus.pathways['qualitative'], true);
    const withoutBonus = assess(defaultRubric, { ...base50, employerSize: 'large' });
    assert.equal(withoutBonus.total, 50);
    assert.equal(withoutBonus.pathways['qualitative'], false);
  });

  it('the pass mark is data: a rubric with a pass mark of 70 fails a total of 66', () => {
    const rubric = parseRubric(changedRubric((draft) => {
      draft.passMark.value = 70;
    }));
    const result = assess(rubric, smeApplicant);
    assert.equal(result.passMark, 70);
    assert.equal(result.pathways['qualitative'], false);
  });
});

describe('assess: government-programme scholars', () => {
  for (const programme of ['mohw', 'kasa']) {
    it(`a scholar recruited through a ${programme.toUpperCase()} programme is eligible with no points at all`, () => {
      const result = assess(defaultRubric, { governmentProgramme: programme });
      assert.equal(result.total, 0);
      assert.deepEqual(result.pathways, { legacy: false, qualitative: false, governmentScholar: true });
      assert.equal(result.eligible, true);
    });
  }

  it('"none" is not a government-programme scholar', () => {
    const result = assess(defaultRubric, { governmentProgramme: 'none' });
    assert.equal(result.pathways['governmentScholar'], false);
    assert.equal(result.eligible, false);
  });

  it('eligibility is any pathway: the original criteria alone make an applicant eligible', () => {
    const result = assess(defaultRubric, { salary: gniTimes(4), governmentProgramme: 'none' });
    assert.deepEqual(result.pathways, { legacy: true, qualitative: false, governmentScholar: false });
    assert.equal(result.eligible, true);
  });
});

describe('assess: missing answers', () => {
  it('every unanswered question scores 0 and is listed as missing, in rubric order', () => {
    const result = assess(defaultRubric, { employer: 'large', role: 'support' });
    assert.deepEqual(result.missing, ['degree', 'experience', 'salary', 'field', 'evidence', 'employerSize', 'governmentProgramme']);
    assert.equal(result.complete, false);
    assert.equal(result.total, 6 + 5);
    for (const id of ['degree', 'experience', 'salary', 'field', 'evidence', 'employerSize']) {
      assert.equal(criterion({ employer: 'large', role: 'support' }, id).points, 0, id);
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
    assert.deepEqual(criterion({ salary: gniTimes(2) }, 'salary').next, { answer: gniTimes(3), points: 4 });
  });

  it('a salary one won below 4x GNI: exactly 4x GNI would add 4', () => {
    assert.deepEqual(criterion({ salary: gniTimes(4) - 1 }, 'salary').next, { answer: 4 * GNI, points: 4 });
  });

  it('another large company: a 10-point employer would add 4', () => {
    const next = criterion({ employer: 'large' }, 'employer').next;
    assert.ok(next);
    assert.ok(next.answer === 'global500' || next.answer === 'top-institute', String(next.answer));
    assert.equal(next.points, 4);
  });

  it('an unanswered question suggests its lowest scoring answer', () => {
    assert.deepEqual(criterion({}, 'salary').next, { answer: GNI, points: 4 });
    assert.deepEqual(criterion({}, 'experience').next, { answer: 1, points: 2 });
    assert.deepEqual(criterion({}, 'role').next, { answer: 'support', points: 5 });
  });

  it('the best answer to every question has no next answer', () => {
    for (const entry of assess(defaultRubric, bestAnswers).criteria) assert.equal(entry.next, null, entry.id);
    assert.equal(criterion({ experience: 60 }, 'experience').next, null);
    assert.equal(criterion({ salary: 1e10 }, 'salary').next, null);
  });

  it('the gain includes knock-on effects: with no degree but a top-100 university, a bachelor\'s would add 5 + 10', () => {
    assert.deepEqual(criterion({ degree: 'none', institution: 'top100' }, 'degree').next, { answer: 'bachelors', points: 15 });
  });

  it('a question that is not asked has no next answer', () => {
    assert.equal(criterion({ degree: 'none' }, 'institution').next, null);
  });

  it('never suggests a number above the largest accepted answer', () => {
    const rubric = parseRubric(changedRubric((draft) => {
      draft.questions[2].maximum = 9;
    }));
    assert.equal(criterion({ experience: 8 }, 'experience', rubric).next, null);
    assert.deepEqual(criterion({ experience: 5 }, 'experience', rubric).next, { answer: 8, points: 2 });
  });
});

describe('assess: invalid answers are never scored silently', () => {
  it('an unknown question id', () => {
    assertAnswerProblem({ ...smeApplicant, visa: 'F-2-T' }, 'visa', /not a question of rubric ktech-pass-2026-07/);
  });

  it('an unknown option of a choice question', () => {
    assertAnswerProblem({ degree: 'phd' }, 'degree', /"phd" is not an option; expected one of doctorate, masters, bachelors, none/);
  });

  it('an option of another question', () => {
    assertAnswerProblem({ institution: 'global500' }, 'institution', /not an option/);
  });

  it('a number for a choice question', () => {
    assertAnswerProblem({ role: 3 }, 'role', /3 is not an option/);
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
    assertAnswerProblem({ salary: Number.POSITIVE_INFINITY }, 'salary', /Infinity is not a number; expected a finite number/);
    assertAnswerProblem({ experience: Number.NEGATIVE_INFINITY }, 'experience', /-Infinity is not a number/);
  });

  it('more years of experience than the largest accepted answer (60)', () => {
    assertAnswerProblem({ experience: 60.5 }, 'experience', /60\.5 is more than the largest accepted answer, 60/);
    assert.equal(pointsOf({ experience: 60 }, 'experience'), 10);
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
