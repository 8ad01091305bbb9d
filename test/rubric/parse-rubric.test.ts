import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultRubric, parseRubric, RubricError } from '../../src/rubric/index.js';
import { assertRubricProblems, changedKoreanRubric, changedRubric, P, Q, rubricIssues, STEP } from './fixtures.js';

// Each invalid rubric is the default rubric with one thing changed, so each
// test names exactly the problem that change introduces, and nothing else.

describe('parseRubric: a valid rubric', () => {
  it('accepts the default rubric round-tripped through JSON text, as a host would fetch it', () => {
    const fetched: unknown = JSON.parse(JSON.stringify(defaultRubric));
    assert.deepEqual(parseRubric(fetched), defaultRubric);
  });

  it('accepts a rubric that speaks only English without any Korean text', () => {
    const englishOnly = changedRubric((draft) => {
      draft.languages = ['en'];
      delete draft.title.ko;
      delete draft.questions[Q('degree')].options[0].label.ko;
    });
    assert.equal(parseRubric(englishOnly).languages.length, 1);
  });

  it('accepts a pass mark equal to the base maximum plus the bonus maximum (110)', () => {
    assert.equal(
      parseRubric(
        changedRubric((draft) => {
          draft.passMark.value = 110;
        }),
      ).passMark.value,
      110,
    );
  });
});

