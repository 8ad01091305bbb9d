// Each visa rubric at its thresholds, from the official tables of the stay
// manual (Ministry of Justice, edition 2026.9): age band edges, the wage floor
// to the won, pass marks at and one point below, group caps and deductions.
// The expected numbers are the manual's, written out here, never read from
// the rubric.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answers } from '../../src/rubric/index.js';
import {
  assessOn,
  complete,
  d101Rubric,
  E71_WAGE_FLOOR,
  e71Rubric,
  f27AtPassMark,
  f27Rubric,
  GNI,
  IN_2026,
  points,
} from './visa-fixtures.js';

describe('E-7-1: the general requirements and the 2026 wage floor', () => {
  const bachelorWithYear = complete(e71Rubric, {
    jobOffer: 'yes',
    salary: E71_WAGE_FLOOR,
    degree: 'bachelors',
    institution: 'other',
    degreeRelated: 'yes',
    experience: 1,
    employer: ['other'],
    koreanDegree: 'none',
  });
  const met = (answers: Answers) => assessOn(e71Rubric, answers).eligible;

  it('the wage floor holds to the won: KRW 31,120,000 meets it, 31,119,999 does not', () => {
    assert.equal(met(bachelorWithYear), true);
    assert.equal(met({ ...bachelorWithYear, salary: E71_WAGE_FLOOR - 1 }), false);
  });

  it("a related bachelor's needs 1 year of related experience: 1 year meets it, half a year short of it does not", () => {
    assert.equal(assessOn(e71Rubric, bachelorWithYear).pathways['bachelorsAndYear'], true);
    assert.equal(met({ ...bachelorWithYear, experience: 0.5 }), false);
  });

  it("a related master's needs no experience", () => {
    assert.equal(
      assessOn(e71Rubric, { ...bachelorWithYear, degree: 'masters', experience: 0 }).pathways['relatedMasters'],
      true,
    );
  });

  it('a degree unrelated to the job needs 5 years: 5 meet it, 4.5 do not', () => {
    const unrelated = { ...bachelorWithYear, degreeRelated: 'no' };
    assert.equal(met({ ...unrelated, experience: 4.5 }), false);
    assert.equal(assessOn(e71Rubric, { ...unrelated, experience: 5 }).pathways['fiveYears'], true);
  });

  it("special requirements waive experience: a THE top 200 / QS top 500 degree, a Korean bachelor's in any field", () => {
    assert.equal(
      assessOn(e71Rubric, { ...bachelorWithYear, experience: 0, institution: 'top500' }).pathways['topUniversity'],
      true,
    );
    assert.equal(
      assessOn(e71Rubric, { ...bachelorWithYear, experience: 0, degreeRelated: 'no', koreanDegree: 'bachelors' })
        .pathways['koreanDegree'],
      true,
    );
  });

  it('a high-income professional at 3× GNI needs neither degree nor experience; the floor still applies below it', () => {
    const noDegree = { ...bachelorWithYear, degree: 'none', experience: 0 };
    assert.equal(met({ ...noDegree, salary: 3 * GNI }), true);
    assert.equal(met({ ...noDegree, salary: 3 * GNI - 1 }), false);
  });

  it('no offer: no route, whatever the degree', () => {
    assert.equal(met({ ...bachelorWithYear, jobOffer: 'not-yet' }), false);
  });

  it('the high-income rule uses KRW 52,416,000 and says that the E-7 exception (KRW 49,955,000) is unverified', () => {
    // HiKorea applies KRW 52,416,000 from 2026-04-01; a secondary source (KLiK, 8 April 2026) says E-7
    // keeps KRW 49,955,000 until 2027-03-31. An offer of KRW 150,000,000 meets 3× the one and not the other.
    const noDegree = { ...bachelorWithYear, degree: 'none', experience: 0 };
    assert.equal(met({ ...noDegree, salary: 150_000_000 }), false);
    assert.ok(
      e71Rubric.assumptions?.some(
        (text) =>
          text.en.includes('52,416,000') && text.en.includes('49,955,000') && /not verify|unverified/.test(text.en),
      ),
      'the E-7-1 assumptions name the figure used and the unverified one',
    );
  });

  it('the floor is the 2026 figure: the rubric says it is out of date after 31 December 2026', () => {
    assert.equal(assessOn(e71Rubric, bachelorWithYear, new Date(2026, 11, 31)).outdated, false);
    assert.equal(assessOn(e71Rubric, bachelorWithYear, new Date(2027, 0, 1)).outdated, true);
  });
});

