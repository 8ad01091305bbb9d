// parseRubric bounds a rubric's size and nesting
// (RUBRIC_LIMITS), so validating, scoring and rendering stay linear; past a
// limit, and for cycles or objects that throw when read, it throws a
// RubricError naming the problem, never a RangeError or a stack overflow.
// How fast a rubric at the limits is handled is measured by `npm run bench`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { limitsRubric, measure } from '../../bench/limits-rubric.mjs';
import { assess, defaultRubric, parseRubric, RUBRIC_LIMITS, RubricError } from '../../src/rubric/index.js';
import { changedRubric, P, Q, rubricIssues, type LooseRubric } from './fixtures.js';
import { deepCondition } from './hostile.js';

/** A number as the messages write it (1,000). */
const n = (value: number) => value.toLocaleString('en');
const pattern = (text: string) => new RegExp(text.replace(/[()]/g, '\\$&'));

/** Asserts that parseRubric rejects the rubric with an issue at `path` whose message matches. */
function assertLimit(json: unknown, path: string, message: RegExp): void {
  const issues = rubricIssues(json);
  assert.ok(
    issues.some((issue) => issue.path === path && message.test(issue.message)),
    `no issue at "${path}" matching ${message}; issues were:\n${JSON.stringify(issues.slice(0, 5), null, 2)}`,
  );
}

/** A question that asks a number and scores nothing, in the last step. */
function addQuestions(draft: LooseRubric, count: number): void {
  for (let index = 0; index < count; index += 1) {
    draft.questions.push({ id: `extra${index}`, type: 'number', unit: 'years', label: { en: 'Extra', ko: '추가' } });
    draft.steps.at(-1).questions.push(`extra${index}`);
  }
}

/** Choice questions that score nothing, with `count` options in all (at most RUBRIC_LIMITS.list each). */
function addOptions(draft: LooseRubric, count: number): void {
  for (let question = 0; count > 0; question += 1) {
    const options = Math.max(2, Math.min(RUBRIC_LIMITS.list, count));
    draft.questions.push({
      id: `many${question}`,
      type: 'choice',
      label: { en: 'Many', ko: '많음' },
      options: Array.from({ length: options }, (_, option) => ({
        id: `o${option}`,
        label: { en: 'Option', ko: '선택' },
      })),
    });
    draft.steps.at(-1).questions.push(`many${question}`);
    count -= options;
  }
}

const optionsIn = (draft: LooseRubric): number =>
  draft.questions.reduce((sum: number, question: LooseRubric) => sum + (question.options?.length ?? 0), 0);

/** Condition parts as RUBRIC_LIMITS counts them: one per condition, one per option id in an `in` list. */
function partsIn(draft: LooseRubric): number {
  let parts = 0;
  const visit = (condition: LooseRubric) => {
    parts += 1 + (condition.in?.length ?? 0) + (condition.includes?.length ?? 0);
    for (const part of condition.all ?? condition.any ?? []) visit(part);
  };
  // Every condition of the format: when a question is asked, when a pathway holds and leads, when a next step or a scope link shows.
  for (const question of draft.questions)
    if (question.askedWhen ?? question.when) visit(question.askedWhen ?? question.when);
  for (const pathway of draft.pathways) {
    visit(pathway.when);
    if (pathway.leadsWhen) visit(pathway.leadsWhen);
    for (const step of pathway.next ?? []) if (step.when) visit(step.when);
  }
  for (const link of draft.scope?.links ?? []) if (link.when) visit(link.when);
  return parts;
}

/** Pathways whose conditions add `count` parts (score conditions, one part each). */
function addConditionParts(draft: LooseRubric, count: number): void {
  for (let index = 0; count > 0; index += 1) {
    const leaves = Math.min(RUBRIC_LIMITS.list, count - 1);
    draft.pathways.push({
      id: `parts${index}`,
      label: { en: 'Parts', ko: '부분' },
      description: { en: 'Parts', ko: '부분' },
      when: { all: Array.from({ length: Math.max(leaves, 1) }, () => ({ score: 'total', atLeast: 1 })) },
    });
    count -= Math.max(leaves, 1) + 1;
  }
}