describe('parseRubric: the shape of the rubric', () => {
  for (const [label, json] of [
    ['null', null],
    ['undefined', undefined],
    ['an array', []],
    ['a string', 'ktech-pass-2026-07'],
    ['a number', 42],
  ] as const) {
    it(`rejects ${label} instead of an object`, () => {
      assertRubricProblems(json, [['', /expected an object/]]);
    });
  }

  it('rejects a missing id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        delete draft.id;
      }),
      [['id', /expected a string/]],
    );
  });

  it('rejects missing questions', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        delete draft.questions;
      }),
      [['questions', /expected an array/]],
    );
  });

  it('rejects a missing label on an option', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        delete draft.questions[Q('employer')].options[2].label;
      }),
      [[`questions.${Q('employer')}.options.2.label`, /expected an object/]],
    );
  });

  it('rejects a text without English, the fallback language', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        delete draft.disclaimer.en;
      }),
      [['disclaimer.en', /expected a string/]],
    );
  });

  it('rejects "fact" (a question the applicant cannot change) written as a string', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].fact = 'yes';
      }),
      [[`questions.${Q('degree')}.fact`, /expected a boolean/]],
    );
  });

  it('rejects a total written as a string', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.total = '100';
      }),
      [['total', /expected a number/]],
    );
  });

  it('rejects a total that is NaN', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.total = Number.NaN;
      }),
      [['total', /expected a number/]],
    );
  });

  it('rejects a band threshold that is infinite', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('experience')].bands[4].atLeast = Number.POSITIVE_INFINITY;
      }),
      [[`questions.${Q('experience')}.bands.4.atLeast`, /number/]],
    );
  });

  it('rejects parameters written as an object instead of a list', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters = { gni: draft.parameters[0] };
      }),
      [['parameters', /expected an array/]],
    );
  });

  it('rejects a question id that is not an id (capital letter)', () => {
    // "evidence" is named by its step only; renaming it there too isolates the id rule.
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('evidence')].id = 'Evidence';
        const step = draft.steps.find((entry: { questions: string[] }) => entry.questions.includes('evidence'));
        step.questions[step.questions.indexOf('evidence')] = 'Evidence';
      }),
      [[`questions.${Q('evidence')}.id`, /must be an id/]],
    );
  });

  it('rejects an option id with a space', () => {
    // No condition names evidence's options, so only the id rule is broken.
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('evidence')].options[3].id = 'no evidence';
      }),
      [[`questions.${Q('evidence')}.options.3.id`, /must be an id/]],
    );
  });

  it('rejects an effective date not written YYYY-MM-DD', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.effectiveDate = '2 July 2026';
      }),
      [['effectiveDate', /date/]],
    );
  });

  it('rejects an effective date that is not a real calendar date', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.effectiveDate = '2026-13-45';
      }),
      [['effectiveDate', /date/]],
    );
  });

  it('rejects a question type other than choice or number', () => {
    const issues = rubricIssues(
      changedRubric((draft) => {
        draft.questions[Q('degree')].type = 'text';
      }),
    );
    assert.ok(
      issues.some(
        (issue) => issue.path === `questions.${Q('degree')}.type` && /"choice".*"number"/.test(issue.message),
      ),
      JSON.stringify(issues),
    );
  });

  it('rejects an unknown field at the top level', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.passmark = 60;
      }),
      [['', /unknown field "passmark"/]],
    );
  });

  it('rejects an unknown field in a question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].points = 15;
      }),
      [[`questions.${Q('degree')}`, /unknown field "points"/]],
    );
  });

  it('rejects an unknown field in an option', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].options[0].score = 15;
      }),
      [[`questions.${Q('degree')}.options.0`, /unknown field "score"/]],
    );
  });

  it('rejects an unknown field in a condition', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('topTierStandard')].when.not = true;
      }),
      [[`pathways.${P('topTierStandard')}.when`, /unknown field "not"/]],
    );
  });

  it('rejects a choice question with a single option', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('employerSize')].options.pop();
        draft.questions[Q('employerSize')].max = 10;
      }),
      [[`questions.${Q('employerSize')}.options`, /at least 2/]],
    );
  });

  it('rejects an empty list of languages', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.languages = [];
      }),
      [
        ['languages', /at least 1/],
        ['languages', /must include "en"/],
      ],
    );
  });

  it('rejects a step with no questions', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.steps.push({ id: 'empty', label: { en: 'Empty' }, questions: [] });
      }),
      [[`steps.${defaultRubric.steps.length}.questions`, /at least 1/]],
    );
  });

  it('rejects negative points on an option', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].options[3].points = -5;
      }),
      [[`questions.${Q('degree')}.options.3.points`, /at least 0/]],
    );
  });

  it('rejects a negative pass mark', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.passMark.value = -1;
      }),
      [['passMark.value', /at least 0/]],
    );
  });

  it('rejects a largest accepted answer of 0, saying it must be more than 0', () => {
    const [issue, ...rest] = rubricIssues(
      changedRubric((draft) => {
        draft.questions[Q('experience')].maximum = 0;
      }),
    );
    assert.deepEqual(rest, []);
    assert.equal(issue?.path, `questions.${Q('experience')}.maximum`);
    // "must be at least 0" would contradict the answer of 0 it rejects.
    assert.match(issue?.message ?? '', /(more|greater) than 0|positive/);
  });

  it('rejects a language that is not a language code, saying what a language code is', () => {
    const issues = rubricIssues(
      changedKoreanRubric((draft) => {
        draft.languages = ['english', 'ko'];
      }),
    );
    // Without "en" the fallback is missing too; that is the only other problem.
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['languages.0', 'languages'],
    );
    const issue = issues[0];
    // "english" is a lowercase letter then letters, so the id rule is not what it broke.
    assert.match(issue?.message ?? '', /language/);
  });

  it('lists every shape problem at once, each with its path', () => {
    const json = changedRubric((draft) => {
      draft.version = 1;
      draft.total = '100';
      delete draft.questions;
    });
    assertRubricProblems(json, [
      ['version', /expected a string/],
      ['total', /expected a number/],
      ['questions', /expected an array/],
    ]);
    assert.throws(
      () => parseRubric(json),
      (error: unknown) => {
        assert.ok(error instanceof RubricError);
        assert.equal(error.name, 'RubricError');
        assert.match(error.message, /^Invalid rubric:/);
        return true;
      },
    );
  });
});

