// Every pathway of the default rubric, as the Top-tier guideline of June 2026
// and the K-Tech Pass announcement of July 2026 state them, with the boundary
// of each condition: exactly at a threshold meets it, just below does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess, defaultRubric, parseRubric } from '../../src/rubric/index.js';
import type { Answers } from '../../src/rubric/index.js';
import { ADVANCED_INDUSTRIES, changedRubric, gniTimes, SCIENCE_OR_TECHNOLOGY, smeApplicant } from './fixtures.js';

const met = (answers: Answers, id: string): boolean => {
  const pathways = assess(defaultRubric, answers).pathways;
  assert.ok(id in pathways, `no pathway "${id}"`);
  return pathways[id] === true;
};
/** The pathways met, in rubric order. */
const allMet = (answers: Answers): string[] => {
  const { pathways } = assess(defaultRubric, answers);
  return Object.keys(pathways).filter((id) => pathways[id]);
};

/** Route 가 exactly at every threshold: a top-100 master's, 8 years with 3 at a world-class company, 3x GNI, an offer, an advanced industry. */
const companyCareer = {
  jobOffer: 'yes',
  inKorea: 'no',
  degree: 'masters',
  institution: 'top100',
  experience: 8,
  employer: ['global500'],
  koreaExperience: 'no',
  salary: gniTimes(3),
  field: 'semiconductors',
  role: 'support',
} as const satisfies Answers;
/** The research branch of the career rule: a top-100 doctorate, 5 years of research after it with 3 at a world-class institute. */
const researchCareer = {
  ...companyCareer,
  degree: 'doctorate',
  experience: 6,
  postdocResearch: 5,
  employer: ['top-institute'],
} as const satisfies Answers;

describe('Top-tier route 가 (topTierStandard): top degree, top career, 3x GNI, offer, advanced industry', () => {
  it('is met exactly at every threshold, through the company branch and through the research branch', () => {
    assert.equal(met(companyCareer, 'topTierStandard'), true);
    assert.equal(met(researchCareer, 'topTierStandard'), true);
  });

  it('a salary of exactly 3x GNI meets it; one won below does not', () => {
    assert.equal(met({ ...companyCareer, salary: gniTimes(3) }, 'topTierStandard'), true);
    assert.equal(met({ ...companyCareer, salary: gniTimes(3) - 1 }, 'topTierStandard'), false);
    assert.equal(met({ ...researchCareer, salary: gniTimes(3) - 1 }, 'topTierStandard'), false);
  });

  it('8 years of experience meet the company branch; 7.9 years do not', () => {
    assert.equal(met({ ...companyCareer, experience: 7.9 }, 'topTierStandard'), false);
  });

  it('5 years of research after the doctorate meet the research branch; 4.9 years do not', () => {
    assert.equal(met({ ...researchCareer, postdocResearch: 4.9 }, 'topTierStandard'), false);
  });

  it("research years count only after a doctorate: a master's with 5 years at a world-class institute does not meet the research branch", () => {
    assert.equal(met({ ...researchCareer, degree: 'masters' }, 'topTierStandard'), false);
  });

  it('a world-class institute does not stand in for a world-class company in the company branch', () => {
    assert.equal(met({ ...companyCareer, employer: ['top-institute'], experience: 20 }, 'topTierStandard'), false);
  });

  it('no job offer: not met, though everything else is (the salary kept from before is not asked)', () => {
    assert.equal(met({ ...companyCareer, jobOffer: 'not-yet' }, 'topTierStandard'), false);
    const { jobOffer: _offer, ...unanswered } = companyCareer;
    assert.equal(met(unanswered, 'topTierStandard'), false);
  });

  for (const field of ['other-strategic', 'stem', 'non-tech']) {
    it(`a field outside the eight advanced industries (${field}): not met`, () => {
      assert.equal(met({ ...companyCareer, field }, 'topTierStandard'), false);
    });
  }

  it('each of the eight advanced industries meets it', () => {
    for (const field of ADVANCED_INDUSTRIES) {
      assert.equal(met({ ...companyCareer, field }, 'topTierStandard'), true, field);
    }
  });

  it("a top-500 university, a bachelor's degree, another large company: each one alone keeps it from being met", () => {
    assert.equal(met({ ...companyCareer, institution: 'top500' }, 'topTierStandard'), false);
    assert.equal(met({ ...companyCareer, degree: 'bachelors' }, 'topTierStandard'), false);
    assert.equal(met({ ...companyCareer, employer: ['large'], experience: 20 }, 'topTierStandard'), false);
  });

  it('an unanswered question never grants it', () => {
    const { salary: _salary, ...withoutSalary } = companyCareer;
    assert.equal(met(withoutSalary, 'topTierStandard'), false);
    const { employer: _employer, ...withoutEmployer } = companyCareer;
    assert.equal(met(withoutEmployer, 'topTierStandard'), false);
  });
});

