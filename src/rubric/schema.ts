// The rubric format, as a zod/mini schema. zod/mini, not zod: full zod alone
// would cost about 23 KB gzip, most of the widget's budget (shared/NOTES.md).
// Bytes matter here, so the schema avoids the costlier zod pieces (unions,
// records, enums, custom checks, iso formats: 0.2 to 1 KB gzip each) and describes one object per
// concept with optional fields; which fields go together, and every
// cross-reference, is checked in parse-rubric.ts, where every problem can be
// reported at once with a precise message.
import * as z from 'zod/mini';
import type { Condition } from './types.js';

const id = z.string().check(z.regex(/^[a-z][a-zA-Z0-9-]*$/));
const points = z.number().check(z.nonnegative());
const nonEmpty = z.string().check(z.minLength(1));
const nonEmptyArray = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/** Text in every language the rubric speaks; English is always there and is the fallback. */
export const localizedText = z.catchall(z.object({ en: nonEmpty }), z.string());

/**
 * One of: `{ all: [...] }`, `{ any: [...] }`, `{ question, in: [optionIds] }`,
 * `{ question, atLeast, times? }` (a number answer, optionally times a
 * parameter), `{ score, atLeast }` (`total` or a category id; `atLeast` a
 * number or "passMark").
 */
export const condition: z.ZodMiniType<Condition> = z.lazy(() =>
  z.strictObject({
    all: z.optional(nonEmptyArray(condition)),
    any: z.optional(nonEmptyArray(condition)),
    question: z.optional(id),
    in: z.optional(nonEmptyArray(id)),
    score: z.optional(id),
    atLeast: z.optional(z.unknown()),
    times: z.optional(id),
  }),
) as z.ZodMiniType<Condition>;

export const choiceOption = z.strictObject({
  id,
  label: localizedText,
  help: z.optional(localizedText),
  points: z.optional(points),
});

export const band = z.strictObject({ atLeast: z.number().check(z.nonnegative()), points });

export const question = z.strictObject({
  id,
  /** `choice` has `options`; `number` has `unit` and `bands`. */
  type: z.string(),
  label: localizedText,
  help: z.optional(localizedText),
  /** The category its points count towards; absent for questions that only decide a pathway. */
  category: z.optional(id),
  /** The most points the question gives, stated so a reader of the JSON sees it; checked. */
  max: z.optional(points),
  /** Asked only when this holds; when not asked it scores 0 and is not missing. */
  when: z.optional(condition),
  assumption: z.optional(localizedText),
  options: z.optional(z.array(choiceOption).check(z.minLength(2))),
  /** `years` or `KRW`. */
  unit: z.optional(z.string()),
  /** A parameter id: bands compare `answer >= atLeast * parameter value`. */
  scale: z.optional(id),
  /** The largest answer accepted; larger is an input error, not a score. */
  maximum: z.optional(z.number().check(z.positive())),
  bands: z.optional(nonEmptyArray(band)),
});

export const rubricSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  version: nonEmpty,
  effectiveDate: z.string().check(z.regex(/^\d{4}-\d\d-\d\d$/)),
  title: localizedText,
  languages: nonEmptyArray(z.string().check(z.regex(/^[a-z]{2,3}$/))),
  sources: z.array(
    z.strictObject({
      id,
      title: localizedText,
      publisher: localizedText,
      date: z.optional(nonEmpty),
      // Any string: the widget links only http(s) addresses and shows the rest as text.
      url: z.optional(nonEmpty),
    }),
  ),
  parameters: z.array(
    z.strictObject({
      id,
      label: localizedText,
      value: z.number().check(z.positive()),
      unit: nonEmpty,
      year: z.number(),
      source: id,
      note: z.optional(localizedText),
    }),
  ),
  /** The base maximum: the non-bonus categories add up to it. */
  total: points,
  passMark: z.strictObject({ value: points, assumption: z.optional(localizedText) }),
  categories: nonEmptyArray(z.strictObject({ id, label: localizedText, max: points, bonus: z.optional(z.boolean()) })),
  steps: nonEmptyArray(z.strictObject({ id, label: localizedText, questions: nonEmptyArray(id) })),
  questions: nonEmptyArray(question),
  pathways: nonEmptyArray(z.strictObject({ id, label: localizedText, description: localizedText, when: condition })),
  benefits: z.array(localizedText),
  assumptions: z.optional(z.array(localizedText)),
  disclaimer: localizedText,
});