describe('parseRubric: which fields go together', () => {
  it('rejects a choice question without options', () => {
    const issues = rubricIssues(
      changedRubric((draft) => {
        delete draft.questions[Q('governmentProgramme')].options;
      }),
    );
    assert.ok(
      issues.some(
        (issue) =>
          issue.path === `questions.${Q('governmentProgramme')}.options` && /needs options/.test(issue.message),
      ),
      JSON.stringify(issues),
    );
  });

  it('rejects a number question without bands', () => {
    const issues = rubricIssues(
      changedRubric((draft) => {
        delete draft.questions[Q('experience')].bands;
      }),
    );
    assert.ok(
      issues.some((issue) => issue.path === `questions.${Q('experience')}.bands` && /needs bands/.test(issue.message)),
      JSON.stringify(issues),
    );
  });

  it('rejects a number question without a unit', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        delete draft.questions[Q('experience')].unit;
      }),
      [[`questions.${Q('experience')}.unit`, /"years".*"KRW"/]],
    );
  });

  it('rejects a number question with an unknown unit', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('experience')].unit = 'months';
      }),
      [[`questions.${Q('experience')}.unit`, /"years".*"KRW"/]],
    );
  });

  it('rejects a condition that mixes forms ({question, in, atLeast})', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when.atLeast = 1;
      }),
      [[`pathways.${P('governmentScholar')}.when`, /must be one of/]],
    );
  });

  it('rejects a score condition whose threshold is neither a number nor "passMark"', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('qualitative')].when.all[2].atLeast = 'pass';
      }),
      [[`pathways.${P('qualitative')}.when.all.2.atLeast`, /passMark/]],
    );
  });

  it('rejects an empty condition', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when = {};
      }),
      [[`pathways.${P('governmentScholar')}.when`, /must be one of/]],
    );
  });

  it('rejects an "all" with no conditions', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when = { all: [] };
      }),
      [[`pathways.${P('governmentScholar')}.when.all`, /at least 1/]],
    );
  });

  it('rejects the pass mark as the threshold of a number question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('topTierStandard')].when.all[3].atLeast = 'passMark';
      }),
      [[`pathways.${P('topTierStandard')}.when.all.3.atLeast`, /must be a number/]],
    );
  });
});

describe('parseRubric: duplicate ids', () => {
  it('rejects two questions with the same id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions.push(structuredClone(draft.questions[Q('governmentProgramme')]));
      }),
      [['questions', /duplicate id "governmentProgramme"/]],
    );
  });

  it('rejects two options of one question with the same id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('governmentProgramme')].options.push(
          structuredClone(draft.questions[Q('governmentProgramme')].options[2]),
        );
      }),
      [[`questions.${Q('governmentProgramme')}.options`, /duplicate id "none"/]],
    );
  });

  it('rejects two categories with the same id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.categories.push(structuredClone(draft.categories[2]));
      }),
      [['categories', /duplicate id "bonus"/]],
    );
  });

  it('rejects two pathways with the same id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways.push(structuredClone(draft.pathways[P('governmentScholar')]));
      }),
      [['pathways', /duplicate id "governmentScholar"/]],
    );
  });

  it('rejects two steps with the same id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.steps[2].id = 'career';
      }),
      [['steps', /duplicate id "career"/]],
    );
  });

  it('rejects two sources with the same id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.sources.push(structuredClone(draft.sources[0]));
      }),
      [['sources', /duplicate id "top-tier-guideline"/]],
    );
  });

  it('rejects two parameters with the same id', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters.push(structuredClone(draft.parameters[0]));
      }),
      [['parameters', /duplicate id "gni"/]],
    );
  });
});