describe('Top-tier route 나 (topTierHighIncome): 4x GNI with the degree or the career, offer, advanced industry', () => {
  const degreeOnly = { ...companyCareer, experience: 2, employer: ['other'], salary: gniTimes(4) };
  const careerOnly = { ...companyCareer, degree: 'bachelors', institution: 'other', salary: gniTimes(4) };

  it('the degree without the career meets it at exactly 4x GNI; one won below does not', () => {
    assert.equal(met(degreeOnly, 'topTierHighIncome'), true);
    assert.equal(met({ ...degreeOnly, salary: gniTimes(4) - 1 }, 'topTierHighIncome'), false);
  });

  it('the career without the degree meets it at exactly 4x GNI; one won below does not', () => {
    assert.equal(met(careerOnly, 'topTierHighIncome'), true);
    assert.equal(met({ ...careerOnly, salary: gniTimes(4) - 1 }, 'topTierHighIncome'), false);
  });

  it('the research career alone (a doctorate from an unranked university, 5 years of research) meets it at 4x GNI; 4.9 years do not', () => {
    const research = { ...researchCareer, institution: 'other', salary: gniTimes(4) };
    assert.equal(met(research, 'topTierHighIncome'), true);
    assert.equal(met({ ...research, postdocResearch: 4.9 }, 'topTierHighIncome'), false);
  });

  it("a salary of 4x GNI alone is not enough: a bachelor's degree and two years of work do not meet any route", () => {
    const salaryAlone = {
      jobOffer: 'yes',
      degree: 'bachelors',
      experience: 2,
      employer: ['other'],
      koreaExperience: 'no',
      salary: gniTimes(4),
      field: 'ai',
      role: 'core-lead',
    };
    assert.equal(met(salaryAlone, 'topTierHighIncome'), false);
    assert.ok(!allMet(salaryAlone).some((id) => id.startsWith('topTier')), allMet(salaryAlone).join());
  });

  it('7.9 years at a world-class company are not the career', () => {
    assert.equal(met({ ...careerOnly, experience: 7.9 }, 'topTierHighIncome'), false);
  });

  it('no job offer, or a field outside the eight industries: not met', () => {
    assert.equal(met({ ...degreeOnly, jobOffer: 'not-yet' }, 'topTierHighIncome'), false);
    assert.equal(met({ ...degreeOnly, field: 'stem' }, 'topTierHighIncome'), false);
  });
});

describe('Top-tier route 다 (topTierKoreaExperience): degree, career, a year in Korea, 2x GNI, offer, advanced industry', () => {
  const inKorea = { ...companyCareer, koreaExperience: 'yes', salary: gniTimes(2) };

  it('is met at exactly 2x GNI; one won below is not', () => {
    assert.equal(met(inKorea, 'topTierKoreaExperience'), true);
    assert.equal(met({ ...inKorea, salary: gniTimes(2) - 1 }, 'topTierKoreaExperience'), false);
  });

  it('without the year in Korea, 2x GNI does not meet it (route 가 needs 3x)', () => {
    assert.equal(met({ ...inKorea, koreaExperience: 'no' }, 'topTierKoreaExperience'), false);
    assert.equal(met({ ...inKorea, koreaExperience: 'no' }, 'topTierStandard'), false);
  });

  it('needs both the degree and the career: 7.9 years, or 4.9 years of research, are not enough', () => {
    assert.equal(met({ ...inKorea, experience: 7.9 }, 'topTierKoreaExperience'), false);
    assert.equal(
      met(
        { ...researchCareer, koreaExperience: 'yes', salary: gniTimes(2), postdocResearch: 4.9 },
        'topTierKoreaExperience',
      ),
      false,
    );
    assert.equal(
      met({ ...researchCareer, koreaExperience: 'yes', salary: gniTimes(2) }, 'topTierKoreaExperience'),
      true,
    );
    assert.equal(met({ ...inKorea, institution: 'top500' }, 'topTierKoreaExperience'), false);
  });

  it('no job offer, or a field outside the eight industries: not met', () => {
    assert.equal(met({ ...inKorea, jobOffer: 'not-yet' }, 'topTierKoreaExperience'), false);
    assert.equal(met({ ...inKorea, field: 'non-tech' }, 'topTierKoreaExperience'), false);
  });
});

