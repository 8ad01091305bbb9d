// The data contract: rubrics are data, so the code knows question types, never
// the default rubric's ids, and the rules a form needs (which answers fit,
// which questions a step asks, what a host attribute answers, whether the
// figures may be out of date) live in the engine, where Node users of
// `ktech-pass-assessment/rubric` get them too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  assess,
  defaultRubric,
  fitAnswers,
  localDate,
  parseRubric,
  presetAnswers,
  questionsAsked,
  scoresOf,
} from '../../src/rubric/index.js';
import { CHANGEABILITY } from '../../src/rubric/advice.js';
import { changedRubric, smeApplicant, STEP, topTierApplicant } from './fixtures.js';

const srcDir = new URL('../../src/', import.meta.url).pathname;
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

describe('no id of the default rubric in the code', () => {
  const ids = new Set<string>([
    ...defaultRubric.questions.flatMap((question) => [
      question.id,
      ...(question.type !== 'number' ? question.options.map((option) => option.id) : []),
    ]),
    ...defaultRubric.categories.map((category) => category.id),
    ...defaultRubric.pathways.map((pathway) => pathway.id),
  ]);

  it('has many ids to look for (the scan is not empty)', () => {
    assert.ok(ids.size > 50, `${ids.size} ids`);
    assert.ok(sourceFiles(srcDir).length > 15);
  });

  // The element's own property employerSize (attribute employer-size) is its
  // public API; the React wrapper lists it among the props it passes on. It
  // is the same word as the built-in question id, and depends on it no more
  // (the rubric's hostAttribute maps the attribute to a question).
  const elementProperties: Record<string, string[]> = { 'react/index.ts': ['employerSize'] };
  // The rubric format's own words (how a condition can change) are keywords of
  // the format, like "choice" or "passMark", even where an option id is the
  // same word ("no").
  const formatWords: readonly string[] = CHANGEABILITY;
  // Intl.PluralRules' categories ("one", "other") are the platform's words,
  // even where an option id is the same word ("other").
  const platformWords: Record<string, string[]> = { 'components/i18n/localize.ts': ['other'] };

  for (const file of sourceFiles(srcDir)) {
    const name = file.slice(srcDir.length);
    it(`src/${name} quotes no question, option, category or pathway id, in code or in comments`, () => {
      const text = readFileSync(file, 'utf8');
      // A string literal or a backticked name: 'sme', "employerSize", `legacy`.
      const quoted = [...text.matchAll(/(['"`])([a-zA-Z][\w-]*)\1/g)]
        .map((match) => match[2] as string)
        .filter(
          (word) =>
            ids.has(word) &&
            !formatWords.includes(word) &&
            !elementProperties[name]?.includes(word) &&
            !platformWords[name]?.includes(word),
        );
      assert.deepEqual([...new Set(quoted)], []);
    });
  }

  it('the check finds an id when one is there (control)', () => {
    const text = "const EMPLOYER_SIZE_QUESTION = 'employerSize';";
    assert.ok([...text.matchAll(/(['"`])([a-zA-Z][\w-]*)\1/g)].some((match) => ids.has(match[2] as string)));
  });
});

describe('fitAnswers: which answers fit this rubric', () => {
  it('keeps the answers that fit and reports each one that does not, by question id', () => {
    const { valid, issues } = fitAnswers(defaultRubric, {
      degree: 'doctorate',
      employer: 'nasa',
      experience: -1,
      favouriteColour: 'blue',
      field: 'ai',
      salary: undefined,
    });
    assert.deepEqual(valid, { degree: 'doctorate', field: 'ai' });
    assert.deepEqual(issues.map((issue) => issue.path).sort(), ['employer', 'experience', 'favouriteColour']);
  });

  it('keeps every answer of a complete, valid set, and reports nothing', () => {
    assert.deepEqual(fitAnswers(defaultRubric, topTierApplicant), { valid: topTierApplicant, issues: [] });
  });

  it('keeps nothing from answers that are not an object', () => {
    for (const answers of [null, 'degree=masters', ['degree']]) {
      const { valid, issues } = fitAnswers(defaultRubric, answers as never);
      assert.deepEqual(valid, {});
      assert.match(issues[0]?.message ?? '', /answers must be an object/);
    }
  });

  it('sets aside answers a v1 rubric accepted and v2 does not (the old field ids)', () => {
    const { valid, issues } = fitAnswers(defaultRubric, { ...smeApplicant, field: 'semiconductors-displays' });
    assert.equal(valid['field'], undefined);
    assert.match(issues[0]?.message ?? '', /"semiconductors-displays" is not an option/);
  });
});

describe('questionsAsked: which questions a step asks', () => {
  const ids = (step: number, answers: Parameters<typeof questionsAsked>[2], skip?: Record<string, unknown>) =>
    questionsAsked(defaultRubric, step, answers, skip).map((question) => question.id);

  /** The questions every step asks with these answers, in step order. */
  const everyStep = (answers: Parameters<typeof questionsAsked>[2], skip?: Record<string, unknown>) =>
    defaultRubric.steps.flatMap((_, step) => ids(step, answers, skip));

  it("asks the university after a master's or doctorate and the research years after a doctorate, in step order", () => {
    const education = (answers: Parameters<typeof questionsAsked>[2]) =>
      everyStep(answers).filter((id) => ['degree', 'institution', 'postdocResearch'].includes(id));
    assert.deepEqual(education({}), ['degree']);
    assert.deepEqual(education({ degree: 'bachelors' }), ['degree']);
    assert.deepEqual(education({ degree: 'masters' }), ['degree', 'institution']);
    assert.deepEqual(education({ degree: 'doctorate' }), ['degree', 'institution', 'postdocResearch']);
  });

  it('asks about the offer (being in Korea, salary, firm, role) only with one, and always in step order', () => {
    const offer = ['inKorea', 'salary', 'employerSize', 'role'];
    const without = everyStep({ jobOffer: 'not-yet' });
    const withOffer = everyStep({ jobOffer: 'yes' });
    assert.deepEqual(
      without.filter((id) => offer.includes(id)),
      [],
    );
    assert.deepEqual([...withOffer].sort(), [...without, ...offer].sort());
    const order = defaultRubric.steps.flatMap((step) => step.questions);
    assert.deepEqual(
      withOffer,
      order.filter((id) => withOffer.includes(id)),
    );
    assert.deepEqual(ids(STEP('situation'), {}), ['jobOffer', 'governmentProgramme']);
  });

  it('leaves out the questions a host page answered', () => {
    const asked = everyStep({ jobOffer: 'yes' }, { employerSize: 'sme' });
    assert.ok(!asked.includes('employerSize'));
    assert.ok(asked.includes('salary'));
  });

  it('asks nothing for a step that does not exist', () => {
    assert.deepEqual(ids(99, {}), []);
  });
});

describe('presetAnswers: what a host attribute answers is declared in the rubric', () => {
  it('employer-size answers the question that declares it, with an option id', () => {
    assert.deepEqual(presetAnswers(defaultRubric, { 'employer-size': 'sme' }), {
      answers: { employerSize: 'sme' },
      issues: [],
    });
    assert.deepEqual(presetAnswers(defaultRubric, { 'employer-size': 'large' }).answers, { employerSize: 'large' });
  });

  it('an empty or missing value answers nothing and is no problem', () => {
    assert.deepEqual(presetAnswers(defaultRubric, { 'employer-size': '' }), { answers: {}, issues: [] });
    assert.deepEqual(presetAnswers(defaultRubric, { 'employer-size': undefined }), { answers: {}, issues: [] });
  });

  it('a value that is not an option is reported with the options there are', () => {
    assert.deepEqual(presetAnswers(defaultRubric, { 'employer-size': 'medium' }), {
      answers: {},
      issues: [{ path: 'employer-size', message: '"medium" is not one of sme, large' }],
    });
  });

  it('follows the rubric: a host rubric may let the attribute answer another question with other options', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        const size = draft.questions.find((question: { id: string }) => question.id === 'employerSize');
        delete size.hostAttribute;
        size.id = 'firmSize';
        size.hostAttribute = 'employer-size';
        size.options[0].id = 'small';
        const step = draft.steps.find((entry: { questions: string[] }) => entry.questions.includes('employerSize'));
        step.questions[step.questions.indexOf('employerSize')] = 'firmSize';
      }),
    );
    assert.deepEqual(presetAnswers(rubric, { 'employer-size': 'small' }).answers, { firmSize: 'small' });
    assert.match(
      presetAnswers(rubric, { 'employer-size': 'sme' }).issues[0]?.message ?? '',
      /"sme" is not one of small, large/,
    );
  });

  it('a rubric that declares no question for the attribute reports the attribute by name, not a wrong option', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        for (const question of draft.questions) delete question.hostAttribute;
      }),
    );
    assert.deepEqual(presetAnswers(rubric, { 'employer-size': 'sme' }), {
      answers: {},
      issues: [
        { path: 'employer-size', message: 'rubric ktech-pass-2026-09 has no question that employer-size answers' },
      ],
    });
  });
});

describe('the review date: figures that may be out of date, on the applicant own clock', () => {
  it('is not out of date on the review date itself, and is from the next day on', () => {
    assert.equal(assess(defaultRubric, {}, new Date(2027, 2, 31, 23, 59)).outdated, false);
    assert.equal(assess(defaultRubric, {}, new Date(2027, 3, 1, 0, 0)).outdated, true);
    assert.equal(assess(defaultRubric, {}, new Date(2026, 10, 25)).outdated, false);
    assert.equal(assess(defaultRubric, {}).reviewDate, '2027-03-31');
  });

  it('reads the local calendar day, not UTC', () => {
    assert.equal(localDate(new Date(2027, 3, 1, 0, 30)), '2027-04-01');
    assert.equal(localDate(new Date(2026, 0, 9)), '2026-01-09');
  });

  it('defaults to today on the local clock', () => {
    const today = localDate(new Date());
    assert.equal(assess(defaultRubric, {}).outdated, today > '2027-03-31');
  });

  it('a rubric without a review date is never out of date and reports no review date', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        delete draft.reviewDate;
      }),
    );
    const result = assess(rubric, {}, new Date(2100, 0, 1));
    assert.equal(result.outdated, false);
    assert.equal('reviewDate' in result, false);
  });
});

describe('scoresOf: the scores a pathway may rest on', () => {
  it('are the total and every category once every scored question asked has an answer', () => {
    assert.deepEqual(scoresOf(assess(defaultRubric, smeApplicant)), {
      quantitative: 30,
      qualitative: 26,
      bonus: 10,
      total: 66,
    });
  });

  it('are not there while a scored question is unanswered, but do not wait for questions that score nothing', () => {
    const { salary: _salary, ...withoutSalary } = smeApplicant;
    assert.equal(scoresOf(assess(defaultRubric, withoutSalary)), undefined);
    const { governmentProgramme: _programme, koreaExperience: _korea, ...withoutPathwayQuestions } = smeApplicant;
    assert.equal(scoresOf(assess(defaultRubric, withoutPathwayQuestions))?.['total'], 66);
  });
});