describe('D-10-1: the job-seeker points table', () => {
  // Age 27 (15) + bachelor's (15): basic 30.
  const base = complete(d101Rubric, {
    age: 27,
    inKorea: 'no',
    degree: 'bachelors',
    institution: 'other',
    stemDegree: 'no',
    koreanDegree: 'none',
    experience: 0,
    employer: ['other'],
    koreanLevel: 'none',
  });

  it('age bands (만 나이): 19 → 0, 20–24 → 10, 25–29 → 15, 30–34 → 20, 35–39 → 15, 40–49 → 5, 50 → 0', () => {
    const table: [number, number][] = [
      [19, 0],
      [20, 10],
      [24, 10],
      [25, 15],
      [29, 15],
      [30, 20],
      [34, 20],
      [35, 15],
      [39, 15],
      [40, 5],
      [49, 5],
      [50, 0],
    ];
    for (const [age, expected] of table)
      assert.equal(points(d101Rubric, { ...base, age }, 'age'), expected, `age ${age}`);
  });

  it("education: bachelor's 15, master's 20, doctorate 30; a Korean associate degree 15", () => {
    assert.equal(points(d101Rubric, base, 'degree'), 15);
    assert.equal(points(d101Rubric, { ...base, degree: 'masters' }, 'degree'), 20);
    assert.equal(points(d101Rubric, { ...base, degree: 'doctorate' }, 'degree'), 30);
    assert.equal(
      points(d101Rubric, { ...base, degree: 'none', koreanDegree: 'associate', koreanGraduation: 'earlier' }, 'degree'),
      15,
    );
  });

  it('Korean language: TOPIK 2 → 5, 3 → 10, 4 → 15, 5+ → 20, TOPIK 1 → 0', () => {
    const table: [string, number][] = [
      ['level-1', 0],
      ['level-2', 5],
      ['level-3', 10],
      ['level-4', 15],
      ['level-5', 20],
    ];
    for (const [level, expected] of table)
      assert.equal(points(d101Rubric, { ...base, koreanLevel: level }, 'koreanLevel'), expected, level);
  });

  it('study in Korea: 30 within 3 years of graduating; later 5 / 10 / 15 / 20 by degree', () => {
    const study = (koreanDegree: string, koreanGraduation: string) =>
      points(d101Rubric, { ...base, koreanDegree, koreanGraduation }, 'koreanDegree');
    assert.equal(study('associate', 'within-3'), 30);
    assert.equal(study('doctorate', 'within-3'), 30);
    assert.equal(study('associate', 'within-5'), 5);
    assert.equal(study('bachelors', 'earlier'), 10);
    assert.equal(study('masters', 'earlier'), 15);
    assert.equal(study('doctorate', 'within-5'), 20);
  });

  it('bonus: a THE top 200 / QS top 500 university 20, a Fortune Global 500 employer 20, a STEM degree 5', () => {
    assert.equal(points(d101Rubric, { ...base, institution: 'top500' }, 'institution'), 20);
    assert.equal(points(d101Rubric, { ...base, employer: ['global500'] }, 'employer'), 20);
    assert.equal(points(d101Rubric, { ...base, stemDegree: 'yes' }, 'stemDegree'), 5);
  });

  // Basic 30; TOPIK 4 (15) + 7 years abroad (15): 60.
  const sixty = { ...base, koreanLevel: 'level-4', experience: 7 };
  it('pass: basic 20+ and total 60+: 60 passes; 58, the nearest total below it, does not', () => {
    const at = assessOn(d101Rubric, sixty);
    assert.equal(at.total, 60);
    assert.equal(at.pathways['jobSeeker'], true);
    // Every item is a multiple of 5 but D-4-1 and similar training (3), so 59 cannot be scored.
    const below = assessOn(d101Rubric, { ...sixty, experience: 5, koreaTraining: 'language-12m' });
    assert.equal(below.total, 58);
    assert.equal(below.eligible, false);
  });

  it("basic items must reach 20: age 19 with a bachelor's (basic 15) fails even with a total of 60 or more", () => {
    const young = assessOn(d101Rubric, { ...sixty, age: 19, institution: 'top500' });
    assert.equal(young.categories['basic'], 15);
    assert.ok(young.total >= 60);
    assert.equal(young.eligible, false);
    assert.equal(assessOn(d101Rubric, { ...sixty, age: 20 }).categories['basic'], 25);
  });

  it('80 points or more: up to 3 years (jobSeekerLong); 60–79: up to 1 year', () => {
    assert.equal(assessOn(d101Rubric, sixty).pathways['jobSeekerLong'], false);
    const eighty = assessOn(d101Rubric, { ...sixty, institution: 'top500' });
    assert.equal(eighty.total, 80);
    assert.equal(eighty.pathways['jobSeekerLong'], true);
  });

  it('the 80-point rule: a national of a designated country on B, C, D-3, E-9, E-10 or G-1 needs 80, others 60', () => {
    const visitor = { ...sixty, inKorea: 'yes', currentStatus: 'visitor' };
    assert.equal(assessOn(d101Rubric, { ...visitor, restrictedNationality: 'yes' }).eligible, false);
    assert.equal(assessOn(d101Rubric, { ...visitor, restrictedNationality: 'not-sure' }).eligible, false);
    assert.equal(assessOn(d101Rubric, { ...visitor, restrictedNationality: 'no' }).eligible, true);
    assert.equal(
      assessOn(d101Rubric, { ...visitor, restrictedNationality: 'yes', institution: 'top500' }).eligible,
      true,
    );
    assert.equal(assessOn(d101Rubric, { ...sixty, inKorea: 'yes', currentStatus: 'student' }).eligible, true);
  });

  it('deductions: −5 / −10 / −30 per table, added together, down to −60', () => {
    const fined = (criminalRecord: string, immigrationViolation: string) =>
      assessOn(d101Rubric, { ...sixty, criminalRecord, immigrationViolation }).categories['deductions'];
    assert.equal(fined('fine-under-2m', 'none'), -5);
    assert.equal(fined('fine-2m-3m', 'fine-500k-1m'), -15);
    assert.equal(fined('fine-3m-plus', 'fine-1m-3m'), -40);
    assert.equal(fined('fine-3m-plus', 'fine-3m-plus'), -60);
    assert.equal(assessOn(d101Rubric, { ...sixty, criminalRecord: 'fine-under-2m' }).eligible, false, '55 points');
  });

  it('a disqualifying record rules the visa out whatever the points', () => {
    assert.equal(
      assessOn(d101Rubric, { ...sixty, institution: 'top500', criminalRecord: 'disqualifying' }).eligible,
      false,
    );
  });

  it('a degree is needed: no degree (and no Korean one) is not eligible even with the points', () => {
    const noDegree = assessOn(d101Rubric, {
      ...sixty,
      age: 30,
      degree: 'none',
      institution: 'top500',
      employer: ['global500'],
      koreanLevel: 'level-5',
    });
    assert.ok(noDegree.total >= 60);
    assert.equal(noDegree.eligible, false);
  });
});