describe('the K-Tech Pass qualitative track: a job offer, a science or technology field, and points at the pass mark of 60', () => {
  // 15 (doctorate) + 10 (top100) + 8 (8 years) + 2 (none of the listed employers) + 0 (salary 0) + 10 (ai) + 0 (evidence) + 15 (core-lead) = 60
  const exactlyPassMark = {
    jobOffer: 'yes',
    inKorea: 'no',
    degree: 'doctorate',
    institution: 'top100',
    experience: 8,
    postdocResearch: 0,
    employer: ['other'],
    koreaExperience: 'no',
    salary: 0,
    field: 'ai',
    evidence: 'none',
    researchDistinction: 'none',
    role: 'core-lead',
    employerSize: 'large',
    governmentProgramme: 'none',
  };

  it('a total of exactly the pass mark passes', () => {
    const result = assess(defaultRubric, exactlyPassMark);
    assert.equal(result.total, 60);
    assert.equal(result.pathways['qualitative'], true);
    assert.equal(result.eligible, true);
  });

  it('a total one point below the pass mark fails', () => {
    // 60 + 4 (salary 1x GNI) - 5 (core-rnd instead of core-lead) = 59
    const result = assess(defaultRubric, { ...exactlyPassMark, salary: gniTimes(1), role: 'core-rnd' });
    assert.equal(result.total, 59);
    assert.equal(result.pathways['qualitative'], false);
    assert.equal(result.eligible, false);
  });

  it('"Not a science or technology field" with a salary of 0 is not met, however many points the rest earn', () => {
    const result = assess(defaultRubric, {
      ...exactlyPassMark,
      field: 'non-tech',
      evidence: 'leading',
      employerSize: 'sme',
    });
    assert.equal(result.total, 70);
    assert.equal(result.pathways['qualitative'], false);
    assert.equal(result.eligible, false);
  });

  it('every science or technology field, at the pass mark, is met', () => {
    // The field's points differ; the evidence makes up the difference so the total stays at or above 60.
    for (const field of SCIENCE_OR_TECHNOLOGY) {
      const result = assess(defaultRubric, { ...exactlyPassMark, field, evidence: 'leading' });
      assert.ok(result.total >= 60, `${field}: ${result.total}`);
      assert.equal(result.pathways['qualitative'], true, field);
    }
  });

  it('no job offer: not met, and the salary, role and firm size kept from before score nothing', () => {
    const answers = {
      ...smeApplicant,
      degree: 'doctorate',
      institution: 'top100',
      postdocResearch: 0,
      experience: 10,
      employer: ['global500'],
      salary: gniTimes(4),
      evidence: 'leading',
    };
    assert.equal(assess(defaultRubric, answers).total, 105);
    const result = assess(defaultRubric, { ...answers, jobOffer: 'not-yet' });
    assert.equal(result.total, 105 - 20 - 10 - 10);
    assert.equal(result.pathways['qualitative'], false);
    assert.equal(result.complete, true, 'nothing about the offer is missing without one');
  });

  it('is not met while a scored question that is asked is unanswered, whatever the points so far', () => {
    const { evidence: _evidence, ...withoutEvidence } = exactlyPassMark;
    const result = assess(defaultRubric, { ...withoutEvidence, salary: gniTimes(4) });
    assert.equal(result.total, 80);
    assert.deepEqual(result.missing, ['evidence']);
    assert.equal(result.pathways['qualitative'], false);
    // A question that decides pathways only does not hold it up.
    const { governmentProgramme: _programme, ...withoutProgramme } = exactlyPassMark;
    assert.equal(assess(defaultRubric, withoutProgramme).pathways['qualitative'], true);
  });

  it('the SME bonus counts toward the pass mark: 54 base points pass with it and fail without it', () => {
    const base54 = { ...exactlyPassMark, field: 'stem' };
    assert.equal(assess(defaultRubric, { ...base54, employerSize: 'large' }).total, 54);
    assert.equal(assess(defaultRubric, { ...base54, employerSize: 'sme' }).pathways['qualitative'], true);
    assert.equal(assess(defaultRubric, { ...base54, employerSize: 'large' }).pathways['qualitative'], false);
  });

  it('the pass mark is data: a rubric with a pass mark of 70 fails a total of 66', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.passMark.value = 70;
      }),
    );
    const result = assess(rubric, smeApplicant);
    assert.equal(result.passMark, 70);
    assert.equal(result.pathways['qualitative'], false);
  });

  it('is labelled as reported, never as official: its F-2-T step is an assumption', () => {
    const qualitative = defaultRubric.pathways.find((pathway) => pathway.id === 'qualitative');
    assert.match(qualitative?.assumption?.en ?? '', /\S/);
    assert.doesNotMatch(qualitative?.basis?.en ?? '', /route 라|F-2-T/, 'F-2-T by route 라 is not its official basis');
    const sources = (qualitative?.sources ?? []).map((id) => defaultRubric.sources.find((source) => source.id === id));
    assert.ok(
      sources.some(
        (source) =>
          /press report/i.test(`${source?.title.en} ${source?.publisher.en}`) && source?.date?.startsWith('2026-07-02'),
      ),
      JSON.stringify(sources),
    );
    // That F-2-T follows is named among the rubric's assumptions, with why: route 라 needs the ministry's verification.
    assert.ok(
      defaultRubric.assumptions?.some(
        (text) => /qualitative track leads to F-2-T/.test(text.en) && /route 라/.test(text.en),
      ),
      'the F-2-T step is not named as an assumption',
    );
    for (const step of qualitative?.next ?? [])
      if (/F-2-T/.test(step.text.en)) assert.match(step.text.en, /assum|may follow/i, step.text.en);
  });
});

