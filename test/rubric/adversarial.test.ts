// Adversarial property tests, with fixed seeds so a failure is a
// case that fails again: rubrics mutated in hostile ways through parseRubric,
// hostile answer sets through assess and fitAnswers, and ids renamed to
// Object.prototype names, which must change nothing but the names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  AnswerError,
  answerIssues,
  assess,
  fitAnswers,
  parseRubric,
  presetAnswers,
  questionsAsked,
  RubricError,
  scoresOf,
  threshold,
  trace,
} from '../../src/rubric/index.js';
import type { Answers, AnswerValue, Condition, Question, Rubric } from '../../src/rubric/index.js';
import { koreanRubric, type LooseRubric } from './fixtures.js';
import { deepArray, deepCondition, hostileValues, PROTOTYPE_IDS, PROTOTYPE_NAMES } from './hostile.js';

const SEED = 13;

/** A valid answer to a question of any rubric: an option, or a number up to its maximum (or past its top band). */
function validAnswer(rubric: Rubric, question: Question): fc.Arbitrary<AnswerValue> {
  if (question.type === 'choice') return fc.constantFrom(...question.options.map((option) => option.id));
  if (question.type === 'multi') {
    const alone = question.options.filter((option) => option.exclusive).map((option) => [option.id]);
    const others = question.options.filter((option) => !option.exclusive).map((option) => option.id);
    return fc.oneof(
      ...(alone.length ? [fc.constantFrom(...alone)] : []),
      fc.shuffledSubarray(others, { minLength: 1 }),
    );
  }
  const top = question.bands?.length
    ? threshold(rubric, question.bands.at(-1)?.atLeast ?? 0, question.scale) * 1.5
    : 100;
  const limit = question.maximum ?? (Number.isFinite(top) && top > 0 ? top : 100);
  return fc.oneof(fc.integer({ min: 0, max: Math.floor(limit) }), fc.double({ min: 0, max: limit, noNaN: true }));
}

/** Sets of valid answers to a rubric: each question answered or not. */
const validAnswers = (rubric: Rubric): fc.Arbitrary<Answers> =>
  fc.record(Object.fromEntries(rubric.questions.map((question) => [question.id, validAnswer(rubric, question)])), {
    requiredKeys: [],
  });

/** Everything the widget does with a rubric it accepted, none of which may throw. */
function useRubric(rubric: Rubric, answers: Answers): void {
  const result = assess(rubric, answers);
  const bonusMax = rubric.categories.reduce((sum, category) => sum + (category.bonus ? category.max : 0), 0);
  assert.ok(result.total >= 0 && result.total <= rubric.total + bonusMax, `total ${result.total}`);
  assert.equal(result.complete, result.missing.length === 0);
  rubric.steps.forEach((_, step) => questionsAsked(rubric, step, answers));
  for (const pathway of rubric.pathways) trace(pathway.when, { rubric, answers, scores: scoresOf(result) });
  presetAnswers(rubric, { 'employer-size': 'sme' });
}

// ---- Rubric mutations ----

/** Values a mutation puts somewhere in a rubric: wrong types, edge numbers, hostile objects, huge and deep things. */
const hostileRubricValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc
    .constantFrom<unknown>(
      null,
      undefined,
      Number.NaN,
      Infinity,
      -1,
      0,
      1e308,
      -0,
      '',
      true,
      [],
      {},
      'passMark',
      'total',
    )
    .map((value) => () => value),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => () => name),
  fc.string({ maxLength: 12 }).map((text) => () => text),
  fc.integer({ min: -5, max: 200 }).map((value) => () => value),
  fc.constantFrom(
    () => 'x'.repeat(6_000),
    () => deepArray(100),
    () => deepCondition(20),
    () => deepCondition(3),
    () => ({ any: [{ question: 'degree', in: ['masters'] }] }),
    () => ({ question: 'salary', atLeast: 3, times: 'gni' }),
    () => ({ score: 'total', atLeast: 'passMark' }),
    () => Object.create(null),
    () => JSON.parse('{"__proto__": {"en": "x"}, "en": "y"}'),
    () => ({ en: 'Text', ko: '텍스트' }),
    () => Symbol('x'),
    () => 10n,
    () => () => 'x',
    () =>
      Object.defineProperty({}, 'en', {
        enumerable: true,
        get: () => {
          throw new Error('getter');
        },
      }),
    () =>
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('ownKeys');
          },
        },
      ),
    () => Array.from({ length: 300 }, (_, index) => index),
  ),
);

