// Hostile data for the engine tests (issue 13): ids named like
// Object.prototype members, answers that break code reading them carelessly,
// and rubrics at and past the documented limits.
/** Every name Object.prototype has: a lookup that is not own-property-only finds these on any `{}`. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);
/** The prototype names that are well-formed ids (a lowercase letter first): a rubric may use them. */
export const PROTOTYPE_IDS: readonly string[] = PROTOTYPE_NAMES.filter((name) => /^[a-z][a-zA-Z0-9-]*$/.test(name));

const text = (en: string) => ({ en });

/**
 * A small valid rubric whose every id (questions, options, categories,
 * steps, pathways, sources, parameters) is an Object.prototype name. Scored:
 * `toString` (choice, 10), `valueOf` (years, 10), `hasOwnProperty` (choice,
 * 10, asked only when `toString` is `valueOf`); unscored: `constructor`
 * (choice) and `isPrototypeOf` (KRW, against the `toString` parameter).
 */
export function prototypeNamedRubric() {
  return {
    id: 'prototype-names',
    version: '1',
    effectiveDate: '2026-01-01',
    title: text('Ids named like Object.prototype members'),
    languages: ['en'],
    sources: [{ id: 'valueOf', title: text('A source'), publisher: text('A publisher') }],
    parameters: [{ id: 'toString', label: text('A figure'), value: 100, unit: 'KRW', year: 2025, sources: ['valueOf'] }],
    total: 30,
    passMark: { value: 20 },
    categories: [{ id: 'constructor', label: text('Points'), max: 30 }],
    steps: [
      { id: 'toString', label: text('First'), questions: ['toString', 'valueOf', 'hasOwnProperty'] },
      { id: 'valueOf', label: text('Second'), questions: ['constructor', 'isPrototypeOf'] },
    ],
    questions: [
      {
        id: 'toString',
        type: 'choice',
        label: text('A choice'),
        category: 'constructor',
        options: [
          { id: 'valueOf', label: text('Ten points'), points: 10 },
          { id: 'constructor', label: text('No points'), points: 0 },
        ],
      },
      { id: 'valueOf', type: 'number', unit: 'years', label: text('Years'), category: 'constructor', bands: [{ atLeast: 1, points: 10 }] },
      {
        id: 'hasOwnProperty',
        type: 'choice',
        label: text('A follow-up'),
        category: 'constructor',
        when: { question: 'toString', in: ['valueOf'] },
        options: [
          { id: 'isPrototypeOf', label: text('Ten points'), points: 10 },
          { id: 'toLocaleString', label: text('No points'), points: 0 },
        ],
      },
      {
        id: 'constructor',
        type: 'choice',
        label: text('An unscored choice'),
        hostAttribute: 'to-string',
        options: [
          { id: 'toString', label: text('Yes') },
          { id: 'valueOf', label: text('No') },
        ],
      },
      { id: 'isPrototypeOf', type: 'number', unit: 'KRW', label: text('An amount'), scale: 'toString' },
    ],
    pathways: [
      {
        id: 'constructor',
        label: text('By points'),
        description: text('The pass mark and a yes.'),
        when: { all: [{ score: 'constructor', atLeast: 'passMark' }, { question: 'constructor', in: ['toString'] }] },
      },
      { id: 'valueOf', label: text('By amount'), description: text('At least the figure.'), when: { question: 'isPrototypeOf', atLeast: 1, times: 'toString' } },
      { id: 'toString', label: text('Any total'), description: text('Every scored question answered.'), when: { score: 'total', atLeast: 0 } },
    ],
    benefits: [],
    disclaimer: text('An estimate.'),
  };
}

/** `value` wrapped in `depth` arrays: String() of it overflows the stack. */
export function deepArray(depth: number, value: unknown = 'masters'): unknown {
  let nested = value;
  for (let i = 0; i < depth; i += 1) nested = [nested];
  return nested;
}

/** A condition `depth` levels deep: `all` around `all` around … one leaf. */
export function deepCondition(depth: number, leaf: unknown = { question: 'degree', in: ['masters'] }): unknown {
  let condition = leaf;
  for (let i = 1; i < depth; i += 1) condition = { all: [condition] };
  return condition;
}

/** Answer values whose own code throws, or that have none (no toString at all). */
export const hostileValues = (): Record<string, unknown> => ({
  'a 5,000-deep array': deepArray(5000),
  'a null-prototype object': Object.create(null),
  'an object whose toString throws': { toString: () => { throw new Error('toString'); } },
  'an object whose valueOf and toPrimitive throw': { valueOf: () => { throw new Error('valueOf'); }, [Symbol.toPrimitive]: () => { throw new Error('toPrimitive'); } },
  'a revoked proxy': (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })(),
  'a function': () => 'masters',
  'a symbol': Symbol('masters'),
  'a bigint': 10n,
});

/** Answer sets that throw when read: a throwing getter, proxies whose traps throw, a revoked proxy. */
export const hostileAnswerSets = (): Record<string, unknown> => ({
  'a getter that throws': Object.defineProperty({ field: 'ai' }, 'degree', { enumerable: true, get: () => { throw new Error('getter'); } }),
  'a proxy whose ownKeys throws': new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); } }),
  'a proxy whose get throws': new Proxy({ degree: 'masters' }, { get: () => { throw new Error('get'); } }),
  'a proxy whose getOwnPropertyDescriptor throws': new Proxy({ degree: 'masters' }, { getOwnPropertyDescriptor: () => { throw new Error('descriptor'); } }),
  'a revoked proxy': (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })(),
  'a null-prototype object with a deep array': Object.assign(Object.create(null), { degree: deepArray(5000) }),
});