describe('Top-tier in science and technology (scienceTrack): a research distinction, an offer, a science or technology field', () => {
  const scientist = { jobOffer: 'yes', researchDistinction: 'pi', field: 'stem' };

  for (const distinction of ['pi', 'patents', 'citations', 'prize']) {
    it(`"${distinction}" with an offer in another STEM field meets it, with no degree or salary rule`, () => {
      assert.equal(met({ ...scientist, researchDistinction: distinction }, 'scienceTrack'), true);
      assert.equal(
        met({ ...scientist, researchDistinction: distinction, degree: 'none', salary: 0 }, 'scienceTrack'),
        true,
      );
    });
  }

  it('no distinction: not met', () => {
    assert.equal(met({ ...scientist, researchDistinction: 'none' }, 'scienceTrack'), false);
  });

  it('no job offer: not met', () => {
    assert.equal(met({ ...scientist, jobOffer: 'not-yet' }, 'scienceTrack'), false);
  });

  it('"Not a science or technology field": not met; every science or technology field is', () => {
    assert.equal(met({ ...scientist, field: 'non-tech' }, 'scienceTrack'), false);
    for (const field of SCIENCE_OR_TECHNOLOGY) assert.equal(met({ ...scientist, field }, 'scienceTrack'), true, field);
  });

  it('a pure scientist (another science field, once "Another technology field") reads as STEM and meets it', () => {
    assert.equal(met({ ...scientist, field: 'other-tech' }, 'scienceTrack'), true);
  });
});

describe('government-programme scholars (governmentScholar): K-Tech Pass benefits as reported, and F-2-T wording only with an offer', () => {
  for (const programme of ['mohw', 'kasa']) {
    it(`a ${programme.toUpperCase()} scholar with nothing else answered meets nothing; without an offer only the alternative`, () => {
      assert.deepEqual(allMet({ governmentProgramme: programme }), []);
      const withoutOffer = assess(defaultRubric, { governmentProgramme: programme, jobOffer: 'not-yet' });
      assert.equal(withoutOffer.pathways['governmentScholar'], false);
      assert.deepEqual(allMet({ governmentProgramme: programme, jobOffer: 'not-yet' }), ['scholarBeforeOffer']);
      assert.equal(withoutOffer.eligible, false);
    });

    it(`a ${programme.toUpperCase()} scholar with an offer meets it`, () => {
      const result = assess(defaultRubric, { governmentProgramme: programme, jobOffer: 'yes' });
      assert.equal(result.pathways['governmentScholar'], true);
      assert.equal(result.pathways['scholarBeforeOffer'], false);
      assert.equal(result.eligible, true);
    });
  }

  it('"none" is not a government-programme scholar, with or without an offer', () => {
    for (const jobOffer of ['yes', 'not-yet']) {
      const result = assess(defaultRubric, { governmentProgramme: 'none', jobOffer });
      assert.equal(result.pathways['governmentScholar'], false);
      assert.equal(result.pathways['scholarBeforeOffer'], false);
      assert.equal(result.eligible, false);
    }
  });

  it('without an offer, its step says what the host institution does next and nothing about a visa', () => {
    const before = defaultRubric.pathways.find((pathway) => pathway.id === 'scholarBeforeOffer');
    assert.ok(before?.next?.length);
    for (const step of before.next) assert.doesNotMatch(step.text.en, /F-2-T|visa/i, step.text.en);
    assert.doesNotMatch(before.status?.en ?? '', /F-2-T/);
  });
});

