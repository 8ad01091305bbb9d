// The rubric format, as a zod/mini schema. zod/mini, not zod: full zod alone
// would cost about 23 KB gzip, most of the widget's budget (shared/NOTES.md).
// Cross-references (question ids in conditions, category sums) are checked
// afterwards in parse-rubric.ts, where every problem can be reported at once.
import * as z from 'zod/mini';
import type { Condition } from './types.js';

const id = z.string().check(z.regex(/^[a-z][a-zA-Z0-9-]*$/));
const points = z.number().check(z.nonnegative());
const nonEmpty = z.string().check(z.minLength(1));

/** Text in every language the rubric speaks; English is always there and is the fallback. */
export const localizedText = z.catchall(z.object({ en: nonEmpty }), z.string());

const assumption = z.optional(localizedText);

export const condition: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(condition).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(condition).check(z.minLength(1)) }),
    z.strictObject({ question: id, in: z.array(id).check(z.minLength(1)) }),
    z.strictObject({ question: id, atLeast: z.number(), times: z.optional(id) }),
    z.strictObject({ score: id, atLeast: z.union([z.number(), z.literal('passMark')]) }),
  ]),
);

const questionBase = {
  id,
  label: localizedText,
  help: z.optional(localizedText),
  /** The category its points count towards; absent for questions that only decide a pathway. */
  category: z.optional(id),
  max: z.optional(points),
  /** Asked only when this holds; when not asked it scores 0 and is not missing. */
  when: z.optional(condition),
  assumption,
};

export const choiceOption = z.strictObject({
  id,
  label: localizedText,
  help: z.optional(localizedText),
  points: z.optional(points),
});

export const choiceQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('choice'),
  options: z.array(choiceOption).check(z.minLength(2)),
});

export const band = z.strictObject({ atLeast: z.number().check(z.nonnegative()), points });

export const numberQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('number'),
  unit: z.enum(['years', 'KRW']),
  /** Bands compare `answer >= atLeast * parameters[scale].value` when set. */
  scale: z.optional(id),
  /** The largest answer accepted; larger is an input error, not a score. */
  maximum: z.optional(z.number().check(z.positive())),
  bands: z.array(band).check(z.minLength(1)),
});

export const question = z.discriminatedUnion('type', [choiceQuestion, numberQuestion]);

export const rubricSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  version: nonEmpty,
  effectiveDate: z.iso.date(),
  title: localizedText,
  summary: z.optional(localizedText),
  languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}$/))).check(z.minLength(1)),
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
  parameters: z.record(
    id,
    z.strictObject({
      label: localizedText,
      value: z.number().check(z.positive()),
      unit: nonEmpty,
      year: z.int(),
      source: id,
      note: z.optional(localizedText),
    }),
  ),
  /** The base maximum: the non-bonus categories add up to it. */
  total: points,
  passMark: z.strictObject({ value: points, assumption }),
  categories: z.array(
    z.strictObject({ id, label: localizedText, max: points, bonus: z.optional(z.boolean()) }),
  ).check(z.minLength(1)),
  steps: z.array(z.strictObject({ id, label: localizedText, questions: z.array(id).check(z.minLength(1)) })).check(z.minLength(1)),
  questions: z.array(question).check(z.minLength(1)),
  pathways: z.array(
    z.strictObject({ id, label: localizedText, description: localizedText, when: condition }),
  ).check(z.minLength(1)),
  benefits: z.array(localizedText),
  assumptions: z.optional(z.array(localizedText)),
  disclaimer: localizedText,
});
