// Careers as they really look, and the nearest route by effort: the
// applicants the advice must get right (test/applicants.json).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { assess, defaultRubric, holds, nearestRoute, routeOutlooks } from '../../src/rubric/index.js';
import type { Answers, RouteOutlook } from '../../src/rubric/index.js';
import applicants from '../applicants.json' with { type: 'json' };
import { gniTimes, pathwaysMet } from './fixtures.js';

const outlooks = (answers: Answers): RouteOutlook[] =>
  routeOutlooks(defaultRubric, answers, assess(defaultRubric, answers));
const outlook = (answers: Answers, id: string): RouteOutlook => {
  const found = outlooks(answers).find((entry) => entry.id === id);
  assert.ok(found, id);
  return found;
};
/** The gaps a person is shown: those of questions asked. */
const shown = (entry: RouteOutlook) => entry.gaps.filter((gap) => !gap.unasked);
const question = (gap: RouteOutlook['gaps'][number]) =>
  'question' in gap.condition ? gap.condition.question : gap.condition.score;
const leads = (answers: Answers, id: string): boolean => {
  const pathway = defaultRubric.pathways.find((entry) => entry.id === id);
  assert.ok(pathway?.leadsWhen, `${id} has no leadsWhen`);
  return holds(pathway.leadsWhen, { rubric: defaultRubric, answers });
};

describe('careers as they really look', () => {
  const offer = { jobOffer: 'yes', inKorea: 'no', salary: gniTimes(3), field: 'ai', koreaExperience: 'no' };

  it('a doctorate with 5 years at a corporate lab (a world-class company and research institute) meets the research route', () => {
    const lab = {
      ...offer,
      degree: 'doctorate',
      institution: 'top100',
      experience: 5,
      postdocResearch: 5,
      employer: ['global500', 'top-institute'],
    };
    assert.equal(assess(defaultRubric, lab).pathways['topTierStandard'], true);
    assert.equal(assess(defaultRubric, { ...lab, postdocResearch: 4.9 }).pathways['topTierStandard'], false);
  });

  it('8 years at that corporate lab meet the company route', () => {
    const lab = {
      ...offer,
      degree: 'masters',
      institution: 'top100',
      experience: 8,
      employer: ['global500', 'top-institute'],
    };
    assert.equal(assess(defaultRubric, lab).pathways['topTierStandard'], true);
    assert.equal(assess(defaultRubric, { ...lab, experience: 7.9 }).pathways['topTierStandard'], false);
  });

  it("a doctorate from an unranked university with a top-100 master's answers top100 and meets D-10-T and, with the career, route 가", () => {
    const doctor = { jobOffer: 'not-yet', degree: 'doctorate', institution: 'top100' };
    assert.equal(assess(defaultRubric, doctor).pathways['preliminaryTopTier'], true);
    const withCareer = {
      ...offer,
      degree: 'doctorate',
      institution: 'top100',
      experience: 9,
      postdocResearch: 1,
      employer: ['global500'],
    };
    assert.equal(assess(defaultRubric, withCareer).pathways['topTierStandard'], true);
  });

  it('a defence engineer outside the annex-2 scope picks STEM and does not meet route 가, 나 or 다', () => {
    const engineer = {
      ...offer,
      degree: 'masters',
      institution: 'top100',
      experience: 10,
      employer: ['global500'],
      koreaExperience: 'yes',
      salary: gniTimes(4),
      field: 'stem',
    };
    const met = pathwaysMet(engineer);
    for (const id of ['topTierStandard', 'topTierHighIncome', 'topTierKoreaExperience', 'promisingTopTier'])
      assert.ok(!met.includes(id), id);
    assert.equal(
      pathwaysMet({ ...engineer, field: 'defense' }).includes('topTierStandard'),
      true,
      'within the scope it would',
    );
  });
});

