import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultRubric, parseRubric } from '../../src/rubric/index.js';
import type { ChoiceQuestion, LocalizedText, NumberQuestion, Question } from '../../src/rubric/index.js';
import { bilingualRubric, GNI } from './fixtures.js';

const question = (id: string): Question => {
  const found = defaultRubric.questions.find((candidate) => candidate.id === id);
  assert.ok(found, `no question "${id}"`);
  return found;
};
const choice = (id: string): ChoiceQuestion => {
  const found = question(id);
  assert.equal(found.type, 'choice', id);
  return found as ChoiceQuestion;
};
const number = (id: string): NumberQuestion => {
  const found = question(id);
  assert.equal(found.type, 'number', id);
  return found as NumberQuestion;
};

describe('the default rubric', () => {
  it('passes its own validation (it is not re-validated when the widget loads)', () => {
    assert.deepEqual(parseRubric(structuredClone(defaultRubric)), defaultRubric);
  });

  it('is rubric v2: id ktech-pass-2026-09, version 2.0.0, 100 points, pass mark 60, reviewed by 31 March 2027', () => {
    assert.equal(defaultRubric.id, 'ktech-pass-2026-09');
    assert.equal(defaultRubric.version, '2.0.0');
    assert.equal(defaultRubric.effectiveDate, '2026-07-02');
    assert.equal(defaultRubric.reviewDate, '2027-03-31');
    assert.equal(defaultRubric.total, 100);
    assert.equal(defaultRubric.passMark.value, 60);
  });

  it('has the categories quantitative 65, qualitative 35 and an SME bonus of 10', () => {
    assert.deepEqual(
      defaultRubric.categories.map(({ id, max, bonus }) => ({ id, max, bonus: bonus === true })),
      [
        { id: 'quantitative', max: 65, bonus: false },
        { id: 'qualitative', max: 35, bonus: false },
        { id: 'bonus', max: 10, bonus: true },
      ],
    );
  });

  it('asks the published questions, with their public ids, types and categories; the new ones score nothing', () => {
    assert.deepEqual(
      defaultRubric.questions.map(({ id, type, category }) => ({ id, type, category })),
      [
        { id: 'degree', type: 'choice', category: 'quantitative' },
        { id: 'institution', type: 'choice', category: 'quantitative' },
        { id: 'experience', type: 'number', category: 'quantitative' },
        { id: 'postdocResearch', type: 'number', category: undefined },
        { id: 'employer', type: 'choice', category: 'quantitative' },
        { id: 'koreaExperience', type: 'choice', category: undefined },
        { id: 'salary', type: 'number', category: 'quantitative' },
        { id: 'field', type: 'choice', category: 'qualitative' },
        { id: 'evidence', type: 'choice', category: 'qualitative' },
        { id: 'researchDistinction', type: 'choice', category: undefined },
        { id: 'role', type: 'choice', category: 'qualitative' },
        { id: 'employerSize', type: 'choice', category: 'bonus' },
        { id: 'governmentProgramme', type: 'choice', category: undefined },
      ],
    );
  });

  it('offers the published answer options, with their public ids', () => {
    const options = (id: string) => choice(id).options.map((option) => option.id);
    assert.deepEqual(options('degree'), ['doctorate', 'masters', 'bachelors', 'none']);
    assert.deepEqual(options('institution'), ['top100', 'top500', 'other']);
    assert.deepEqual(options('employer'), ['global500', 'top-institute', 'large', 'other', 'none']);
    assert.deepEqual(options('koreaExperience'), ['yes', 'no']);
    assert.deepEqual(options('field'), [
      'semiconductors',
      'secondary-batteries',
      'displays',
      'biotech',
      'robotics',
      'defense',
      'ai',
      'advanced-mobility',
      'other-strategic',
      'other-tech',
      'non-tech',
    ]);
    assert.deepEqual(options('evidence'), ['leading', 'solid', 'emerging', 'none']);
    assert.deepEqual(options('researchDistinction'), ['pi', 'patents', 'citations', 'prize', 'none']);
    assert.deepEqual(options('role'), ['core-lead', 'core-rnd', 'support', 'no-offer']);
    assert.deepEqual(options('employerSize'), ['sme', 'large']);
    assert.deepEqual(options('governmentProgramme'), ['mohw', 'kasa', 'none']);
  });

  it('scores the eight advanced industries 10, other national strategic technologies 7, other technology 4, non-tech 0', () => {
    const points = Object.fromEntries(choice('field').options.map((option) => [option.id, option.points]));
    for (const id of ['semiconductors', 'secondary-batteries', 'displays', 'biotech', 'robotics', 'defense', 'ai', 'advanced-mobility']) assert.equal(points[id], 10, id);
    assert.deepEqual([points['other-strategic'], points['other-tech'], points['non-tech']], [7, 4, 0]);
  });

  it('states each question maximum as reported', () => {
    assert.deepEqual(
      Object.fromEntries(defaultRubric.questions.filter((entry) => entry.category).map((entry) => [entry.id, entry.max])),
      { degree: 15, institution: 10, experience: 10, employer: 10, salary: 20, field: 10, evidence: 10, role: 15, employerSize: 10 },
    );
  });

  it('asks the university only after a degree, and the research years only after a doctorate', () => {
    const when = question('institution').when;
    assert.ok(when && 'in' in when);
    assert.equal(when.question, 'degree');
    assert.deepEqual([...when.in].sort(), ['bachelors', 'doctorate', 'masters']);
    assert.deepEqual(question('postdocResearch').when, { question: 'degree', in: ['doctorate'] });
  });

  it('counts experience and research years in years, accepting 0 to 60', () => {
    for (const id of ['experience', 'postdocResearch']) {
      assert.equal(number(id).unit, 'years', id);
      assert.equal(number(id).maximum, 60, id);
    }
  });

  it('explains the top-100 rankings and the world-class employers as the guideline defines them', () => {
    const rankings = question('institution').help?.en ?? '';
    for (const ranking of ['QS World University Rankings', 'QS by Subject: Engineering and Technology', 'Times Higher Education (THE) World University Rankings', 'THE by Subject: Engineering', 'U.S. News Best Global Universities', 'Engineering ranking', 'last 5 years']) {
      assert.ok(rankings.includes(ranking), ranking);
    }
    const employer = choice('employer');
    const help = (id: string) => employer.options.find((option) => option.id === id)?.help?.en ?? '';
    for (const list of ['Forbes Global 2000 (top 500)', 'TIME100 Most Influential Companies', 'Fortune Global 500', 'last 3 years']) assert.ok(help('global500').includes(list), list);
    for (const kind of ['top-100 university', 'world-class company', 'government-led research institute']) assert.ok(help('top-institute').includes(kind), kind);
    assert.ok(!/after your first degree/.test(question('experience').help?.en ?? ''));
  });

  it('lets the host attribute employer-size answer the SME question, and no other', () => {
    assert.deepEqual(
      defaultRubric.questions.filter((entry) => entry.hostAttribute).map((entry) => [entry.hostAttribute, entry.id]),
      [['employer-size', 'employerSize']],
    );
  });

  it('scores salary in KRW as multiples of the GNI per capita parameter, at 1x, 1.5x, 2x, 3x and 4x, the first three marked as assumed', () => {
    const salary = number('salary');
    assert.equal(salary.unit, 'KRW');
    assert.equal(salary.scale, 'gni');
    assert.deepEqual(salary.bands?.map((band) => band.atLeast), [1, 1.5, 2, 3, 4]);
    assert.match(salary.assumption?.en ?? '', /so are the 1×, 1\.5× and 2× bands; 3× and 4× follow the Top-tier guideline/);
  });

  it('keeps GNI per capita as the HiKorea standard: KRW 52,416,000 (2025), applied from 2026-04-01 to 2027-03-31, with both sources', () => {
    const gni = defaultRubric.parameters.find((parameter) => parameter.id === 'gni');
    assert.ok(gni);
    assert.equal(gni.value, GNI);
    assert.equal(gni.unit, 'KRW');
    assert.equal(gni.year, 2025);
    assert.equal(gni.validFrom, '2026-04-01');
    assert.equal(gni.validUntil, '2027-03-31');
    const sources = gni.sources.map((id) => defaultRubric.sources.find((entry) => entry.id === id));
    assert.deepEqual(sources.map((source) => source?.url), [
      'https://www.hikorea.go.kr/board/BoardNtcDetailR.pt?BBS_GB_CD=BS10&BBS_SEQ=1&NTCCTT_SEQ=1935',
      'https://ecos.bok.or.kr/',
    ]);
    assert.match(sources[1]?.publisher.en ?? '', /Bank of Korea/);
    // The review date is the last day the figure applies: after it, the widget says so.
    assert.equal(defaultRubric.reviewDate, gni.validUntil);
  });

  it('has the eight pathways of the guideline, the last two alternatives', () => {
    assert.deepEqual(
      defaultRubric.pathways.map((pathway) => [pathway.id, pathway.alternative === true]),
      [
        ['topTierStandard', false],
        ['topTierHighIncome', false],
        ['topTierKoreaExperience', false],
        ['qualitative', false],
        ['scienceTrack', false],
        ['governmentScholar', false],
        ['promisingTopTier', true],
        ['preliminaryTopTier', true],
      ],
    );
  });

  it('gives every pathway its status, official basis, sources and next steps with links', () => {
    const sourceIds = new Set(defaultRubric.sources.map((source) => source.id));
    for (const pathway of defaultRubric.pathways) {
      assert.match(pathway.status?.en ?? '', /\((F-2-T|E-7-T|D-10-T)\)$/, `${pathway.id}.status`);
      assert.match(pathway.basis?.en ?? '', /\S/, `${pathway.id}.basis`);
      assert.ok(pathway.sources?.length && pathway.sources.every((id) => sourceIds.has(id)), `${pathway.id}.sources`);
      assert.ok(pathway.next?.length, `${pathway.id}.next`);
      assert.ok(pathway.next?.some((step) => /^https:\/\//.test(step.url ?? '')), `${pathway.id}: no linked next step`);
    }
    const next = (id: string) => defaultRubric.pathways.find((pathway) => pathway.id === id)?.next?.map((step) => step.url) ?? [];
    for (const id of ['topTierStandard', 'topTierHighIncome', 'topTierKoreaExperience', 'qualitative', 'governmentScholar', 'promisingTopTier']) {
      assert.ok(next(id).includes('https://www.kotra.or.kr/gtc_kor'), `${id}: KOTRA Global Talent Center`);
      assert.ok(next(id).includes('https://www.visa.go.kr'), `${id}: Korea Visa Portal`);
    }
    assert.match(defaultRubric.pathways.find((pathway) => pathway.id === 'scienceTrack')?.next?.[0]?.text.en ?? '', /Ministry of Science and ICT/);
    assert.match(defaultRubric.pathways.find((pathway) => pathway.id === 'preliminaryTopTier')?.next?.[0]?.text.en ?? '', /embassy or consulate/);
  });

  it('names the visa and the ministries by their official names', () => {
    const all = JSON.stringify(bilingualRubric);
    assert.ok(all.includes('Top-tier residence (F-2-T)') && all.includes('톱티어 거주(F\u20112\u2011T)'));
    assert.ok(all.includes("Korea's industry ministry (산업통상부; until October 2025 the Ministry of Trade, Industry and Energy)"));
    assert.ok(all.includes('산업통상부'));
    assert.ok(!all.includes('산업통상자원부'), 'the ministry was renamed on 1 October 2025');
    assert.ok(!/korea\.net/i.test(all), 'Korea.net is not a ministry');
    assert.match(defaultRubric.disclaimer.en, /KOTRA issues the K-Tech Pass/);
    assert.match(defaultRubric.disclaimer.en, /Ministry of Justice decides the visa/);
  });

  it('cites its sources with a title, a publisher and a date; the official ones with their HiKorea or KOTRA address', () => {
    assert.ok(defaultRubric.sources.length >= 5);
    for (const source of defaultRubric.sources) {
      assert.match(source.title.en, /\S/, source.id);
      assert.match(source.publisher.en, /\S/, source.id);
      assert.match(source.date ?? '', /^\d{4}-\d\d/, source.id);
    }
    const urls = defaultRubric.sources.map((source) => source.url ?? '');
    assert.ok(urls.some((url) => url.startsWith('https://www.hikorea.go.kr/')));
    assert.ok(urls.includes('https://www.kotra.or.kr/gtc_kor'));
  });

  it('backs every number by a listed source or an assumption the applicant can read', () => {
    assert.ok(defaultRubric.passMark.assumption, 'passMark');
    // Item points: assumed in the 65 + 35 base categories; the SME bonus of 10 is published.
    for (const entry of defaultRubric.questions) {
      if (entry.category === 'quantitative' || entry.category === 'qualitative') assert.ok(entry.assumption, `${entry.id}: points without an assumption`);
      else if (entry.category) assert.ok(entry.assumption || entry.sources?.length, `${entry.id}: points neither sourced nor assumed`);
    }
    // Thresholds in pathways (years, multiples of GNI, the pass mark): each pathway cites its sources.
    for (const pathway of defaultRubric.pathways) assert.ok(pathway.sources?.length, pathway.id);
    // Questions that only decide pathways cite where their wording comes from.
    for (const entry of defaultRubric.questions) if (!entry.category) assert.ok(entry.sources?.length, `${entry.id}: no source`);
    for (const parameter of defaultRubric.parameters) assert.ok(parameter.sources.length, parameter.id);
    assert.ok(defaultRubric.benefitSources?.length, 'benefits');
    // The qualitative track rests on the assumed pass mark and says so.
    assert.ok(defaultRubric.pathways.find((pathway) => pathway.id === 'qualitative')?.assumption);
  });

  it('lists the benefits of the K-Tech Pass programme overview, with the dropped Korean-language requirement', () => {
    const benefits = defaultRubric.benefits.map((benefit) => benefit.en).join('\n');
    for (const phrase of [
      'about two weeks',
      'spouse may work',
      'Permanent residence (F-5-T) after 3 years',
      'social integration programme',
      'parents and a domestic helper',
      'priority card',
      '50% reduction of earned-income tax for 10 years',
      'foreign schools outside the quota',
      'Jeonse loan',
      'Concierge',
      'Korean-language (TOPIK) requirement for F-2-T',
    ]) {
      assert.ok(benefits.includes(phrase), phrase);
    }
    assert.ok(!/extended family|housing loans at domestic rates/i.test(benefits), 'misstated benefits of v1');
    assert.ok(bilingualRubric.benefits.some((benefit) => benefit['ko']?.includes('한국어능력') && benefit['ko'].includes('폐지')));
  });

  it('speaks English, and Korean with the Korean language file', () => {
    assert.deepEqual(defaultRubric.languages, ['en']);
    assert.deepEqual(bilingualRubric.languages, ['en', 'ko']);
  });

  it('has every label, help text, description, benefit, note, assumption and the disclaimer in English and Korean', () => {
    const defaultRubric = bilingualRubric;
    const texts: Array<[path: string, text: LocalizedText | undefined]> = [
      ['title', defaultRubric.title],
      ['disclaimer', defaultRubric.disclaimer],
      ['passMark.assumption', defaultRubric.passMark.assumption],
      ...defaultRubric.sources.flatMap((source) => [
        [`sources.${source.id}.title`, source.title],
        [`sources.${source.id}.publisher`, source.publisher],
      ] as Array<[string, LocalizedText]>),
      ...defaultRubric.parameters.flatMap((parameter) => [
        [`parameters.${parameter.id}.label`, parameter.label],
        [`parameters.${parameter.id}.note`, parameter.note],
      ] as Array<[string, LocalizedText | undefined]>),
      ...defaultRubric.categories.map((category) => [`categories.${category.id}.label`, category.label] as [string, LocalizedText]),
      ...defaultRubric.steps.map((step) => [`steps.${step.id}.label`, step.label] as [string, LocalizedText]),
      ...defaultRubric.questions.flatMap((entry) => [
        [`${entry.id}.label`, entry.label],
        ...(entry.help ? [[`${entry.id}.help`, entry.help]] : []),
        ...(entry.assumption ? [[`${entry.id}.assumption`, entry.assumption]] : []),
        ...(entry.type === 'choice'
          ? entry.options.flatMap((option) => [
              [`${entry.id}.${option.id}.label`, option.label],
              ...(option.help ? [[`${entry.id}.${option.id}.help`, option.help]] : []),
            ])
          : []),
      ] as Array<[string, LocalizedText]>),
      ...defaultRubric.pathways.flatMap((pathway) => [
        [`pathways.${pathway.id}.label`, pathway.label],
        [`pathways.${pathway.id}.description`, pathway.description],
        [`pathways.${pathway.id}.status`, pathway.status],
        [`pathways.${pathway.id}.basis`, pathway.basis],
        ...(pathway.next ?? []).map((step, index) => [`pathways.${pathway.id}.next.${index}`, step.text]),
      ] as Array<[string, LocalizedText | undefined]>),
      ...defaultRubric.benefits.map((benefit, index) => [`benefits.${index}`, benefit] as [string, LocalizedText]),
      ...(defaultRubric.assumptions ?? []).map((text, index) => [`assumptions.${index}`, text] as [string, LocalizedText]),
    ];
    assert.ok(texts.length > 150, `only ${texts.length} texts found`);
    for (const [path, text] of texts) {
      assert.ok(text, `${path} is missing`);
      assert.match(text.en, /\S/, `${path}.en`);
      assert.match(text['ko'] ?? '', /[\uAC00-\uD7A3]/, `${path}.ko is not Korean`);
    }
  });
});