describe('parseRubric: references', () => {
  it('rejects a condition naming an unknown question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when.all[0].question = 'programme';
      }),
      [[`pathways.${P('governmentScholar')}.when.all.0.question`, /unknown question "programme"/]],
    );
  });

  it('rejects a condition naming an unknown option', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when.all[0].in = ['mohw', 'nasa'];
      }),
      [[`pathways.${P('governmentScholar')}.when.all.0.in`, /"governmentProgramme" has no option "nasa"/]],
    );
  });

  it('rejects a condition deep in the tree naming an unknown option, with the full path', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('topTierStandard')].when.all[2].any[1].all[2].includes = ['top-lab'];
      }),
      [[`pathways.${P('topTierStandard')}.when.all.2.any.1.all.2.includes`, /"employer" has no option "top-lab"/]],
    );
  });

  it('rejects a condition scaled by an unknown parameter', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('topTierStandard')].when.all[3].times = 'gdp';
      }),
      [[`pathways.${P('topTierStandard')}.when.all.3.times`, /unknown parameter "gdp"/]],
    );
  });

  it('rejects a number question scaled by an unknown parameter', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('salary')].scale = 'gdp';
      }),
      [[`questions.${Q('salary')}.scale`, /unknown parameter "gdp"/]],
    );
  });

  it('rejects a score condition naming neither "total" nor a category', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('qualitative')].when.all[2].score = 'quality';
      }),
      [[`pathways.${P('qualitative')}.when.all.2.score`, /unknown score "quality"/]],
    );
  });

  it('accepts a score condition naming a category', () => {
    assert.doesNotThrow(() =>
      parseRubric(
        changedRubric((draft) => {
          draft.pathways[P('qualitative')].when = { score: 'qualitative', atLeast: 30 };
        }),
      ),
    );
  });

  it('rejects a question in an unknown category (and the category it left no longer adds up)', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].category = 'education';
      }),
      [
        [`questions.${Q('degree')}.category`, /unknown category "education"/],
        ['categories.0.max', /states 65 but its questions add up to 50/],
      ],
    );
  });

  it('rejects a choice condition on a number question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when = { question: 'experience', in: ['ten'] };
      }),
      [[`pathways.${P('governmentScholar')}.when`, /"experience" is not a choice question/]],
    );
  });

  it('rejects a number condition on a choice question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when = { question: 'degree', atLeast: 1 };
      }),
      [[`pathways.${P('governmentScholar')}.when`, /"degree" is not a number question/]],
    );
  });

  it('accepts a question asked only when a question asked before it, itself asked only sometimes, has some answer (a chain)', () => {
    // A chain is followed in step order: the condition reads the answer only when that question is asked.
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.questions[Q('employer')].askedWhen = { question: 'institution', in: ['top100'] };
      }),
    );
    assert.deepEqual(rubric.questions[Q('employer')]?.askedWhen, { question: 'institution', in: ['top100'] });
  });

  it('rejects a question asked only when a score is reached', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('employer')].askedWhen = { score: 'total', atLeast: 10 };
      }),
      [[`questions.${Q('employer')}.askedWhen`, /cannot depend on a score/]],
    );
  });

  it('rejects a parameter citing an unknown source', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters[0].sources = ['imf'];
      }),
      [['parameters.0.sources.0', /unknown source "imf"/]],
    );
  });

  it('rejects a parameter year that is not a whole year', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters[0].year = 2024.5;
      }),
      [['parameters.0.year', /whole year/]],
    );
  });
});

describe('parseRubric: arithmetic', () => {
  it("rejects a category whose stated maximum is not the sum of its questions' maxima", () => {
    // total follows the category so that only the category is wrong.
    assertRubricProblems(
      changedRubric((draft) => {
        draft.categories[1].max = 30;
        draft.total = 95;
      }),
      [['categories.1.max', /states 30 but its questions add up to 35/]],
    );
  });

  it('rejects a category that no longer adds up after an option changes points', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('evidence')].options[0].points = 12;
        draft.questions[Q('evidence')].max = 12;
      }),
      [['categories.1.max', /states 35 but its questions add up to 37/]],
    );
  });

  it("rejects a question's stated max that is not its best answer's points", () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('degree')].max = 20;
      }),
      [[`questions.${Q('degree')}.max`, /states 20 but its best answer gives 15/]],
    );
  });

  it("rejects a number question's stated max that is not its top band's points", () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('salary')].max = 16;
      }),
      [[`questions.${Q('salary')}.max`, /states 16 but its best answer gives 20/]],
    );
  });

  it('rejects a base maximum other than the sum of the non-bonus categories', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.total = 90;
      }),
      [['total', /states 90 but the non-bonus categories add up to 100/]],
    );
  });

  it('rejects a question that gives points but counts toward no category', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('governmentProgramme')].options[0].points = 5;
      }),
      [[`questions.${Q('governmentProgramme')}`, /"governmentProgramme" gives points but has no category/]],
    );
  });

  it('rejects a pass mark that can never be reached (111 of at most 100 + 10)', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.passMark.value = 111;
      }),
      [['passMark.value', /111 can never be reached \(maximum 110\)/]],
    );
  });
});