describe('routeOutlooks and nearestRoute: the applicants the advice must get right', () => {
  it('PhD, top-100, 6 years of research, AI, KRW 120M, large firm: qualitative met; 가 open with a salary gap that an offer changes', () => {
    const answers = applicants.phdTop100;
    assert.equal(assess(defaultRubric, answers).pathways['qualitative'], true);
    const standard = outlook(answers, 'topTierStandard');
    assert.equal(standard.standing, 'open');
    assert.deepEqual(shown(standard).map(question), ['salary']);
    assert.equal(shown(standard)[0]?.changeable, 'offer');
    assert.equal(shown(standard)[0]?.short, gniTimes(3) - answers.salary);
    assert.equal(outlook(answers, 'qualitative').standing, 'met');
  });

  it("bachelor's, 4 years, ordinary employer, KRW 55M, SME: nothing met; nearest the qualitative track by its points gap; 가, 나 and 다 closed", () => {
    const answers = applicants.bachelorSme;
    const result = assess(defaultRubric, answers);
    assert.equal(result.eligible, false);
    const nearest = nearestRoute(outlooks(answers));
    assert.equal(nearest?.id, 'qualitative');
    assert.deepEqual(
      nearest?.gaps.map((gap) => [question(gap), gap.short]),
      [['total', result.passMark - result.total]],
    );
    for (const id of ['topTierStandard', 'topTierHighIncome', 'topTierKoreaExperience']) {
      const entry = outlook(answers, id);
      assert.equal(entry.standing, 'closed', id);
      assert.equal(entry.effort, Infinity, id);
    }
  });

  it("master's, top-100, 2 years, KRW 70M, batteries, large firm: nearest is the qualitative track by points, not 4x GNI; D-10-T met but not leading with an offer", () => {
    const answers = applicants.mastersBatteries;
    const all = outlooks(answers);
    assert.equal(nearestRoute(all)?.id, 'qualitative');
    const highIncome = all.find((entry) => entry.id === 'topTierHighIncome');
    assert.ok(
      highIncome && highIncome.effort > (nearestRoute(all)?.effort ?? 0),
      'the salary gap to 4x GNI ranks after the points gap',
    );
    assert.equal(assess(defaultRubric, answers).pathways['preliminaryTopTier'], true);
    assert.equal(leads(answers, 'preliminaryTopTier'), false);
  });

  it("master's, top-100, no offer: D-10-T met and leading; never asked a salary; routes needing an offer show a job-offer gap and no salary gap", () => {
    const answers = applicants.mastersNoOffer;
    const result = assess(defaultRubric, answers);
    assert.equal(result.pathways['preliminaryTopTier'], true);
    assert.equal(leads(answers, 'preliminaryTopTier'), true);
    assert.ok(!result.asked.includes('salary') && !result.missing.includes('salary'));
    assert.ok(!result.asked.includes('employerSize') && !result.missing.includes('employerSize'));
    for (const entry of outlooks(answers)) {
      if (entry.standing === 'met' || entry.alternative) continue;
      const needsOffer = defaultRubric.pathways.find((pathway) => pathway.id === entry.id)?.when;
      if (!JSON.stringify(needsOffer).includes('"jobOffer"')) continue;
      assert.ok(
        shown(entry).some((gap) => question(gap) === 'jobOffer'),
        `${entry.id}: no job-offer gap`,
      );
      assert.ok(
        !shown(entry).some((gap) => question(gap) === 'salary'),
        `${entry.id}: a salary gap shown without an offer`,
      );
    }
  });

  it('a Ministry of Health and Welfare scholar with an offer meets the government-scholar route', () => {
    const answers = applicants.mohwScholar;
    assert.equal(assess(defaultRubric, answers).pathways['governmentScholar'], true);
    assert.equal(outlook(answers, 'governmentScholar').standing, 'met');
    assert.equal(assess(defaultRubric, { ...answers, jobOffer: 'not-yet' }).pathways['governmentScholar'], false);
  });
});

describe('routeOutlooks: the rule', () => {
  it('a met route has no gaps and no effort; a closed one lacks a condition that cannot change', () => {
    for (const answers of Object.values(applicants).filter((value) => typeof value === 'object') as Answers[]) {
      for (const entry of outlooks(answers)) {
        if (entry.standing === 'met') assert.deepEqual([entry.gaps, entry.effort], [[], 0], entry.id);
        if (entry.standing === 'closed')
          assert.ok(
            entry.gaps.some((gap) => gap.changeable === 'no'),
            entry.id,
          );
        if (entry.standing === 'open')
          assert.ok(entry.gaps.every((gap) => gap.changeable !== 'no') && Number.isFinite(entry.effort), entry.id);
      }
    }
  });

  it('nearestRoute never picks an alternative, a met route or a closed one', () => {
    for (const answers of Object.values(applicants).filter((value) => typeof value === 'object') as Answers[]) {
      const nearest = nearestRoute(outlooks(answers));
      if (nearest) assert.deepEqual([nearest.alternative, nearest.standing], [false, 'open']);
    }
  });

  it('ranks by effort: a year that accrues before a much higher salary, a few points before either', () => {
    const entries = outlooks(applicants.phdTop100);
    const effort = (id: string) => entries.find((entry) => entry.id === id)?.effort ?? NaN;
    assert.ok(effort('topTierKoreaExperience') < effort('topTierHighIncome'));
    assert.ok(effort('topTierStandard') < effort('topTierHighIncome'), 'a smaller pay rise is nearer');
  });
});