describe('F-2-7: the points table revised on 14 April 2026', () => {
  const base = f27AtPassMark;

  it('age bands: 17 → 0, 18–24 → 23, 25–29 → 25, 30–34 → 23, 35–39 → 20, 40–44 → 12, 45–50 → 8, 51+ → 3', () => {
    const table: [number, number][] = [
      [17, 0],
      [18, 23],
      [24, 23],
      [25, 25],
      [29, 25],
      [30, 23],
      [34, 23],
      [35, 20],
      [39, 20],
      [40, 12],
      [44, 12],
      [45, 8],
      [50, 8],
      [51, 3],
      [70, 3],
    ];
    for (const [age, expected] of table)
      assert.equal(points(f27Rubric, { ...base, age }, 'age'), expected, `age ${age}`);
  });

  it("education: doctorate 25 / 20, master's 20 / 17, bachelor's 17 / 15 (STEM / not STEM)", () => {
    const education = (degree: string, stemDegree: string) => {
      const scored = assessOn(f27Rubric, { ...base, degree, stemDegree });
      return scored.criteria
        .filter((criterion) => criterion.id === 'degree' || criterion.id === 'stemDegree')
        .reduce((sum, criterion) => sum + criterion.points, 0);
    };
    assert.equal(education('doctorate', 'yes'), 25);
    assert.equal(education('doctorate', 'no'), 20);
    assert.equal(education('masters', 'yes'), 20);
    assert.equal(education('masters', 'no'), 17);
    assert.equal(education('bachelors', 'yes'), 17);
    assert.equal(education('bachelors', 'no'), 15);
  });

  it('Korean: TOPIK or KIIP 1 → 3, 2 → 5, 3 → 10, 4 → 15, 5–6 → 20', () => {
    const table: [string, number][] = [
      ['none', 0],
      ['level-1', 3],
      ['level-2', 5],
      ['level-3', 10],
      ['level-4', 15],
      ['level-5', 20],
    ];
    for (const [level, expected] of table)
      assert.equal(points(f27Rubric, { ...base, koreanLevel: level }, 'koreanLevel'), expected, level);
  });

  it('income bands to the won, from the 2026 minimum wage for a year (KRW 25,882,560) to KRW 100,000,000', () => {
    const table: [number, number][] = [
      [0, 0],
      [25_882_559, 0],
      [25_882_560, 10],
      [29_999_999, 10],
      [30_000_000, 30],
      [39_999_999, 30],
      [40_000_000, 40],
      [50_000_000, 45],
      [60_000_000, 50],
      [70_000_000, 53],
      [80_000_000, 56],
      [90_000_000, 58],
      [99_999_999, 58],
      [100_000_000, 60],
    ];
    for (const [incomeKorea, expected] of table)
      assert.equal(points(f27Rubric, { ...base, incomeKorea }, 'incomeKorea'), expected, `KRW ${incomeKorea}`);
  });

  it('pass mark 80: 80 passes; 79 does not', () => {
    const at = assessOn(f27Rubric, base);
    assert.equal(at.total, 80);
    assert.equal(at.pathways['professional'], true);
    // Age 30 (23) with 1 year of volunteering (+1): 79.
    const below = assessOn(f27Rubric, { ...base, age: 30, volunteering: 'one-year' });
    assert.equal(below.total, 79);
    assert.equal(below.eligible, false);
  });

  it('bonus items are capped at 40: a top-university doctorate (30) + a Korean doctorate (10) + KIIP 5 (10) count 40', () => {
    const scored = assessOn(f27Rubric, {
      ...base,
      degree: 'doctorate',
      institution: 'top100',
      koreanDegree: 'doctorate',
      koreanGraduation: 'earlier',
      koreanLevel: 'level-5',
      kiipLevel5: 'yes',
    });
    assert.equal(scored.categories['bonus'], 40);
    // Common: 25 + 20 (doctorate, not STEM) + 20 (TOPIK 5) + 30; bonus 40.
    assert.equal(scored.total, 25 + 20 + 20 + 30 + 40);
  });

  it("the top-university bonus follows the degree: doctorate 30, master's 20, bachelor's 15", () => {
    const top = (degree: string) => points(f27Rubric, { ...base, degree, institution: 'top500' }, 'institution');
    assert.equal(top('doctorate'), 30);
    assert.equal(top('masters'), 20);
    assert.equal(top('bachelors'), 15);
    assert.equal(
      points(f27Rubric, { ...base, koreanDegree: 'masters', koreanGraduation: 'earlier' }, 'koreanDegree'),
      7,
    );
  });

  it('deductions: immigration −10 / −20 / −30, crime −20 / −30 / −40, at most −70 in all', () => {
    const fined = (criminalRecord: string, immigrationViolation: string) =>
      assessOn(f27Rubric, { ...base, criminalRecord, immigrationViolation }).categories['deductions'];
    assert.equal(fined('none', 'fine-500k-1m'), -10);
    assert.equal(fined('none', 'fine-1m-3m'), -20);
    assert.equal(fined('fine-under-2m', 'fine-3m-plus'), -50);
    assert.equal(fined('fine-2m-3m', 'none'), -30);
    assert.equal(fined('fine-3m-plus', 'fine-3m-plus'), -70);
    assert.equal(assessOn(f27Rubric, { ...base, immigrationViolation: 'fine-500k-1m' }).eligible, false, '70 points');
  });

  it('applicant categories: a professional needs 3 years in Korea, or income of KRW 40,000,000', () => {
    const short = { ...base, yearsInKorea: 2.5, incomeKorea: 39_999_999 };
    assert.equal(assessOn(f27Rubric, short).pathways['professional'], false);
    assert.equal(assessOn(f27Rubric, { ...short, incomeKorea: 40_000_000 }).pathways['professional'], true);
  });

  it("applicant categories: an advanced-technology job at 1.5× GNI; a listed company; a Korean master's in the last 5 years with a job", () => {
    const hire = { ...base, currentStatus: 'other', jobOffer: 'yes', listedEmployer: 'no', salary: 1.5 * GNI - 1 };
    assert.equal(assessOn(f27Rubric, hire).eligible, false);
    assert.equal(assessOn(f27Rubric, { ...hire, salary: 1.5 * GNI }).pathways['promisingIndustry'], true);
    assert.equal(assessOn(f27Rubric, { ...hire, listedEmployer: 'yes' }).pathways['listedCompany'], true);
    const graduate = { ...hire, degree: 'masters', koreanDegree: 'masters' };
    assert.equal(assessOn(f27Rubric, { ...graduate, koreanGraduation: 'within-5' }).pathways['studyTalent'], true);
    assert.equal(assessOn(f27Rubric, { ...graduate, koreanGraduation: 'earlier' }).pathways['studyTalent'], false);
  });

  it('income figures are dated: the rubric is out of date after 31 December 2026 (the minimum wage changes)', () => {
    assert.equal(assessOn(f27Rubric, base, IN_2026).outdated, false);
    assert.equal(assessOn(f27Rubric, base, new Date(2027, 0, 1)).outdated, true);
  });
});

