// The rubric format, as a zod/mini schema: the shape and types of every field.
// zod/mini, not zod: full zod alone would cost about 23 KB gzip (measured on
// this project's setup). The schema ships in the validator file, loaded by
// every page with a host rubric, so it uses only zod's cheapest pieces (objects,
// arrays, strings, numbers): unions, records, enums, booleans, lazy types, regex and
// range checks cost 0.1 to 1 KB gzip each. Formats, ranges, which fields go
// together, the condition trees and every cross-reference are checked in
// parse-rubric.ts, where every problem is reported at once with its path.
//
// The schemas are built on first use, not on import: constructing them takes
// about 5 ms, and most pages never validate a rubric (the built-in one is
// checked by the tests, not at run time).
import * as z from 'zod/mini';

/** Builds the rubric schema and its named parts (scripts/rubric-schema.mjs names them in the JSON Schema). */
export function rubricSchemas() {
  const id = z.string();
  const points = z.number();

  /** Text in every language the rubric speaks; English is always there and is the fallback. */
  const localizedText = z.catchall(z.object({ en: z.string() }), z.string());
  const text = localizedText;
  const optionalText = z.optional(localizedText);

  const choiceOption = z.strictObject({ id, label: text, help: optionalText, points: z.optional(points) });

  const band = z.strictObject({ atLeast: z.number(), points });

  const question = z.strictObject({
    id,
    /** `choice` has `options`; `number` has `unit` and `bands`. */
    type: z.string(),
    label: text,
    help: optionalText,
    /** The category its points count towards; absent for questions that only decide a pathway. */
    category: z.optional(id),
    /** The most points the question gives, stated so a reader of the JSON sees it; checked. */
    max: z.optional(points),
    /**
     * Asked only when this condition holds; when not asked it scores 0 and is
     * not missing. A condition tree (see `Condition` in types.ts) is checked in
     * parse-rubric.ts: a recursive zod type would cost a lazy schema.
     */
    when: z.optional(z.unknown()),
    assumption: optionalText,
    options: z.optional(z.array(choiceOption)),
    /** `years` or `KRW`. */
    unit: z.optional(z.string()),
    /** A parameter id: bands compare `answer >= atLeast * parameter value`. */
    scale: z.optional(id),
    /** The largest answer accepted; larger is an input error, not a score. */
    maximum: z.optional(z.number()),
    bands: z.optional(z.array(band)),
  });

  const rubricSchema = z.strictObject({
    $schema: z.optional(z.string()),
    id,
    version: z.string(),
    /** YYYY-MM-DD. */
    effectiveDate: z.string(),
    title: text,
    /** Language codes every text is complete in; must include `en`. */
    languages: z.array(z.string()),
    sources: z.array(
      z.strictObject({
        id,
        title: text,
        publisher: text,
        date: z.optional(z.string()),
        // Any string: the widget links only http(s) addresses and shows the rest as text.
        url: z.optional(z.string()),
      }),
    ),
    parameters: z.array(
      z.strictObject({ id, label: text, value: z.number(), unit: z.string(), year: z.number(), source: id, note: optionalText }),
    ),
    /** The base maximum: the non-bonus categories add up to it. */
    total: points,
    passMark: z.strictObject({ value: points, assumption: optionalText }),
    categories: z.array(z.strictObject({ id, label: text, max: points, bonus: z.optional(z.unknown()) })),
    steps: z.array(z.strictObject({ id, label: text, questions: z.array(id) })),
    questions: z.array(question),
    pathways: z.array(z.strictObject({ id, label: text, description: text, when: z.unknown() })),
    benefits: z.array(text),
    assumptions: z.optional(z.array(text)),
    disclaimer: text,
  });

  return { localizedText, choiceOption, band, question, rubricSchema };
}