describe('routeOutlooks: laws for every complete set of answers (property)', () => {
  const answers = fc.record({
    jobOffer: fc.constantFrom('yes', 'not-yet'),
    governmentProgramme: fc.constantFrom('mohw', 'kasa', 'none'),
    inKorea: fc.constantFrom('yes', 'no'),
    salary: fc.integer({ min: 0, max: 300_000_000 }),
    employerSize: fc.constantFrom('sme', 'large'),
    role: fc.constantFrom('core-lead', 'core-rnd', 'support'),
    degree: fc.constantFrom('doctorate', 'masters', 'bachelors', 'none'),
    institution: fc.constantFrom('top100', 'top500', 'other'),
    postdocResearch: fc.integer({ min: 0, max: 20 }),
    experience: fc.integer({ min: 0, max: 20 }),
    employer: fc.oneof(fc.constant(['other']), fc.subarray(['global500', 'top-institute', 'large'], { minLength: 1 })),
    koreaExperience: fc.constantFrom('yes', 'no'),
    researchDistinction: fc.constantFrom('pi', 'patents', 'citations', 'prize', 'none'),
    evidence: fc.constantFrom('leading', 'solid', 'emerging', 'none'),
    field: fc.constantFrom('ai', 'biotech', 'other-strategic', 'stem', 'non-tech'),
  }) as fc.Arbitrary<Answers>;

  it('met exactly when the assessment says so; closed exactly when a gap cannot change; the nearest route is an open route of least effort', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const result = assess(defaultRubric, given);
        const all = routeOutlooks(defaultRubric, given, result);
        for (const entry of all) {
          assert.equal(entry.standing === 'met', result.pathways[entry.id], entry.id);
          if (entry.standing !== 'met') assert.ok(entry.gaps.length > 0, `${entry.id}: not met without a gap`);
          assert.equal(
            entry.standing === 'closed',
            entry.gaps.some((gap) => gap.changeable === 'no'),
            entry.id,
          );
        }
        const open = all.filter((entry) => !entry.alternative && entry.standing === 'open');
        const nearest = nearestRoute(all);
        assert.equal(nearest === undefined, open.length === 0);
        if (nearest) assert.equal(nearest.effort, Math.min(...open.map((entry) => entry.effort)));
        // Without an offer, no gap on a question asked only with one is shown.
        if (given['jobOffer'] === 'not-yet') {
          for (const entry of all)
            assert.ok(
              !shown(entry).some((gap) => ['salary', 'employerSize', 'role', 'inKorea'].includes(question(gap))),
              entry.id,
            );
        }
      }),
      { seed: 2201, numRuns: 300 },
    );
  });
});

describe('routeOutlooks: enough points, a question asked and not yet answered', () => {
  it('what the points track lacks is that answer, never a negative points gap', () => {
    // A what-if: the bachelor's holder tries a doctorate, which asks the university question.
    const answers: Answers = { ...applicants.bachelorSme, field: 'ai', degree: 'doctorate' };
    const assessment = assess(defaultRubric, answers);
    assert.ok(assessment.missing.includes('institution'), 'the doctorate asks the university question');
    assert.ok(assessment.total >= defaultRubric.passMark.value, `${assessment.total} points`);
    const qualitative = routeOutlooks(defaultRubric, answers, assessment).find(
      (outlook) => outlook.id === 'qualitative',
    );
    assert.equal(qualitative?.standing, 'open');
    for (const gap of qualitative?.gaps ?? [])
      assert.ok(!(gap.short !== undefined && gap.short <= 0), 'no gap of 0 or fewer');
    assert.deepEqual(
      qualitative?.gaps.map((gap) => 'question' in gap.condition && gap.condition.question),
      // Both questions a doctorate asks.
      ['institution', 'postdocResearch'],
    );
  });
});