describe('each visa rubric is dated, sourced and honest about what it assumes', () => {
  for (const rubric of [e71Rubric, d101Rubric, f27Rubric]) {
    it(`${rubric.id}: a review date, the stay manual behind every route, a next step with an official address`, () => {
      assert.match(rubric.reviewDate ?? '', /^\d{4}-\d\d-\d\d$/);
      assert.ok(rubric.effectiveDate <= (rubric.reviewDate ?? ''));
      for (const pathway of rubric.pathways) {
        assert.ok(pathway.sources?.includes('stay-manual'), `${pathway.id} cites the stay manual`);
        assert.ok(
          pathway.next?.some((step) => /^https:\/\/www\.(hikorea|visa)\.go\.kr\//.test(step.url ?? '')),
          `${pathway.id} has an official next step`,
        );
      }
      const manual = rubric.sources.find((source) => source.id === 'stay-manual');
      assert.equal(manual?.url, 'https://www.hikorea.go.kr/');
    });

    it(`${rubric.id}: every answer it assumes says so, and is the clean or conservative one`, () => {
      for (const question of rubric.questions.filter((entry) => entry.assumedAnswer !== undefined)) {
        assert.match(question.assumption?.en ?? '', /^Not asked: counted as/, question.id);
        assert.ok(['none', 'no', 'within'].includes(question.assumedAnswer as string), question.id);
      }
    });
  }

  it("E-7-1 is reviewed when its wage floor stops applying, and the floor's period is labelled as a secondary report", () => {
    const floor = e71Rubric.parameters.find((parameter) => parameter.id === 'wageFloor');
    assert.deepEqual([floor?.value, floor?.validFrom, floor?.validUntil], [E71_WAGE_FLOOR, '2026-02-01', '2026-12-31']);
    assert.equal(e71Rubric.reviewDate, floor?.validUntil);
    assert.match(
      e71Rubric.sources.find((source) => source.id === 'wage-floor-period')?.publisher.en ?? '',
      /secondary/,
    );
  });
});