describe('a rubric at the limits', () => {
  it('with every limit reached at once, parses and is scored', () => {
    const { rubric, answers } = limitsRubric(RUBRIC_LIMITS);
    assert.deepEqual(measure(rubric), { values: RUBRIC_LIMITS.values, characters: RUBRIC_LIMITS.characters });
    assert.equal(rubric.questions.length, RUBRIC_LIMITS.questions);
    assert.equal(optionsIn(rubric), RUBRIC_LIMITS.options);
    assert.equal(partsIn(rubric), RUBRIC_LIMITS.conditionParts);
    const parsed = parseRubric(rubric);
    assert.equal(assess(parsed, answers).complete, true);
  });

  it('the limits are documented numbers', () => {
    assert.deepEqual(Object.keys(RUBRIC_LIMITS).sort(), [
      'characters',
      'conditionDepth',
      'conditionParts',
      'depth',
      'links',
      'list',
      'options',
      'pathways',
      'questions',
      'routeNextSteps',
      'routeSources',
      'text',
      'values',
    ]);
    for (const value of Object.values(RUBRIC_LIMITS)) assert.ok(Number.isInteger(value) && value > 0);
  });
});

describe('one past a limit is a RubricError naming it', () => {
  it(`questions: ${RUBRIC_LIMITS.questions}`, () => {
    const extra = RUBRIC_LIMITS.questions - defaultRubric.questions.length;
    assert.equal(
      parseRubric(changedRubric((draft) => addQuestions(draft, extra))).questions.length,
      RUBRIC_LIMITS.questions,
    );
    assertLimit(
      changedRubric((draft) => addQuestions(draft, extra + 1)),
      'questions',
      pattern(`has ${n(RUBRIC_LIMITS.questions + 1)} questions; at most ${n(RUBRIC_LIMITS.questions)} are allowed`),
    );
  });

  it(`pathways: ${RUBRIC_LIMITS.pathways}`, () => {
    const pathways = (count: number) =>
      changedRubric((draft) => {
        while (draft.pathways.length < count)
          draft.pathways.push({
            ...structuredClone(draft.pathways[P('governmentScholar')]),
            id: `copy${draft.pathways.length}`,
          });
      });
    assert.equal(parseRubric(pathways(RUBRIC_LIMITS.pathways)).pathways.length, RUBRIC_LIMITS.pathways);
    assertLimit(
      pathways(RUBRIC_LIMITS.pathways + 1),
      'pathways',
      pattern(`has ${n(RUBRIC_LIMITS.pathways + 1)} pathways; at most ${n(RUBRIC_LIMITS.pathways)} are allowed`),
    );
  });

  it(`options of all questions: ${RUBRIC_LIMITS.options}`, () => {
    const extra = RUBRIC_LIMITS.options - optionsIn(defaultRubric);
    assert.equal(optionsIn(parseRubric(changedRubric((draft) => addOptions(draft, extra)))), RUBRIC_LIMITS.options);
    assertLimit(
      changedRubric((draft) => addOptions(draft, extra + 1)),
      'questions',
      pattern(`have ${n(RUBRIC_LIMITS.options + 1)} options in all; at most ${n(RUBRIC_LIMITS.options)} are allowed`),
    );
  });

  it(`items in one list: ${RUBRIC_LIMITS.list}`, () => {
    const benefits = (count: number) =>
      changedRubric((draft) => {
        draft.benefits = Array.from({ length: count }, (_, index) => ({ en: `Benefit ${index}`, ko: `혜택 ${index}` }));
      });
    assert.equal(parseRubric(benefits(RUBRIC_LIMITS.list)).benefits.length, RUBRIC_LIMITS.list);
    assertLimit(
      benefits(RUBRIC_LIMITS.list + 1),
      'benefits',
      pattern(`has ${n(RUBRIC_LIMITS.list + 1)} items; at most ${n(RUBRIC_LIMITS.list)} are allowed`),
    );
  });

  it(`characters in one text: ${RUBRIC_LIMITS.text}`, () => {
    const disclaimer = (length: number) =>
      changedRubric((draft) => {
        draft.disclaimer.en = 'x'.repeat(length);
      });
    assert.equal(parseRubric(disclaimer(RUBRIC_LIMITS.text)).disclaimer.en.length, RUBRIC_LIMITS.text);
    assertLimit(
      disclaimer(RUBRIC_LIMITS.text + 1),
      'disclaimer.en',
      pattern(`is longer than ${n(RUBRIC_LIMITS.text)} characters`),
    );
  });

  it(`characters and values in all: ${RUBRIC_LIMITS.characters} and ${RUBRIC_LIMITS.values}`, () => {
    // The rubric at every limit (the first test) plus one character, or one value.
    const oneCharacterMore = limitsRubric(RUBRIC_LIMITS).rubric;
    const help = oneCharacterMore.questions
      .map((question: LooseRubric) => question.help)
      .find((text: LooseRubric) => text.en.length < RUBRIC_LIMITS.text);
    help.en += '.';
    assert.deepEqual(measure(oneCharacterMore), {
      values: RUBRIC_LIMITS.values,
      characters: RUBRIC_LIMITS.characters + 1,
    });
    assertLimit(
      oneCharacterMore,
      '',
      pattern(`has more than ${n(RUBRIC_LIMITS.characters)} characters of text in all`),
    );

    const oneValueMore = limitsRubric(RUBRIC_LIMITS).rubric;
    oneValueMore.passMark.assumption = undefined;
    assert.deepEqual(measure(oneValueMore), { values: RUBRIC_LIMITS.values + 1, characters: RUBRIC_LIMITS.characters });
    assertLimit(oneValueMore, '', pattern(`has more than ${n(RUBRIC_LIMITS.values)} values`));
  });

  it(`conditions nested: ${RUBRIC_LIMITS.conditionDepth}`, () => {
    const nested = (depth: number) =>
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when = deepCondition(depth);
      });
    assert.ok(parseRubric(nested(RUBRIC_LIMITS.conditionDepth)));
    const path = `pathways.${P('governmentScholar')}.when${'.all.0'.repeat(RUBRIC_LIMITS.conditionDepth)}`;
    assertLimit(
      nested(RUBRIC_LIMITS.conditionDepth + 1),
      path,
      pattern(`is nested more than ${RUBRIC_LIMITS.conditionDepth} conditions deep`),
    );
  });

  it(`condition parts in all: ${RUBRIC_LIMITS.conditionParts}`, () => {
    const extra = RUBRIC_LIMITS.conditionParts - partsIn(defaultRubric);
    const atLimit = changedRubric((draft) => addConditionParts(draft, extra));
    assert.equal(partsIn(atLimit), RUBRIC_LIMITS.conditionParts);
    assert.ok(parseRubric(atLimit));
    const over = changedRubric((draft) => {
      addConditionParts(draft, extra);
      draft.pathways[P('qualitative')].when.all.push({ score: 'total', atLeast: 2 });
    });
    assertLimit(
      over,
      '',
      pattern(
        `has ${n(RUBRIC_LIMITS.conditionParts + 1)} condition parts (conditions and option ids in their lists); at most ${n(RUBRIC_LIMITS.conditionParts)} are allowed`,
      ),
    );
  });
});

