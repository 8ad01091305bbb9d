// Other visas from one set of answers: three applicants a careers page must get right, answers
// shared by question id, and the short step of questions still needed. The
// figures are the official tables' (see visa-tables.test.ts), not the code's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultRubric, type Answers } from '../../src/rubric/index.js';
import {
  assessOtherVisas,
  questionsToAsk,
  sharedQuestionIssues,
  type VisaResult,
} from '../../src/rubric/other-visas.js';
import { d101Rubric, E71_WAGE_FLOOR, GNI, e71Rubric, f27Rubric, IN_2026, visaRubrics } from './visa-fixtures.js';

const byRubric = (results: VisaResult[], id: string): VisaResult => {
  const found = results.find((result) => result.rubricId === id);
  assert.ok(found, `no result for ${id}`);
  return found;
};
const e71 = (results: VisaResult[]) => byRubric(results, e71Rubric.id);
const d101 = (results: VisaResult[]) => byRubric(results, d101Rubric.id);
const f27 = (results: VisaResult[]) => byRubric(results, f27Rubric.id);

describe('three applicants: an ordinary engineer, a top-100 graduate without an offer, an underpaid offer', () => {
  // Bachelor's in computer science, 4 years at an ordinary firm, KRW 55,000,000 offer; abroad, age 30, no Korean.
  const engineer: Answers = {
    jobOffer: 'yes',
    salary: 55_000_000,
    degree: 'bachelors',
    institution: 'other',
    experience: 4,
    employer: ['other'],
    field: 'stem',
    inKorea: 'no',
    age: 30,
    degreeRelated: 'yes',
    stemDegree: 'yes',
    koreanDegree: 'none',
    koreanLevel: 'none',
    listedEmployer: 'no',
  };

  it('bachelor\'s + 4 years at KRW 55,000,000: E-7-1 met on "bachelor\'s + 1 year" and the wage floor', () => {
    const result = e71(assessOtherVisas(visaRubrics, engineer, IN_2026));
    assert.equal(result.status, 'met');
    assert.equal(result.route, 'bachelorsAndYear');
    assert.deepEqual(result.met, ['bachelorsAndYear']);
    const floor = result.facts.find((fact) => 'question' in fact.condition && fact.condition.question === 'salary');
    assert.deepEqual(floor && { holds: floor.holds, answer: floor.answer }, { holds: true, answer: 55_000_000 });
    assert.equal(result.points, undefined, 'E-7-1 has no points table');
    assert.ok(result.next.some((step) => step.url === 'https://www.visa.go.kr/'));
    assert.ok(result.sources.some((source) => source.id === 'stay-manual'));
  });

  it("the same engineer: F-2-7 scored (age 30: 23, STEM bachelor's: 17, no Korean income from abroad) and not met", () => {
    const result = f27(assessOtherVisas(visaRubrics, engineer, IN_2026));
    assert.equal(result.points?.total, 23 + 17);
    assert.equal(result.points?.passMark, 80);
    assert.equal(result.status, 'not-met');
  });

  it("the same engineer: D-10-1 scored (age 30: 20, bachelor's: 15, 4 years abroad: 5, STEM: 5) below 60", () => {
    const result = d101(assessOtherVisas(visaRubrics, engineer, IN_2026));
    assert.equal(result.points?.total, 20 + 15 + 5 + 5);
    assert.equal(result.points?.categories['basic'], 35);
    assert.equal(result.status, 'not-met');
  });

  // Master's from a top-100 university, no offer, age 27, abroad.
  const graduate: Answers = {
    jobOffer: 'not-yet',
    degree: 'masters',
    institution: 'top100',
    experience: 0,
    employer: ['other'],
    field: 'ai',
    inKorea: 'no',
    age: 27,
    degreeRelated: 'yes',
    stemDegree: 'yes',
    koreanDegree: 'none',
    koreanLevel: 'none',
  };

  it("master's from a top-100 university, no offer, 27: D-10-1 met with 60 points (15 + 20 + 20 + 5)", () => {
    const result = d101(assessOtherVisas(visaRubrics, graduate, IN_2026));
    assert.equal(result.status, 'met');
    assert.equal(result.points?.total, 15 + 20 + 20 + 5);
    assert.deepEqual(result.met, ['jobSeeker']);
    assert.ok(result.facts.some((fact) => 'score' in fact.condition && fact.holds));
  });

  it('the same graduate: E-7-1 not met, and what it lacks first is a job offer (at the wage floor)', () => {
    const result = e71(assessOtherVisas(visaRubrics, graduate, IN_2026));
    assert.equal(result.status, 'not-met');
    assert.equal(result.route, 'relatedMasters', "a related master's is the nearest route");
    const [offer, ...rest] = result.facts;
    assert.deepEqual(offer && { condition: offer.condition, holds: offer.holds, answer: offer.answer }, {
      condition: { question: 'jobOffer', in: ['yes'] },
      holds: false,
      answer: 'not-yet',
    });
    // With no offer there is no salary yet: the floor is all of it.
    assert.deepEqual(
      rest.map((fact) => [fact.holds, fact.answer, fact.short]),
      [[false, undefined, E71_WAGE_FLOOR]],
    );
  });

  it("no offer, no degree, 3 years: E-7-1 never hides a route's larger salary threshold behind the floor", () => {
    const result = e71(assessOtherVisas(visaRubrics, { jobOffer: 'not-yet', degree: 'none', experience: 3 }, IN_2026));
    assert.equal(result.status, 'not-met');
    const salary = result.facts.filter((fact) => 'question' in fact.condition && fact.condition.question === 'salary');
    assert.ok(salary.length <= 1, 'one salary fact per route');
    // Whichever route decides, its salary fact is the threshold it needs: 3× GNI on the high-income
    // route (KRW 157,248,000), else the floor.
    const needed = result.route === 'highIncome' ? 3 * GNI : E71_WAGE_FLOOR;
    assert.equal(salary[0]?.short, needed);
  });

  it("no offer, a related bachelor's, no years yet: E-7-1's nearest route is a year's work at the wage floor, not an offer at 3× GNI", () => {
    const result = e71(
      assessOtherVisas(
        visaRubrics,
        {
          jobOffer: 'not-yet',
          degree: 'bachelors',
          degreeRelated: 'yes',
          institution: 'other',
          experience: 0,
          age: 23,
        },
        IN_2026,
      ),
    );
    assert.equal(result.status, 'not-met');
    // An offer not yet made is measured from the lowest pay any route asks: 3× GNI is five times the floor.
    assert.equal(result.route, 'bachelorsAndYear');
  });

  it('D-10-1 out of reach measures the gap to the ordinary pass mark of 60, not to the 80 of the long stay', () => {
    const result = d101(assessOtherVisas(visaRubrics, { jobOffer: 'not-yet', degree: 'none', age: 30 }, IN_2026));
    assert.equal(result.route, 'jobSeeker');
    const total = result.facts.find((fact) => 'score' in fact.condition && fact.condition.score === 'total');
    assert.ok(total && 'score' in total.condition);
    assert.equal(total.condition.atLeast, 'passMark');
  });

  // An engineer offered KRW 30,000,000: below the floor.
  const underpaid: Answers = { ...engineer, salary: 30_000_000 };

  it('an offer of KRW 30,000,000: E-7-1 not met, the floor named and the gap KRW 1,120,000', () => {
    const result = e71(assessOtherVisas(visaRubrics, underpaid, IN_2026));
    assert.equal(result.status, 'not-met');
    const floor = result.facts.find((fact) => 'question' in fact.condition && fact.condition.question === 'salary');
    assert.ok(floor, 'the salary is a deciding fact');
    assert.equal(floor.holds, false);
    assert.equal(floor.answer, 30_000_000);
    assert.equal(floor.short, E71_WAGE_FLOOR - 30_000_000);
    assert.equal(floor.short, 1_120_000);
  });

  it('the wage floor to the won: an offer of KRW 31,120,000 meets it; KRW 31,119,999 is KRW 1 short', () => {
    const at = e71(assessOtherVisas(visaRubrics, { ...underpaid, salary: E71_WAGE_FLOOR }, IN_2026));
    assert.equal(at.status, 'met');
    const below = e71(assessOtherVisas(visaRubrics, { ...underpaid, salary: E71_WAGE_FLOOR - 1 }, IN_2026));
    assert.equal(below.status, 'not-met');
    const floor = below.facts.find((fact) => 'question' in fact.condition && fact.condition.question === 'salary');
    assert.equal(floor?.short, 1);
  });
});