type Mutation = {
  at: number;
  op: 'replace' | 'delete' | 'duplicate' | 'cycle' | 'renameKey' | 'share';
  value: () => unknown;
  name: string;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'duplicate', 'cycle', 'renameKey', 'share'),
  value: hostileRubricValue,
  name: fc.constantFrom(...PROTOTYPE_NAMES, 'when', 'id', 'all', 'in'),
});

/** Every place in a JSON tree: its parent and key (the root has none). Objects met before (shared, or a cycle) are not entered again. */
function places(root: unknown): { parent: LooseRubric; key: string | number; ancestors: unknown[] }[] {
  const found: { parent: LooseRubric; key: string | number; ancestors: unknown[] }[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, ancestors: unknown[]) => {
    if (typeof node !== 'object' || node === null || seen.has(node) || ancestors.length > 40) return;
    seen.add(node);
    try {
      for (const key of Array.isArray(node) ? [...node.keys()] : Object.keys(node)) {
        found.push({ parent: node, key, ancestors });
        visit((node as LooseRubric)[key], [...ancestors, node]);
      }
    } catch {
      // A hostile object put there by an earlier mutation: not entered.
    }
  };
  visit(root, []);
  return found;
}

/** The built-in rubric in English and Korean with the mutations applied in order, each at a place chosen by `at`. */
function mutated(mutations: readonly Mutation[]): unknown {
  const json: LooseRubric = structuredClone(koreanRubric);
  for (const { at, op, value, name } of mutations) {
    const all = places(json);
    const place = all[at % all.length];
    if (!place) continue;
    const { parent, key, ancestors } = place;
    if (op === 'replace') parent[key] = value();
    else if (op === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (op === 'duplicate' && Array.isArray(parent)) {
      try {
        parent.push(structuredClone(parent[Number(key)]));
      } catch {
        parent.push(parent[Number(key)]); // not cloneable (a function, a proxy): shared instead
      }
    } else if (op === 'cycle') parent[key] = ancestors[at % Math.max(ancestors.length, 1)] ?? parent;
    else if (op === 'share') parent[key] = all[(at * 7) % all.length]?.parent ?? parent;
    else if (op === 'renameKey' && !Array.isArray(parent)) {
      // A key renamed, own property kept (defineProperty: `__proto__` stays a key).
      Object.defineProperty(parent, name, { value: parent[key], enumerable: true, configurable: true, writable: true });
      if (name !== key) delete parent[key];
    }
  }
  return json;
}

describe('parseRubric on mutated rubrics (property, seed 13)', () => {
  it('throws nothing but a RubricError; a rubric it accepts is scored and explained without throwing', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat(), (mutations, answerSeed) => {
        const json = mutated(mutations);
        let rubric: Rubric;
        try {
          rubric = parseRubric(json);
        } catch (error) {
          assert.ok(
            error instanceof RubricError,
            `threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 200)}`,
          );
          assert.ok(
            error.issues.length > 0 &&
              error.issues.every((issue) => typeof issue.path === 'string' && issue.message.length > 0),
          );
          return;
        }
        accepted += 1;
        useRubric(rubric, {});
        for (const answers of fc.sample(validAnswers(rubric), { seed: answerSeed, numRuns: 3 }))
          useRubric(rubric, answers);
      }),
      { seed: SEED, numRuns: 800 },
    );
    // The mutations are not all fatal: some rubrics pass (a text changed, a number within range).
    assert.ok(accepted >= 50, `only ${accepted} of 800 mutated rubrics accepted`);
  });
});

// ---- Hostile answers ----

const rubric = parseRubric(koreanRubric);
const questionIds = rubric.questions.map((question) => question.id);

/** A value for an answer: valid for some question, or hostile. */
const answerValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc
    .constantFrom(...rubric.questions)
    .chain((question) => validAnswer(rubric, question))
    .map((value) => () => value),
  fc.constantFrom(...Object.keys(hostileValues())).map((kind) => () => hostileValues()[kind]),
  fc.constantFrom<unknown>(null, Number.NaN, -Infinity, -1, '', '5', [], {}, true).map((value) => () => value),
  fc.string({ maxLength: 8 }).map((text) => () => text),
);

