import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeabilityOf, defaultRubric, parseRubric } from '../../src/rubric/index.js';
import type { ChoiceQuestion, LocalizedText, MultiQuestion, NumberQuestion, Question } from '../../src/rubric/index.js';
import { ADVANCED_INDUSTRIES, bilingualRubric, GNI } from './fixtures.js';

const question = (id: string): Question => {
  const found = defaultRubric.questions.find((candidate) => candidate.id === id);
  assert.ok(found, `no question "${id}"`);
  return found;
};
const choice = (id: string): ChoiceQuestion | MultiQuestion => {
  const found = question(id);
  assert.notEqual(found.type, 'number', id);
  return found as ChoiceQuestion | MultiQuestion;
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

  it('is rubric 2.1: id ktech-pass-2026-09, version 2.1.0, 100 points, pass mark 60, reviewed by 31 March 2027', () => {
    assert.equal(defaultRubric.id, 'ktech-pass-2026-09');
    assert.equal(defaultRubric.version, '2.1.0');
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

  it('asks the questions of rubric 2.1, with their public ids, types and categories; the job offer first', () => {
    const shape = Object.fromEntries(defaultRubric.questions.map(({ id, type, category }) => [id, { type, category }]));
    assert.deepEqual(shape, {
      jobOffer: { type: 'choice', category: undefined },
      governmentProgramme: { type: 'choice', category: undefined },
      inKorea: { type: 'choice', category: undefined },
      degree: { type: 'choice', category: 'quantitative' },
      institution: { type: 'choice', category: 'quantitative' },
      experience: { type: 'number', category: 'quantitative' },
      postdocResearch: { type: 'number', category: undefined },
      employer: { type: 'multi', category: 'quantitative' },
      koreaExperience: { type: 'choice', category: undefined },
      salary: { type: 'number', category: 'quantitative' },
      field: { type: 'choice', category: 'qualitative' },
      evidence: { type: 'choice', category: 'qualitative' },
      researchDistinction: { type: 'choice', category: undefined },
      role: { type: 'choice', category: 'qualitative' },
      employerSize: { type: 'choice', category: 'bonus' },
    });
    assert.equal(defaultRubric.steps[0]?.questions[0], 'jobOffer');
  });

  it('keeps the public ids of the answer options that hosts, stored answers and the score event carry', () => {
    const options = (id: string) => choice(id).options.map((option) => option.id);
    assert.deepEqual(options('degree'), ['doctorate', 'masters', 'bachelors', 'none']);
    assert.deepEqual(options('institution'), ['top100', 'top500', 'other']);
    assert.deepEqual(options('jobOffer'), ['yes', 'not-yet']);
    assert.deepEqual(options('inKorea'), ['yes', 'no']);
    assert.deepEqual(options('employer'), ['global500', 'top-institute', 'large', 'other']);
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
      'stem',
      'non-tech',
    ]);
    assert.deepEqual(options('evidence'), ['leading', 'solid', 'emerging', 'none']);
    assert.deepEqual(options('researchDistinction'), ['pi', 'patents', 'citations', 'prize', 'none']);
    assert.deepEqual(options('role'), ['core-lead', 'core-rnd', 'support']);
    assert.deepEqual(options('employerSize'), ['sme', 'large']);
    assert.deepEqual(options('governmentProgramme'), ['mohw', 'kasa', 'none']);
  });

  it('scores the eight advanced industries 10, other national strategic technologies 7, another STEM field 4, non-tech 0', () => {
    const points = Object.fromEntries(choice('field').options.map((option) => [option.id, option.points ?? 0]));
    for (const id of ADVANCED_INDUSTRIES) assert.equal(points[id], 10, id);
    assert.deepEqual([points['other-strategic'], points['stem'], points['non-tech']], [7, 4, 0]);
  });

  it('words the fields after annex 2: each narrow industry names its official scope; STEM replaces "Another technology field"; the non-science option last', () => {
    const field = choice('field');
    const help = (id: string) => field.options.find((option) => option.id === id)?.help?.en ?? '';
    assert.match(help('defense'), /gas-turbine engines of 15,000 lbf class and above/);
    assert.match(help('biotech'), /Biopharmaceuticals and organoid regenerative therapies/);
    assert.match(help('robotics'), /Humanoids/);
    const stem = field.options.find((option) => option.id === 'stem');
    assert.deepEqual(stem?.replaces, ['other-tech']);
    assert.match(stem?.label.en ?? '', /science or technology field \(STEM\)/);
    for (const science of ['mathematics', 'physics', 'chemistry']) assert.ok(help('stem').includes(science), science);
    assert.equal(field.options.at(-1)?.id, 'non-tech');
    assert.match(field.options.at(-1)?.label.en ?? '', /^Not a science or technology field$/);
  });

  it('names the official scope (annex 2) of each of the eight advanced industries in its help text', () => {
    const field = choice('field');
    const withoutScope = ADVANCED_INDUSTRIES.filter(
      (id) => !/\S/.test(field.options.find((option) => option.id === id)?.help?.en ?? ''),
    );
    assert.deepEqual(withoutScope, [], 'industries whose help text names no scope');
  });

  it('opens with the questions that decide which routes can apply: a job offer, a government programme, being in Korea', () => {
    assert.deepEqual(defaultRubric.steps[0]?.questions, ['jobOffer', 'governmentProgramme', 'inKorea']);
  });

  it('says how each answer can change: facts about the applicant never, years with time, salary and firm with an offer, evidence by acting', () => {
    const changeable = Object.fromEntries(defaultRubric.questions.map((entry) => [entry.id, changeabilityOf(entry)]));
    for (const id of [
      'degree',
      'institution',
      'field',
      'role',
      'governmentProgramme',
      'researchDistinction',
      'employer',
    ])
      assert.equal(changeable[id], 'no', id);
    for (const id of ['experience', 'postdocResearch', 'koreaExperience']) assert.equal(changeable[id], 'time', id);
    for (const id of ['salary', 'employerSize', 'jobOffer']) assert.equal(changeable[id], 'offer', id);
    assert.equal(changeable['evidence'], 'action');
    assert.match(question('jobOffer').needs?.en ?? '', /Needs a job offer from a company or institution in Korea/);
  });

  it('says what it does not check and where to look: E-7, D-10 and F-2-7, linked to the Korea Visa Portal and HiKorea', () => {
    const scope = defaultRubric.scope;
    assert.ok(scope, 'scope');
    for (const visa of ['E-7', 'D-10', 'F-2-7']) assert.ok(scope.text.en.includes(visa), visa);
    const urls = scope.links.map((link) => link.url ?? '');
    assert.ok(
      urls.some((url) => url.startsWith('https://www.visa.go.kr')),
      'Korea Visa Portal',
    );
    assert.ok(
      urls.some((url) => url.startsWith('https://www.hikorea.go.kr')),
      'HiKorea',
    );
  });

  it('checks E-7-T against the new GNI figure and says that the E-7 exception (KRW 49,955,000) is unverified', () => {
    const e7 = defaultRubric.pathways.find((pathway) => pathway.id === 'promisingTopTier');
    const separate = defaultRubric.parameters.find((parameter) => parameter.value === 49_955_000);
    if (separate) {
      assert.ok(JSON.stringify(e7?.when).includes(`"times":"${separate.id}"`), 'E-7-T uses its own parameter');
    } else {
      assert.ok(
        defaultRubric.assumptions?.some(
          (text) =>
            /E-7/.test(text.en) &&
            text.en.includes('52,416,000') &&
            text.en.includes('49,955,000') &&
            /not verify|unverified/.test(text.en),
        ),
      );
    }
  });

  it('asks "where have you worked for at least 3 years" as choose-all-that-apply, "None of these" alone and replacing the former "none"', () => {
    const employer = choice('employer');
    assert.equal(employer.type, 'multi');
    assert.match(employer.label.en, /Choose all that apply/);
    assert.deepEqual(
      employer.options.filter((option) => option.exclusive).map((option) => option.id),
      ['other'],
    );
    assert.deepEqual(employer.options.find((option) => option.id === 'other')?.replaces, ['none']);
  });

  it("asks about any master's or doctoral degree's university, and words the science criteria as the guideline does", () => {
    assert.match(question('institution').label.en, /one of your master's or doctoral degrees/);
    const distinction = choice('researchDistinction');
    const text = (id: string) => {
      const option = distinction.options.find((entry) => entry.id === id);
      return `${option?.label.en} ${option?.help?.en}`;
    };
    assert.match(text('pi'), /5 years/);
    assert.match(text('pi'), /assistant professor/);
    assert.match(text('pi'), /책임급/);
    assert.match(text('patents'), /[Tt]riadic or international-standard patents/);
    assert.match(text('patents'), /KRW 1 billion/);
    assert.match(text('citations'), /Highly Cited Researcher/);
    assert.match(text('citations'), /Science, Nature/);
    assert.match(text('prize'), /Nobel/);
    assert.match(text('prize'), /Fields/);
  });

  it('states each question maximum as the published split does', () => {
    assert.deepEqual(
      Object.fromEntries(
        defaultRubric.questions.filter((entry) => entry.category).map((entry) => [entry.id, entry.max]),
      ),
      {
        degree: 15,
        institution: 10,
        experience: 10,
        employer: 10,
        salary: 20,
        field: 10,
        evidence: 10,
        role: 15,
        employerSize: 10,
      },
    );
  });

  it("asks the university only after a master's or doctorate, the research years only after a doctorate, and the salary, firm, role and being in Korea only with an offer", () => {
    const when = question('institution').askedWhen;
    assert.ok(when && 'in' in when, 'institution.askedWhen');
    assert.equal(when.question, 'degree');
    assert.deepEqual([...when.in].sort(), ['doctorate', 'masters']);
    assert.deepEqual(question('postdocResearch').askedWhen, { question: 'degree', in: ['doctorate'] });
    for (const id of ['salary', 'employerSize', 'role', 'inKorea'])
      assert.deepEqual(question(id).askedWhen, { question: 'jobOffer', in: ['yes'] }, id);
    for (const entry of defaultRubric.questions)
      assert.equal((entry as { when?: unknown }).when, undefined, `${entry.id} uses the former name`);
  });

  it('counts experience and research years in years, accepting 0 to 60', () => {
    for (const id of ['experience', 'postdocResearch']) {
      assert.equal(number(id).unit, 'years', id);
      assert.equal(number(id).maximum, 60, id);
    }
  });

  it('explains the top-100 rankings and the world-class employers as the guideline defines them', () => {
    const rankings = question('institution').help?.en ?? '';
    for (const ranking of [
      'QS World University Rankings',
      'Engineering and Technology',
      'Times Higher Education',
      'Engineering',
      'U.S. News Best Global Universities',
      'last 5 years',
    ]) {
      assert.ok(rankings.includes(ranking), ranking);
    }
    const employer = choice('employer');
    const help = (id: string) => employer.options.find((option) => option.id === id)?.help?.en ?? '';
    for (const list of [
      'Forbes Global 2000 (top 500)',
      'TIME100 Most Influential Companies',
      'Fortune Global 500',
      'last 3 years',
    ])
      assert.ok(help('global500').includes(list), list);
    for (const kind of ['top-100 university', 'top-500 company', 'government-led research institute'])
      assert.ok(help('top-institute').includes(kind), kind);
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
    assert.deepEqual(
      salary.bands?.map((band) => band.atLeast),
      [1, 1.5, 2, 3, 4],
    );
    assert.match(
      salary.assumption?.en ?? '',
      /so are the 1×, 1\.5× and 2× bands; 3× and 4× follow the Top-tier guideline/,
    );
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
    assert.deepEqual(
      sources.map((source) => source?.url),
      [
        'https://www.hikorea.go.kr/board/BoardNtcDetailR.pt?BBS_GB_CD=BS10&BBS_SEQ=1&NTCCTT_SEQ=1935',
        'https://ecos.bok.or.kr/',
      ],
    );
    assert.match(sources[1]?.publisher.en ?? '', /Bank of Korea/);
    // The review date is the last day the figure applies: after it, the widget says so.
    assert.equal(defaultRubric.reviewDate, gni.validUntil);
  });

  it('has the nine pathways of rubric 2.1, the last three alternatives', () => {
    assert.deepEqual(
      defaultRubric.pathways.map((pathway) => [pathway.id, pathway.alternative === true]),
      [
        ['topTierStandard', false],
        ['topTierHighIncome', false],
        ['topTierKoreaExperience', false],
        ['scienceTrack', false],
        ['governmentScholar', false],
        ['qualitative', false],
        ['promisingTopTier', true],
        ['preliminaryTopTier', true],
        ['scholarBeforeOffer', true],
      ],
    );
  });

  it('gives every official route its status, official basis, sources and linked next steps; the reported ones no official basis', () => {
    const sourceIds = new Set(defaultRubric.sources.map((source) => source.id));
    const reported = new Set(['qualitative', 'governmentScholar', 'scholarBeforeOffer']);
    for (const pathway of defaultRubric.pathways) {
      assert.ok(pathway.sources?.length && pathway.sources.every((id) => sourceIds.has(id)), `${pathway.id}.sources`);
      assert.ok(pathway.next?.length, `${pathway.id}.next`);
      assert.ok(
        pathway.next?.some((step) => /^https:\/\//.test(step.url ?? '')),
        `${pathway.id}: no linked next step`,
      );
      if (reported.has(pathway.id)) {
        assert.equal(pathway.basis, undefined, `${pathway.id}: reported, not official`);
        assert.match(pathway.status?.en ?? '', /press report/, `${pathway.id}.status`);
        assert.match(pathway.assumption?.en ?? '', /press report of 2 July 2026/, `${pathway.id}.assumption`);
      } else {
        assert.match(pathway.status?.en ?? '', /\((F-2-T|E-7-T|D-10-T)\)$/, `${pathway.id}.status`);
        assert.match(pathway.basis?.en ?? '', /Top-tier guideline/, `${pathway.id}.basis`);
      }
    }
    assert.equal(
      defaultRubric.pathways.find((pathway) => pathway.id === 'governmentScholar')?.status?.en,
      'K-Tech Pass benefits (press report); the visa route is not published',
    );
    const next = (id: string) => defaultRubric.pathways.find((pathway) => pathway.id === id)?.next ?? [];
    for (const id of [
      'topTierStandard',
      'topTierHighIncome',
      'topTierKoreaExperience',
      'qualitative',
      'governmentScholar',
      'promisingTopTier',
    ]) {
      assert.ok(
        next(id).some((step) => step.url === 'https://www.kotra.or.kr/gtc_kor'),
        `${id}: KOTRA Global Talent Center`,
      );
    }
    // In Korea: change of status on HiKorea; abroad: the visa portal, each shown only when it applies.
    for (const id of [
      'topTierStandard',
      'topTierHighIncome',
      'topTierKoreaExperience',
      'scienceTrack',
      'promisingTopTier',
    ]) {
      const inKorea = next(id).find((step) => step.url === 'https://www.hikorea.go.kr');
      const abroad = next(id).find((step) => step.url === 'https://www.visa.go.kr');
      assert.deepEqual(inKorea?.when, { question: 'inKorea', in: ['yes'] }, `${id}: HiKorea step`);
      assert.deepEqual(abroad?.when, { question: 'inKorea', in: ['no'] }, `${id}: visa portal step`);
      assert.match(inKorea?.text.en ?? '', /change your status/, id);
      assert.ok(
        next(id).some(
          (step) =>
            /employment contract/.test(step.text.en) &&
            /criminal-record/.test(step.text.en) &&
            /apostille/.test(step.text.en),
        ),
        `${id}: documents`,
      );
    }
    assert.match(next('scienceTrack')[0]?.text.en ?? '', /Ministry of Science and ICT/);
    assert.match(next('preliminaryTopTier')[0]?.text.en ?? '', /embassy or consulate/);
    assert.ok(
      next('preliminaryTopTier').some((step) => /up to 3 years/.test(step.text.en)),
      'D-10-T: at most 3 years',
    );
  });

  it('lets the job-seeking tier (D-10-T) lead the result only without an offer', () => {
    const preliminary = defaultRubric.pathways.find((pathway) => pathway.id === 'preliminaryTopTier');
    assert.deepEqual(preliminary?.leadsWhen, { question: 'jobOffer', in: ['not-yet'] });
    for (const pathway of defaultRubric.pathways)
      if (pathway.leadsWhen) assert.equal(pathway.alternative, true, pathway.id);
  });

  it('names the visa and the ministries as the manuals do', () => {
    const all = JSON.stringify(bilingualRubric);
    assert.ok(all.includes('Top-tier residence (F-2-T)'), 'Top-tier residence (F-2-T)');
    // Visa codes with plain hyphens, so that a copied "F-2-T" finds the visa in a search engine.
    assert.ok(!all.includes('\u2011'), 'a non-breaking hyphen in a visa code');
    assert.ok(all.includes('산업통상부'), 'the industry ministry in Korean');
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
      // A portal cited as the place to do something (its front page) has no date; a document does.
      if (!/^https:\/\/[^/]+\/?$/.test(source.url ?? '')) assert.match(source.date ?? '', /^\d{4}-\d\d/, source.id);
    }
    const urls = defaultRubric.sources.map((source) => source.url ?? '');
    assert.ok(urls.some((url) => url.startsWith('https://www.hikorea.go.kr/')));
    assert.ok(urls.includes('https://www.kotra.or.kr/gtc_kor'));
  });

  it('backs every number by a listed source or an assumption the applicant can read', () => {
    assert.ok(defaultRubric.passMark.assumption, 'passMark');
    // Item points: assumed in the 65 + 35 base categories; the SME bonus of 10 is published.
    for (const entry of defaultRubric.questions) {
      if (entry.category === 'quantitative' || entry.category === 'qualitative')
        assert.ok(entry.assumption, `${entry.id}: points without an assumption`);
      else if (entry.category)
        assert.ok(entry.assumption || entry.sources?.length, `${entry.id}: points neither sourced nor assumed`);
    }
    // Thresholds in pathways (years, multiples of GNI, the pass mark): each pathway cites its sources.
    for (const pathway of defaultRubric.pathways) assert.ok(pathway.sources?.length, pathway.id);
    // Questions that only decide pathways cite where their wording comes from.
    for (const entry of defaultRubric.questions)
      if (!entry.category) assert.ok(entry.sources?.length, `${entry.id}: no source`);
    for (const parameter of defaultRubric.parameters) assert.ok(parameter.sources.length, parameter.id);
    assert.ok(defaultRubric.benefitSources?.length, 'benefits');
    // The qualitative track rests on the assumed pass mark and says so.
    assert.ok(defaultRubric.pathways.find((pathway) => pathway.id === 'qualitative')?.assumption);
  });

  it('lists the benefits as the manuals state them: no Korean test for F-2-T, KIIP 3 or TOPIK 3 for F-5-T, the tax reduction with its conditions, arrival support', () => {
    const benefits = defaultRubric.benefits.map((benefit) => benefit.en).join('\n');
    for (const phrase of [
      'about two weeks',
      'spouse may work',
      'No Korean-language test for F-2-T',
      'Permanent residence (F-5-T) after 3 years',
      'KIIP',
      'TOPIK level 3',
      'parents',
      'domestic helper',
      'priority card',
      '50% reduction of earned-income tax for 10 years',
      '조세특례제한법 §18',
      'foreign schools outside the quota',
      'Jeonse loan',
      'arrival support',
    ]) {
      assert.ok(benefits.includes(phrase), phrase);
    }
    assert.ok(!/extended family|housing loans at domestic rates/i.test(benefits), 'misstated benefits of v1');
    assert.ok(!/dropped|pick-up/i.test(benefits), 'the TOPIK line "dropped July 2026" and "airport pick-up" are wrong');
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
      ...defaultRubric.sources.flatMap(
        (source) =>
          [
            [`sources.${source.id}.title`, source.title],
            [`sources.${source.id}.publisher`, source.publisher],
          ] as Array<[string, LocalizedText]>,
      ),
      ...defaultRubric.parameters.flatMap(
        (parameter) =>
          [
            [`parameters.${parameter.id}.label`, parameter.label],
            [`parameters.${parameter.id}.note`, parameter.note],
          ] as Array<[string, LocalizedText | undefined]>,
      ),
      ...defaultRubric.categories.map(
        (category) => [`categories.${category.id}.label`, category.label] as [string, LocalizedText],
      ),
      ...defaultRubric.steps.map((step) => [`steps.${step.id}.label`, step.label] as [string, LocalizedText]),
      ...defaultRubric.questions.flatMap(
        (entry) =>
          [
            [`${entry.id}.label`, entry.label],
            ...(entry.help ? [[`${entry.id}.help`, entry.help]] : []),
            ...(entry.assumption ? [[`${entry.id}.assumption`, entry.assumption]] : []),
            ...(entry.type !== 'number'
              ? entry.options.flatMap((option) => [
                  [`${entry.id}.${option.id}.label`, option.label],
                  ...(option.help ? [[`${entry.id}.${option.id}.help`, option.help]] : []),
                ])
              : []),
          ] as Array<[string, LocalizedText]>,
      ),
      ...defaultRubric.pathways.flatMap(
        (pathway) =>
          [
            [`pathways.${pathway.id}.label`, pathway.label],
            [`pathways.${pathway.id}.description`, pathway.description],
            [`pathways.${pathway.id}.status`, pathway.status],
            ...(pathway.basis ? [[`pathways.${pathway.id}.basis`, pathway.basis]] : []),
            ...(pathway.next ?? []).map((step, index) => [`pathways.${pathway.id}.next.${index}`, step.text]),
          ] as Array<[string, LocalizedText | undefined]>,
      ),
      ...(defaultRubric.scope
        ? [
            ['scope.text', defaultRubric.scope.text] as [string, LocalizedText],
            ...defaultRubric.scope.links.map(
              (link, index) => [`scope.links.${index}`, link.text] as [string, LocalizedText],
            ),
          ]
        : []),
      ...defaultRubric.benefits.map((benefit, index) => [`benefits.${index}`, benefit] as [string, LocalizedText]),
      ...(defaultRubric.assumptions ?? []).map(
        (text, index) => [`assumptions.${index}`, text] as [string, LocalizedText],
      ),
    ];
    assert.ok(texts.length > 150, `only ${texts.length} texts found`);
    const notKorean: string[] = [];
    for (const [path, text] of texts) {
      assert.ok(text, `${path} is missing`);
      assert.match(text.en, /\S/, `${path}.en`);
      if (!/[\uAC00-\uD7A3]/.test(text['ko'] ?? '')) notKorean.push(path);
    }
    assert.deepEqual(notKorean, [], 'texts without Korean');
  });
});