describe('answers shared by question id', () => {
  it('the visa rubrics and the built-in rubric agree on every question they share', () => {
    assert.deepEqual(sharedQuestionIssues([defaultRubric, ...visaRubrics]), []);
  });

  it('questions answered for Top-tier are never asked again; only the new facts are, each once', () => {
    const topTier: Answers = {
      degree: 'masters',
      institution: 'top100',
      experience: 3,
      employer: ['other'],
      salary: 60_000_000,
      field: 'ai',
      jobOffer: 'yes',
      inKorea: 'no',
    };
    const ids = questionsToAsk(visaRubrics, topTier).map((question) => question.id);
    for (const answered of Object.keys(topTier)) assert.ok(!ids.includes(answered), `${answered} asked again`);
    assert.equal(new Set(ids).size, ids.length, 'each question once');
    assert.deepEqual(
      [...ids].sort(),
      ['age', 'degreeRelated', 'koreanDegree', 'koreanLevel', 'listedEmployer', 'stemDegree'].sort(),
    );
  });

  it("never asks what a rubric assumes (criminal record, penalties, the employer's quota): those are listed as assumed", () => {
    const ids = questionsToAsk(visaRubrics, {}).map((question) => question.id);
    for (const assumed of ['criminalRecord', 'immigrationViolation', 'employerQuota', 'volunteering'])
      assert.ok(!ids.includes(assumed), assumed);
    const result = e71(assessOtherVisas(visaRubrics, {}, IN_2026));
    assert.deepEqual(result.assumed.map((entry) => entry.question).sort(), [
      'criminalRecord',
      'employerQuota',
      'immigrationViolation',
    ]);
  });

  it('a follow-up comes once its question is answered: the status in Korea, then the years on it', () => {
    assert.ok(!questionsToAsk([f27Rubric], { inKorea: 'no' }).some((question) => question.id === 'currentStatus'));
    assert.ok(questionsToAsk([f27Rubric], { inKorea: 'yes' }).some((question) => question.id === 'currentStatus'));
    assert.ok(
      questionsToAsk([f27Rubric], { inKorea: 'yes', currentStatus: 'professional' }).some(
        (question) => question.id === 'yearsInKorea',
      ),
    );
  });

  it('with questions unanswered a visa that may still be met says so, and lists what it needs', () => {
    const result = d101(
      assessOtherVisas(visaRubrics, { degree: 'masters', institution: 'top100', jobOffer: 'not-yet' }, IN_2026),
    );
    assert.equal(result.status, 'needs-answers');
    assert.ok(result.missing.includes('age'));
    assert.equal(result.points?.complete, false);
  });

  it('an answer one rubric cannot read is reported for it and counts as unanswered, without an error', () => {
    const result = e71(
      assessOtherVisas(visaRubrics, { degree: 'postdoc', jobOffer: 'yes', salary: 40_000_000 }, IN_2026),
    );
    assert.deepEqual(
      result.issues.map((issue) => issue.path),
      ['degree'],
    );
    assert.ok(result.missing.includes('degree'));
  });

  it("answers to other rubrics' questions (Top-tier's role, evidence) are ignored, not errors", () => {
    const results = assessOtherVisas(visaRubrics, { role: 'core-lead', evidence: 'leading', jobOffer: 'yes' }, IN_2026);
    for (const result of results) assert.deepEqual(result.issues, []);
  });
});