describe('parseRubric: bands', () => {
  it('rejects bands out of order', () => {
    // Swapping 3 years (4 points) and 5 years (6 points) also makes points fall.
    assertRubricProblems(
      changedRubric((draft) => {
        const bands = draft.questions[Q('experience')].bands;
        [bands[1], bands[2]] = [bands[2], bands[1]];
      }),
      [
        [`questions.${Q('experience')}.bands.2`, /ascending order/],
        [`questions.${Q('experience')}.bands.2`, /fewer points/],
      ],
    );
  });

  it('rejects overlapping bands (two bands at the same threshold)', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('experience')].bands[2].atLeast = 3;
      }),
      [[`questions.${Q('experience')}.bands.2`, /without overlap/]],
    );
  });

  it('rejects a higher band that gives fewer points', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('experience')].bands[1].points = 1;
      }),
      [[`questions.${Q('experience')}.bands.1`, /fewer points/]],
    );
  });

  it('rejects a negative band threshold', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('experience')].bands[0].atLeast = -1;
      }),
      [[`questions.${Q('experience')}.bands.0.atLeast`, /at least 0/]],
    );
  });
});

describe('parseRubric: steps', () => {
  it('rejects a question that is in no step', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.steps[STEP('situation')].questions = ['jobOffer', 'inKorea'];
      }),
      [['steps', /"governmentProgramme" is in no step/]],
    );
  });

  it('rejects a question that is in two steps', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.steps[2].questions.push('degree');
      }),
      [['steps', /"degree" is in more than one step/]],
    );
  });

  it('rejects a step naming an unknown question', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.steps[2].questions.push('visa');
      }),
      [['steps.2.questions', /unknown question "visa"/]],
    );
  });
});

describe('parseRubric: languages', () => {
  it('rejects a text without Korean when the rubric speaks Korean', () => {
    assertRubricProblems(
      changedKoreanRubric((draft) => {
        delete draft.questions[Q('employer')].options[1].label.ko;
      }),
      [[`questions.${Q('employer')}.options.1.label`, /has no "ko" text/]],
    );
  });

  it('rejects an empty Korean text', () => {
    assertRubricProblems(
      changedKoreanRubric((draft) => {
        draft.pathways[P('qualitative')].description.ko = '';
      }),
      [[`pathways.${P('qualitative')}.description`, /has no "ko" text/]],
    );
  });

  it('rejects a missing Korean benefit', () => {
    assertRubricProblems(
      changedKoreanRubric((draft) => {
        delete draft.benefits[4].ko;
      }),
      [['benefits.4', /has no "ko" text/]],
    );
  });

  it('accepts BCP 47 codes with a script and a region (zh-Hans, pt-BR, zh-Hans-CN, es-419), with texts keyed by them', () => {
    for (const code of ['zh-Hans', 'pt-BR', 'zh-Hans-CN', 'es-419', 'yue']) {
      const rubric = parseRubric(
        changedRubric((draft) => {
          draft.languages = ['en', code];
          const translate = (node: unknown): void => {
            if (typeof node !== 'object' || node === null) return;
            const text = node as Record<string, unknown>;
            if (typeof text['en'] === 'string') text[code] = `${text['en']} (${code})`;
            else Object.values(text).forEach(translate);
          };
          translate(draft);
        }),
      );
      assert.deepEqual(rubric.languages, ['en', code]);
      assert.equal(rubric.title[code], `${rubric.title.en} (${code})`);
    }
  });

  it('rejects codes the widget would never look up: wrong case, underscores, other subtags', () => {
    for (const code of ['zh-hans', 'ZH', 'pt-br', 'zh_Hans', 'zh-Hans-', 'en-GB-oxendict', 'x-klingon']) {
      const issues = rubricIssues(
        changedRubric((draft) => {
          draft.languages = ['en', code];
        }),
      );
      assert.deepEqual(
        issues.map((issue) => issue.path),
        ['languages.1'],
        code,
      );
      assert.match(issues[0]?.message ?? '', /language code such as "en", "ko" or "zh-Hans"/);
    }
  });

  it('rejects a rubric whose languages leave out English', () => {
    assertRubricProblems(
      changedKoreanRubric((draft) => {
        draft.languages = ['ko'];
      }),
      [['languages', /must include "en"/]],
    );
  });

  it('claiming a language with no texts reports every text that lacks it', () => {
    const issues = rubricIssues(
      changedKoreanRubric((draft) => {
        draft.languages = ['en', 'ko', 'ja'];
      }),
    );
    assert.ok(issues.length > 50, `only ${issues.length} issues`);
    assert.ok(issues.every((issue) => /has no "ja" text/.test(issue.message)));
    for (const path of [
      'title',
      'disclaimer',
      `questions.${Q('field')}.options.10.label`,
      'pathways.0.description',
      'pathways.7.next.0.text',
      'benefits.9',
    ]) {
      assert.ok(
        issues.some((issue) => issue.path === path),
        path,
      );
    }
  });
});