describe('rubrics that once hung or crashed get a RubricError', () => {
  it('conditions 2,000 and 100,000 deep', () => {
    for (const depth of [2_000, 100_000]) {
      const json = changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when = deepCondition(depth);
      });
      assertLimit(
        json,
        `pathways.${P('governmentScholar')}.when${'.all.0'.repeat(30)}.all`,
        pattern(`is nested more than ${RUBRIC_LIMITS.depth} levels deep`),
      );
    }
  });

  it('a condition that contains itself', () => {
    const json = changedRubric((draft) => {
      const cycle: LooseRubric = { any: [{ question: 'degree', in: ['masters'] }] };
      cycle.any.push(cycle);
      draft.pathways[P('governmentScholar')].when = cycle;
    });
    assertLimit(json, `pathways.${P('governmentScholar')}.when.any.1`, /contains itself \(a cycle\)/);
  });

  it('a text object or a list that contains itself', () => {
    assertLimit(
      changedRubric((draft) => {
        draft.title.self = draft.title;
      }),
      'title.self',
      /contains itself/,
    );
    assertLimit(
      changedRubric((draft) => {
        draft.benefits.push(draft.benefits);
      }),
      `benefits.${defaultRubric.benefits.length}`,
      /contains itself/,
    );
  });

  it('a condition shared so often that it would be billions of values', () => {
    let shared: unknown = { question: 'degree', in: ['masters'] };
    for (let level = 0; level < 5; level += 1) shared = { any: Array.from({ length: 100 }, () => shared) };
    assertLimit(
      changedRubric((draft) => {
        draft.pathways[P('governmentScholar')].when = shared;
      }),
      '',
      pattern(`has more than ${n(RUBRIC_LIMITS.values)} values`),
    );
  });

  it('a shared condition under the limits is fine: sharing is not a cycle', () => {
    const shared = { question: 'degree', in: ['masters'] };
    assert.ok(
      parseRubric(
        changedRubric((draft) => {
          draft.pathways[P('governmentScholar')].when = { any: [shared, shared] };
        }),
      ),
    );
  });

  it('50,000 options in one condition, and 20,000 questions', () => {
    const manyOptions = changedRubric((draft) => {
      draft.pathways[P('governmentScholar')].when = {
        question: 'degree',
        in: Array.from({ length: 50_000 }, () => 'masters'),
      };
    });
    assertLimit(
      manyOptions,
      `pathways.${P('governmentScholar')}.when.in`,
      pattern(`has 50,000 items; at most ${n(RUBRIC_LIMITS.list)} are allowed`),
    );
    const issues = rubricIssues(changedRubric((draft) => addQuestions(draft, 20_000)));
    assert.match(issues[0]?.message ?? '', pattern(`items; at most ${n(RUBRIC_LIMITS.list)} are allowed`));
    assert.match(issues[0]?.message ?? '', /has 20,0\d\d items/);
  });

  it('a list claiming a billion items (a sparse array)', () => {
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    assertLimit(
      changedRubric((draft) => {
        draft.benefits = sparse;
      }),
      'benefits',
      /has 1,000,000,000 items/,
    );
  });
});