describe('what decides a visa agrees with its status', () => {
  // A PhD on E-7 in Korea, offered KRW 100,000,000 for AI work, age 30, TOPIK 3, KRW 90,000,000 of
  // taxable income last year: every scored F-2-7 question is answered (146 points, pass mark 80); the
  // years on a professional status, a follow-up that decides no points, are not answered yet.
  const professional: Answers = {
    jobOffer: 'yes',
    salary: 100_000_000,
    field: 'ai',
    degree: 'doctorate',
    institution: 'top100',
    stemDegree: 'yes',
    koreanDegree: 'none',
    koreanLevel: 'level-3',
    age: 30,
    inKorea: 'yes',
    currentStatus: 'professional',
    incomeKorea: 90_000_000,
    listedEmployer: 'no',
    experience: 2,
    employer: ['other'],
  };

  it('a visa met while a question that decides no points is unanswered shows only facts that hold', () => {
    const result = f27(assessOtherVisas(visaRubrics, professional, IN_2026));
    assert.deepEqual(result.missing, ['yearsInKorea']);
    assert.equal(result.status, 'met');
    assert.equal(result.route, 'promisingIndustry');
    assert.deepEqual(
      result.facts.filter((fact) => !fact.holds).map((fact) => fact.condition),
      [],
      'no fact of a route met is shown as failing',
    );
    // Among them, the points at the pass mark (146 of the 80 needed) and the 1.5× GNI income.
    assert.ok(result.facts.some((fact) => 'score' in fact.condition && fact.holds));
    assert.ok(result.facts.some((fact) => 'question' in fact.condition && fact.condition.question === 'salary'));
  });

  it('D-10-1 met on 80 points by a visitor who has not said their nationality yet shows the points as met', () => {
    const visitor: Answers = {
      ...professional,
      currentStatus: 'visitor',
      koreanLevel: 'level-5',
      koreanDegree: 'masters',
      koreanGraduation: 'within-3',
    };
    const result = d101(assessOtherVisas(visaRubrics, visitor, IN_2026));
    assert.deepEqual(result.missing, ['restrictedNationality']);
    assert.equal(result.status, 'met');
    assert.deepEqual(
      result.facts.filter((fact) => !fact.holds).map((fact) => fact.condition),
      [],
    );
  });
});