describe('parseRubric: several problems at once', () => {
  it('lists every cross-reference and arithmetic problem at once, each with its path, one per line', () => {
    const json = changedRubric((draft) => {
      draft.total = 90;
      draft.passMark.value = 200;
      draft.pathways.push(structuredClone(draft.pathways[P('governmentScholar')]));
      draft.steps[2].questions.push('visa');
    });
    assertRubricProblems(json, [
      ['total', /states 90/],
      ['passMark.value', /200 can never be reached/],
      ['pathways', /duplicate id "governmentScholar"/],
      ['steps.2.questions', /unknown question "visa"/],
    ]);
    assert.throws(
      () => parseRubric(json),
      (error: unknown) => {
        assert.ok(error instanceof RubricError);
        const lines = error.message.split('\n');
        assert.equal(lines[0], 'Invalid rubric:');
        assert.equal(lines.length, 5);
        return true;
      },
    );
  });

  it('does not change the rubric it validates', () => {
    const json = changedRubric((draft) => {
      draft.total = 90;
    });
    const before = structuredClone(json);
    assert.throws(() => parseRubric(json), RubricError);
    assert.deepEqual(json, before);
  });
});

describe('parseRubric: dates, sources, host attributes and pathway details (rubric v2)', () => {
  it('rejects a review date that is not a real date, or that comes before the effective date', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.reviewDate = '2027-02-30';
      }),
      [['reviewDate', /date/]],
    );
    assertRubricProblems(
      changedRubric((draft) => {
        draft.reviewDate = '2026-01-01';
      }),
      [['reviewDate', /must not be before effectiveDate \(2026-07-02\)/]],
    );
  });

  it('accepts a rubric without a review date (it is then never out of date)', () => {
    assert.equal(
      parseRubric(
        changedRubric((draft) => {
          delete draft.reviewDate;
        }),
      ).reviewDate,
      undefined,
    );
  });

  it('rejects a parameter without sources, with an unknown source, or applied until before it applies from', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters[0].sources = [];
      }),
      [['parameters.0.sources', /at least 1/]],
    );
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters[0].validUntil = '2026-03-31';
      }),
      [['parameters.0.validUntil', /must not be before parameters.0.validFrom \(2026-04-01\)/]],
    );
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters[0].validFrom = '1 April 2026';
      }),
      [['parameters.0.validFrom', /date/]],
    );
  });

  it('rejects the v1 parameter field "source" (now "sources"), naming it', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.parameters[0].source = draft.parameters[0].sources[0];
      }),
      [['parameters.0', /unknown field "source"/]],
    );
  });

  it('rejects unknown source ids in a question, a pathway and the benefits, with their paths', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('field')].sources = ['top-tier-guideline', 'wikipedia'];
        draft.pathways[P('scienceTrack')].sources = ['msit-2027'];
        draft.benefitSources = ['brochure'];
      }),
      [
        [`questions.${Q('field')}.sources.1`, /unknown source "wikipedia"/],
        [`pathways.${P('scienceTrack')}.sources.0`, /unknown source "msit-2027"/],
        ['benefitSources.0', /unknown source "brochure"/],
      ],
    );
  });

  it('rejects a host attribute on a number question, one that is not an attribute name, and one declared twice', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('salary')].hostAttribute = 'salary';
      }),
      [[`questions.${Q('salary')}.hostAttribute`, /only a choice question/]],
    );
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('role')].hostAttribute = 'Role Offered';
      }),
      [[`questions.${Q('role')}.hostAttribute`, /attribute name/]],
    );
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('role')].hostAttribute = 'employer-size';
      }),
      [[`questions.${Q('role')}.hostAttribute`, /"employer-size" already answers "employerSize"/]],
    );
  });

  it('accepts a number question without bands when it scores nothing, and rejects one without bands that has a category', () => {
    assert.equal(defaultRubric.questions[Q('postdocResearch')]?.type, 'number');
    assert.equal((defaultRubric.questions[Q('postdocResearch')] as { bands?: unknown }).bands, undefined);
    const issues = rubricIssues(
      changedRubric((draft) => {
        draft.questions[Q('postdocResearch')].category = 'quantitative';
      }),
    );
    assert.ok(
      issues.some(
        (issue) =>
          issue.path === `questions.${Q('postdocResearch')}.bands` &&
          /scored number question needs bands/.test(issue.message),
      ),
      JSON.stringify(issues),
    );
  });

  it('rejects a rubric whose pathways are all alternatives: nobody could ever be eligible', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        for (const pathway of draft.pathways) pathway.alternative = true;
      }),
      [['pathways', /at least 1 pathway that is not an alternative/]],
    );
  });

  it('rejects "alternative" written as a string, and an unknown field in a next step', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('promisingTopTier')].alternative = 'yes';
      }),
      [[`pathways.${P('promisingTopTier')}.alternative`, /expected a boolean/]],
    );
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('qualitative')].next[0].link = 'https://example.org';
      }),
      [[`pathways.${P('qualitative')}.next.0`, /unknown field "link"/]],
    );
  });

  it('rejects a next step without Korean text when the rubric speaks Korean', () => {
    assertRubricProblems(
      changedKoreanRubric((draft) => {
        delete draft.pathways[P('scienceTrack')].next[0].text.ko;
      }),
      [[`pathways.${P('scienceTrack')}.next.0.text`, /has no "ko" text/]],
    );
  });
});