/** A hostile answer set: question ids, Object.prototype names and other keys, some read through getters that throw, maybe wrapped in a hostile container. */
const hostileAnswers: fc.Arbitrary<() => unknown> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...questionIds, ...PROTOTYPE_NAMES, 'visa', ''), answerValue, fc.boolean()), {
      maxLength: 8,
    }),
    fc.constantFrom('plain', 'plain', 'nullPrototype', 'inherited', 'proxy', 'throwingProxy'),
  )
  .map(([entries, container]) =>
    Object.assign(
      () => {
        const target: Record<string, unknown> =
          container === 'nullPrototype'
            ? Object.create(null)
            : container === 'inherited'
              ? Object.create({ degree: 'masters' })
              : {};
        for (const [key, value, throwing] of entries) {
          Object.defineProperty(
            target,
            key,
            throwing
              ? {
                  enumerable: true,
                  configurable: true,
                  get: () => {
                    throw new Error('getter');
                  },
                }
              : { enumerable: true, configurable: true, writable: true, value: value() },
          );
        }
        if (container === 'proxy') return new Proxy(target, {});
        if (container === 'throwingProxy')
          return new Proxy(target, {
            ownKeys: () => {
              throw new Error('ownKeys');
            },
          });
        return target;
      },
      {
        // How fast-check prints a counterexample: the keys, how each is read, and the container.
        [fc.toStringMethod]: () =>
          `${container} {${entries.map(([key, value, throwing]) => `${key}: ${throwing ? 'a getter that throws' : fc.stringify(value())}`).join(', ')}}`,
      },
    ),
  );