describe('whatever the host passes, parseRubric throws only a RubricError', () => {
  const cases: Record<string, [change: (draft: LooseRubric) => void, path: string, message: RegExp]> = {
    'a getter that throws': [
      (draft) =>
        Object.defineProperty(draft.questions[0], 'label', {
          enumerable: true,
          get: () => {
            throw new Error('getter');
          },
        }),
      'questions.0.label',
      /could not be read/,
    ],
    'a proxy whose traps throw': [
      (draft) => {
        draft.title = new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('ownKeys');
            },
          },
        );
      },
      'title',
      /could not be read/,
    ],
    'a revoked proxy': [
      (draft) => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        draft.steps[0] = proxy;
      },
      'steps.0',
      /could not be read/,
    ],
    'a function': [
      (draft) => {
        draft.questions[0].label = () => 'Degree';
      },
      'questions.0.label',
      /must be JSON data .*not a function/,
    ],
    'a symbol': [
      (draft) => {
        draft.version = Symbol('1');
      },
      'version',
      /not a symbol/,
    ],
    'a bigint': [
      (draft) => {
        draft.total = 100n;
      },
      'total',
      /not a bigint/,
    ],
    'a null-prototype object': [
      (draft) => {
        draft.title = Object.assign(Object.create(null), { en: 1 });
      },
      'title.en',
      /expected a string/,
    ],
    'a __proto__ key': [
      (draft) => {
        draft.passMark = JSON.parse('{"value": 60, "__proto__": {"value": 1}}');
      },
      'passMark',
      /unknown field "__proto__"/,
    ],
    'a condition with keys named like Object.prototype members': [
      (draft) => {
        draft.pathways[0].when = JSON.parse('{"constructor": 1, "toString": 2}');
      },
      'pathways.0.when',
      /unknown fields? "constructor", "toString"/,
    ],
    'a condition whose form is the name of an Object.prototype member': [
      (draft) => {
        draft.pathways[0].when = { constructor: 1 };
      },
      'pathways.0.when',
      /unknown field "constructor"/,
    ],
  };
  for (const [label, [change, path, message]] of Object.entries(cases)) {
    it(label, () => {
      const issues = rubricIssues(changedRubric(change));
      assertLimit(changedRubric(change), path, message);
      for (const issue of issues) assert.doesNotMatch(issue.message, /\[object|undefined|Maximum call stack/);
    });
  }

  it('the rubric returned is a copy: changing the host object afterwards changes nothing', () => {
    const json = changedRubric(() => {}) as LooseRubric;
    const rubric = parseRubric(json);
    json.pathways[P('governmentScholar')].when.all[0].in.push('none');
    json.questions[Q('degree')].askedWhen = { question: 'field', in: ['ai'] };
    assert.deepEqual(
      rubric.pathways[P('governmentScholar')]?.when,
      defaultRubric.pathways[P('governmentScholar')]?.when,
    );
    assert.equal(rubric.questions[Q('degree')]?.askedWhen, undefined);
  });

  it('a RubricError is what is thrown (the class, not only the name)', () => {
    assert.throws(
      () =>
        parseRubric(
          changedRubric((draft) => {
            draft.title.self = draft.title;
          }),
        ),
      RubricError,
    );
  });
});

describe('the README states the limits the code enforces', () => {
  it('its limits table lists RUBRIC_LIMITS, in order', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('| Limit | At most |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    const stated = rows.map((row) => Number(row.split('|').at(-2)?.trim().replaceAll(',', '')));
    const {
      questions,
      pathways,
      options,
      list,
      conditionDepth,
      conditionParts,
      depth,
      values,
      text,
      characters,
      routeSources,
      routeNextSteps,
      links,
    } = RUBRIC_LIMITS;
    assert.deepEqual(stated, [
      questions,
      pathways,
      options,
      list,
      conditionDepth,
      conditionParts,
      depth,
      values,
      text,
      characters,
      routeSources,
      routeNextSteps,
      links,
    ]);
  });
});
