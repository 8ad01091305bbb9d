// Hostile data for the engine tests: ids named like
// Object.prototype members, answers that break code reading them carelessly,
// and values whose own code throws.
import prototypeNames from './prototype-names.rubric.json' with { type: 'json' };

/** Every name Object.prototype has: a lookup that is not own-property-only finds these on any `{}`. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);
/** The prototype names that are well-formed ids (a lowercase letter first): a rubric may use them. */
export const PROTOTYPE_IDS: readonly string[] = PROTOTYPE_NAMES.filter((name) => /^[a-z][a-zA-Z0-9-]*$/.test(name));

/**
 * A small valid rubric whose every id (questions, options, categories,
 * steps, pathways, sources, parameters) is an Object.prototype name
 * (test/rubric/prototype-names.rubric.json; the e2e suite uses it too).
 * Scored: `toString` (choice, 10), `valueOf` (years, 10), `hasOwnProperty`
 * (choice, 10, asked only when `toString` is `valueOf`); unscored:
 * `constructor` (choice, answered by the `employer-size` attribute when the
 * host gives it) and `isPrototypeOf` (KRW, against the `toString` parameter).
 */
export const prototypeNamedRubric = () => structuredClone(prototypeNames);

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
  'an object whose toString throws': {
    toString: () => {
      throw new Error('toString');
    },
  },
  'an object whose valueOf and toPrimitive throw': {
    valueOf: () => {
      throw new Error('valueOf');
    },
    [Symbol.toPrimitive]: () => {
      throw new Error('toPrimitive');
    },
  },
  'a revoked proxy': (() => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  })(),
  'a function': () => 'masters',
  'a symbol': Symbol('masters'),
  'a bigint': 10n,
});

/** Answer sets that throw when read: a throwing getter, proxies whose traps throw, a revoked proxy. */
export const hostileAnswerSets = (): Record<string, unknown> => ({
  'a getter that throws': Object.defineProperty({ field: 'ai' }, 'degree', {
    enumerable: true,
    get: () => {
      throw new Error('getter');
    },
  }),
  'a proxy whose ownKeys throws': new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('ownKeys');
      },
    },
  ),
  'a proxy whose get throws': new Proxy(
    { degree: 'masters' },
    {
      get: () => {
        throw new Error('get');
      },
    },
  ),
  'a proxy whose getOwnPropertyDescriptor throws': new Proxy(
    { degree: 'masters' },
    {
      getOwnPropertyDescriptor: () => {
        throw new Error('descriptor');
      },
    },
  ),
  'a revoked proxy': (() => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  })(),
  'a null-prototype object with a deep array': Object.assign(Object.create(null), { degree: deepArray(5000) }),
});