describe('hostile answer sets (property, seed 13)', () => {
  it('assess throws nothing but an AnswerError; fitAnswers and answerIssues never throw, and what fits is scored', () => {
    fc.assert(
      fc.property(hostileAnswers, (make) => {
        const answers = make() as Answers;
        let issues: ReturnType<typeof answerIssues>;
        try {
          issues = answerIssues(rubric, answers);
          const { valid, issues: fitIssues } = fitAnswers(rubric, make() as Answers);
          assert.equal(fitIssues.length, issues.length);
          // What fits is plain data the rubric accepts, and scores without an error.
          for (const [id, value] of Object.entries(valid))
            assert.ok(
              questionIds.includes(id) &&
                (typeof value === 'string' ||
                  Number.isFinite(value) ||
                  (Array.isArray(value) && value.every((id) => typeof id === 'string'))),
              `${id}: ${String(value)}`,
            );
          useRubric(rubric, valid);
        } catch (error) {
          return assert.fail(`answerIssues or fitAnswers threw ${String(error)}`);
        }
        try {
          assess(rubric, make() as Answers);
          assert.deepEqual(issues, [], 'scored only when there is no issue');
        } catch (error) {
          assert.ok(error instanceof AnswerError, `assess threw ${String((error as Error)?.name)}`);
          assert.ok(issues.length > 0);
        }
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });
});

// ---- Ids named like Object.prototype members ----

/** Renames question, option, category and pathway ids everywhere they are used; `names` gives the new name of each old one that changes. */
function renamed(
  source: Rubric,
  names: {
    questions: Map<string, string>;
    options: Map<string, Map<string, string>>;
    categories: Map<string, string>;
    pathways: Map<string, string>;
  },
): unknown {
  const json: LooseRubric = structuredClone(source);
  const question = (id: string) => names.questions.get(id) ?? id;
  const option = (questionId: string, id: string) => names.options.get(questionId)?.get(id) ?? id;
  const category = (id: string) => names.categories.get(id) ?? id;
  const condition = (node: LooseRubric): Condition => {
    if ('all' in node) return { all: node.all.map(condition) };
    if ('any' in node) return { any: node.any.map(condition) };
    if ('score' in node) return { ...node, score: node.score === 'total' ? 'total' : category(node.score) };
    return {
      ...node,
      question: question(node.question),
      ...('in' in node ? { in: node.in.map((id: string) => option(node.question, id)) } : {}),
      ...('includes' in node ? { includes: node.includes.map((id: string) => option(node.question, id)) } : {}),
    };
  };
  for (const entry of json.questions) {
    if (entry.options) for (const choice of entry.options) choice.id = option(entry.id, choice.id);
    if (entry.category) entry.category = category(entry.category);
    if (entry.askedWhen) entry.askedWhen = condition(entry.askedWhen);
    entry.id = question(entry.id);
  }
  for (const step of json.steps) step.questions = step.questions.map(question);
  for (const link of json.scope?.links ?? []) if (link.when) link.when = condition(link.when);
  for (const entry of json.categories) entry.id = category(entry.id);
  for (const pathway of json.pathways) {
    pathway.when = condition(pathway.when);
    if (pathway.leadsWhen) pathway.leadsWhen = condition(pathway.leadsWhen);
    for (const step of pathway.next ?? []) if (step.when) step.when = condition(step.when);
    pathway.id = names.pathways.get(pathway.id) ?? pathway.id;
  }
  return json;
}

/** A map from some of `ids` to distinct Object.prototype names, chosen by `picks`. */
const toPrototypeNames = (ids: readonly string[], picks: readonly boolean[]): Map<string, string> => {
  const names = new Map<string, string>();
  ids.forEach((id, index) => {
    if (picks[index] && names.size < PROTOTYPE_IDS.length) names.set(id, PROTOTYPE_IDS[names.size] as string);
  });
  return names;
};

describe('ids renamed to Object.prototype names change nothing but the names (property, seed 13)', () => {
  const renaming = fc.record({
    questions: fc.array(fc.boolean(), { minLength: rubric.questions.length, maxLength: rubric.questions.length }),
    options: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    optionsOf: fc.constantFrom(
      ...rubric.questions.filter((question) => question.type === 'choice').map((question) => question.id),
    ),
    categories: fc.array(fc.boolean(), { minLength: rubric.categories.length, maxLength: rubric.categories.length }),
    pathways: fc.array(fc.boolean(), { minLength: rubric.pathways.length, maxLength: rubric.pathways.length }),
  });

  it('the renamed rubric parses, and scores every answer set exactly as the original does, empty sets included', () => {
    fc.assert(
      fc.property(renaming, validAnswers(rubric), (picks, answers) => {
        const choice = rubric.questions.find((question) => question.id === picks.optionsOf) as Question & {
          type: 'choice';
        };
        const names = {
          questions: toPrototypeNames(
            rubric.questions.map((question) => question.id),
            picks.questions,
          ),
          options: new Map([
            [
              picks.optionsOf,
              toPrototypeNames(
                choice.options.map((entry) => entry.id),
                picks.options,
              ),
            ],
          ]),
          categories: toPrototypeNames(
            rubric.categories.map((category) => category.id),
            picks.categories,
          ),
          pathways: toPrototypeNames(
            rubric.pathways.map((pathway) => pathway.id),
            picks.pathways,
          ),
        };
        const renamedRubric = parseRubric(renamed(rubric, names));
        const rename = (id: string) => names.questions.get(id) ?? id;
        const renameAnswers = (given: Answers): Answers =>
          Object.fromEntries(
            Object.entries(given).map(([id, value]) => [
              rename(id),
              typeof value === 'string' ? (names.options.get(id)?.get(value) ?? value) : value,
            ]),
          );
        for (const given of [{}, answers]) {
          const original = assess(rubric, given);
          const result = assess(renamedRubric, renameAnswers(given));
          assert.equal(result.total, original.total);
          assert.equal(result.complete, original.complete);
          assert.equal(result.eligible, original.eligible);
          assert.deepEqual(result.missing, original.missing.map(rename));
          assert.deepEqual(Object.values(result.categories), Object.values(original.categories));
          assert.deepEqual(Object.values(result.pathways), Object.values(original.pathways));
          assert.deepEqual(
            result.criteria.map((entry) => entry.next?.points ?? null),
            original.criteria.map((entry) => entry.next?.points ?? null),
          );
          assert.deepEqual(
            renamedRubric.steps.map((_, step) =>
              questionsAsked(renamedRubric, step, renameAnswers(given)).map((question) => question.id),
            ),
            rubric.steps.map((_, step) => questionsAsked(rubric, step, given).map((question) => rename(question.id))),
          );
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