describe('parseRubric: the words of rubric 2.1 (changeable, leadsWhen, conditional next steps)', () => {
  it('accepts changeable as no, time, offer or action, on a question and on a condition on one answer', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.questions[Q('evidence')].changeable = 'time';
        draft.pathways[P('topTierStandard')].when.all[3].changeable = 'action';
      }),
    );
    assert.equal(rubric.questions[Q('evidence')]?.changeable, 'time');
  });

  it('rejects any other word, and changeable on a group or a score', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.questions[Q('evidence')].changeable = 'maybe';
        draft.pathways[P('topTierStandard')].when.all[3].changeable = 'soon';
        draft.pathways[P('topTierStandard')].when.changeable = 'time';
        draft.pathways[P('qualitative')].when.all[2].changeable = 'action';
      }),
      [
        [`questions.${Q('evidence')}.changeable`, /must be one of "no", "time", "offer", "action"/],
        [`pathways.${P('topTierStandard')}.when.all.3.changeable`, /must be one of "no", "time", "offer", "action"/],
        [`pathways.${P('topTierStandard')}.when.changeable`, /goes on a condition on one answer/],
        [`pathways.${P('qualitative')}.when.all.2.changeable`, /goes on a condition on one answer/],
      ],
    );
  });

  it('rejects leadsWhen on a pathway that is not an alternative, and checks its condition', () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('topTierStandard')].leadsWhen = { question: 'jobOffer', in: ['yes'] };
        draft.pathways[P('preliminaryTopTier')].leadsWhen = { question: 'jobOffer', in: ['maybe'] };
      }),
      [
        [`pathways.${P('topTierStandard')}.leadsWhen`, /only an alternative has it/],
        [`pathways.${P('preliminaryTopTier')}.leadsWhen.in`, /"jobOffer" has no option "maybe"/],
      ],
    );
  });

  it("checks the condition of a next step like a pathway's", () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.pathways[P('topTierStandard')].next[1].when = { question: 'inKorea', in: ['perhaps'] };
      }),
      [[`pathways.${P('topTierStandard')}.next.1.when.in`, /"inKorea" has no option "perhaps"/]],
    );
  });

  it('accepts a scope link shown only when a condition holds', () => {
    const rubric = parseRubric(
      changedRubric((draft) => {
        draft.scope.links[0].when = { question: 'jobOffer', in: ['not-yet'] };
      }),
    );
    assert.deepEqual(rubric.scope?.links[0]?.when, { question: 'jobOffer', in: ['not-yet'] });
  });

  it("checks the condition of a scope link like a pathway's", () => {
    assertRubricProblems(
      changedRubric((draft) => {
        draft.scope.links[0].when = { question: 'nowhere', in: ['yes'] };
      }),
      [['scope.links.0.when.question', /unknown question "nowhere"/]],
    );
  });
});