describe('alternatives: "if not, you may still get", never counted in eligible', () => {
  const promising = { ...companyCareer, salary: gniTimes(2) };

  it('are listed in the assessment, so a host can tell them from the routes', () => {
    const expected = ['promisingTopTier', 'preliminaryTopTier', 'scholarBeforeOffer'];
    assert.deepEqual(assess(defaultRubric, {}).alternatives, expected);
    assert.deepEqual(
      defaultRubric.pathways.filter((pathway) => pathway.alternative).map((pathway) => pathway.id),
      expected,
    );
  });

  it('Promising Top-tier (E-7-T): degree and career at exactly 2x GNI with an offer in an advanced industry; one won below is not', () => {
    assert.equal(met(promising, 'promisingTopTier'), true);
    assert.equal(met({ ...promising, salary: gniTimes(2) - 1 }, 'promisingTopTier'), false);
    assert.equal(met({ ...promising, experience: 7.9 }, 'promisingTopTier'), false);
    assert.equal(met({ ...promising, jobOffer: 'not-yet' }, 'promisingTopTier'), false);
    assert.equal(met({ ...promising, field: 'other-strategic' }, 'promisingTopTier'), false);
  });

  it('Promising Top-tier through the research branch: 5.0 years of research meet it, 4.9 do not', () => {
    const research = { ...researchCareer, salary: gniTimes(2) };
    assert.equal(met(research, 'promisingTopTier'), true);
    assert.equal(met({ ...research, postdocResearch: 4.9 }, 'promisingTopTier'), false);
  });

  it("Preliminary Top-tier (D-10-T): a top-100 master's or doctorate is enough, with no offer", () => {
    assert.equal(met({ jobOffer: 'not-yet', degree: 'masters', institution: 'top100' }, 'preliminaryTopTier'), true);
    assert.equal(met({ degree: 'doctorate', institution: 'top100' }, 'preliminaryTopTier'), true);
    assert.equal(met({ degree: 'bachelors', institution: 'top100' }, 'preliminaryTopTier'), false);
    assert.equal(met({ degree: 'masters', institution: 'top500' }, 'preliminaryTopTier'), false);
  });

  it('a top-100 graduate without a job offer meets only Preliminary Top-tier, is complete without a salary, and is not eligible', () => {
    const graduate = { ...smeApplicant, institution: 'top100', jobOffer: 'not-yet' };
    assert.deepEqual(allMet(graduate), ['preliminaryTopTier']);
    const result = assess(defaultRubric, graduate);
    assert.equal(result.complete, true);
    assert.equal(result.eligible, false);
  });

  it('meeting both alternatives and no route is not eligible (a stricter pass mark leaves E-7-T standing alone)', () => {
    // With the assumed points, E-7-T's conditions always reach 60; at 70 they do not.
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.passMark.value = 70;
      }),
    );
    const answers = {
      ...promising,
      evidence: 'none',
      researchDistinction: 'none',
      employerSize: 'large',
      governmentProgramme: 'none',
    };
    const result = assess(rubric, answers);
    assert.equal(result.total, 10 + 10 + 8 + 10 + 12 + 10 + 5);
    assert.deepEqual(
      Object.keys(result.pathways).filter((id) => result.pathways[id]),
      ['promisingTopTier', 'preliminaryTopTier'],
    );
    assert.equal(result.eligible, false);
  });

  it('a rubric that marks a route as an alternative stops counting it: eligibility follows the data', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.pathways.find((pathway: { id: string }) => pathway.id === 'governmentScholar').alternative = true;
      }),
    );
    const result = assess(rubric, { governmentProgramme: 'kasa', jobOffer: 'yes' });
    assert.equal(result.pathways['governmentScholar'], true);
    assert.equal(result.eligible, false);
    assert.deepEqual(result.alternatives, [
      'governmentScholar',
      'promisingTopTier',
      'preliminaryTopTier',
      'scholarBeforeOffer',
    ]);
  });
});
