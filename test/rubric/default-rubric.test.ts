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

  it('is the qualitative-track rubric of 2 July 2026: id ktech-pass-2026-07, 100 points, pass mark 60', () => {
    assert.equal(defaultRubric.id, 'ktech-pass-2026-07');
    assert.equal(defaultRubric.effectiveDate, '2026-07-02');
    assert.match(defaultRubric.version, /\S/);
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

  it('asks the questions of issue 4, with their public ids, types and categories', () => {
    assert.deepEqual(
      defaultRubric.questions.map(({ id, type, category }) => ({ id, type, category })),
      [
        { id: 'degree', type: 'choice', category: 'quantitative' },
        { id: 'institution', type: 'choice', category: 'quantitative' },
        { id: 'experience', type: 'number', category: 'quantitative' },
        { id: 'employer', type: 'choice', category: 'quantitative' },
        { id: 'salary', type: 'number', category: 'quantitative' },
        { id: 'field', type: 'choice', category: 'qualitative' },
        { id: 'evidence', type: 'choice', category: 'qualitative' },
        { id: 'role', type: 'choice', category: 'qualitative' },
        { id: 'employerSize', type: 'choice', category: 'bonus' },
        { id: 'governmentProgramme', type: 'choice', category: undefined },
      ],
    );
  });

  it('offers the answer options of issue 4, with their public ids', () => {
    const options = (id: string) => choice(id).options.map((option) => option.id);
    assert.deepEqual(options('degree'), ['doctorate', 'masters', 'bachelors', 'none']);
    assert.deepEqual(options('institution'), ['top100', 'top500', 'other']);
    assert.deepEqual(options('employer'), ['global500', 'top-institute', 'large', 'other', 'none']);
    assert.deepEqual(options('field'), [
      'semiconductors-displays',
      'secondary-batteries',
      'advanced-mobility',
      'next-gen-nuclear',
      'advanced-biotech',
      'aerospace-marine',
      'hydrogen',
      'cybersecurity',
      'ai',
      'next-gen-communications',
      'advanced-robotics-manufacturing',
      'quantum',
      'other-tech',
      'non-tech',
    ]);
    assert.deepEqual(options('evidence'), ['leading', 'solid', 'emerging', 'none']);
    assert.deepEqual(options('role'), ['core-lead', 'core-rnd', 'support', 'no-offer']);
    assert.deepEqual(options('employerSize'), ['sme', 'large']);
    assert.deepEqual(options('governmentProgramme'), ['mohw', 'kasa', 'none']);
  });

  it('states each question maximum as in issue 4', () => {
    assert.deepEqual(
      Object.fromEntries(defaultRubric.questions.filter((entry) => entry.category).map((entry) => [entry.id, entry.max])),
      { degree: 15, institution: 10, experience: 10, employer: 10, salary: 20, field: 10, evidence: 10, role: 15, employerSize: 10 },
    );
  });

  it('asks the university only when the degree is a bachelor, master or doctorate', () => {
    const when = question('institution').when;
    assert.ok(when && 'in' in when);
    assert.equal(when.question, 'degree');
    assert.deepEqual([...when.in].sort(), ['bachelors', 'doctorate', 'masters']);
  });

  it('counts experience in years, accepting up to 60', () => {
    const experience = number('experience');
    assert.equal(experience.unit, 'years');
    assert.equal(experience.maximum, 60);
  });

  it('scores salary in KRW as multiples of the GNI per capita parameter', () => {
    const salary = number('salary');
    assert.equal(salary.unit, 'KRW');
    assert.equal(salary.scale, 'gni');
    assert.deepEqual(salary.bands.map((band) => band.atLeast), [1, 1.5, 2, 3, 4]);
  });

  it('keeps GNI per capita as a dated, sourced parameter: KRW 49,955,000 for 2024 (Bank of Korea)', () => {
    const gni = defaultRubric.parameters.find((parameter) => parameter.id === 'gni');
    assert.ok(gni);
    assert.equal(gni.value, GNI);
    assert.equal(gni.unit, 'KRW');
    assert.equal(gni.year, 2024);
    const source = defaultRubric.sources.find((entry) => entry.id === gni.source);
    assert.ok(source, `unknown source ${gni.source}`);
    assert.match(source.publisher.en, /Bank of Korea/);
  });

  it('has the pathways legacy, qualitative and governmentScholar', () => {
    assert.deepEqual(defaultRubric.pathways.map((pathway) => pathway.id), ['legacy', 'qualitative', 'governmentScholar']);
  });

  it('cites its sources with a title, a publisher and a date', () => {
    assert.ok(defaultRubric.sources.length >= 3);
    for (const source of defaultRubric.sources) {
      assert.match(source.title.en, /\S/, source.id);
      assert.match(source.publisher.en, /\S/, source.id);
      assert.match(source.date ?? '', /^\d{4}-\d\d/, source.id);
    }
  });

  it('marks the numbers that are not public as assumptions: the pass mark and every quantitative and qualitative item', () => {
    assert.ok(defaultRubric.passMark.assumption, 'passMark');
    for (const entry of defaultRubric.questions) {
      if (entry.category === 'quantitative' || entry.category === 'qualitative') assert.ok(entry.assumption, entry.id);
    }
  });

  it('lists the F-2-T benefits', () => {
    assert.ok(defaultRubric.benefits.length >= 7);
    assert.ok(defaultRubric.benefits.some((benefit) => /income-tax/.test(benefit.en)));
    assert.ok(defaultRubric.benefits.some((benefit) => /[Pp]ermanent residency/.test(benefit.en)));
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
      ] as Array<[string, LocalizedText]>),
      ...defaultRubric.benefits.map((benefit, index) => [`benefits.${index}`, benefit] as [string, LocalizedText]),
      ...(defaultRubric.assumptions ?? []).map((text, index) => [`assumptions.${index}`, text] as [string, LocalizedText]),
    ];
    assert.ok(texts.length > 80, `only ${texts.length} texts found`);
    for (const [path, text] of texts) {
      assert.ok(text, `${path} is missing`);
      assert.match(text.en, /\S/, `${path}.en`);
      assert.match(text['ko'] ?? '', /[\uAC00-\uD7A3]/, `${path}.ko is not Korean`);
    }
  });
});
