import * as z from 'zod/mini';

function rubricSchemas() {
  const id = z.string();
  const points = z.number();
  const localizedText = z.catchall(z.object({ en: z.string() }), z.string());
  const text = localizedText;
  const optionalText = z.optional(localizedText);
  const choiceOption = z.strictObject({
    id,
    label: text,
    help: optionalText,
    points: z.optional(points),
    /** In a multi-choice question: chosen alone ("None of these"). */
    exclusive: z.optional(z.unknown()),
    /** Option ids of earlier rubric versions that mean this option (stored answers with them read as this). */
    replaces: z.optional(z.array(id)),
    /** Points that depend on other answers: the first `when` (a condition tree) that holds gives its points. */
    pointsWhen: z.optional(z.array(z.strictObject({ when: z.unknown(), points })))
  });
  const band = z.strictObject({ atLeast: z.number(), points });
  const ids = z.optional(z.array(id));
  const question = z.strictObject({
    id,
    /** `choice` (one of the options) and `multi` (all that apply) have `options`; `number` has `unit` and `bands`. */
    type: z.string(),
    label: text,
    help: optionalText,
    /** The category its points count towards; absent for questions that only decide a pathway. */
    category: z.optional(id),
    /** The most points the question gives, stated so a reader of the JSON sees it; checked. */
    max: z.optional(points),
    /**
     * Asked only when this condition holds, on the answers to questions asked
     * before it; when not asked it is not required, scores 0, is not missing
     * and decides nothing, and its answer is kept. A condition tree (see
     * `Condition` in types.ts) is checked in semantic-rules.ts: a recursive zod
     * type would cost a lazy schema.
     */
    askedWhen: z.optional(z.unknown()),
    /** The name of `askedWhen` before rubric 2.1; read as it. */
    when: z.optional(z.unknown()),
    /** How the answer can change: "no", "time", "offer" or "action". */
    changeable: z.optional(z.string()),
    /** What a route that needs another answer lacks, in words ("Needs a job offer from a company or institution in Korea"). */
    needs: optionalText,
    assumption: optionalText,
    /** An answer assumed until one is given: not asked in a short check, named in the result (checked against the question). */
    assumedAnswer: z.optional(z.unknown()),
    /** Ids of the sources its wording or thresholds follow. */
    sources: ids,
    /** The element attribute through which a host page may answer this choice question (for example "employer-size"); it is then not asked. */
    hostAttribute: z.optional(z.string()),
    /** A fact about the applicant's past they cannot change now (degree, university); "How to gain points" lists it apart. */
    fact: z.optional(z.boolean()),
    options: z.optional(z.array(choiceOption)),
    /** `years` or `KRW`. */
    unit: z.optional(z.string()),
    /** A parameter id: bands compare `answer >= atLeast * parameter value`. */
    scale: z.optional(id),
    /** The largest answer accepted; larger is an input error, not a score. */
    maximum: z.optional(z.number()),
    /** Required when the question has a category. */
    bands: z.optional(z.array(band))
  });
  const nextStep = z.strictObject({
    text,
    url: z.optional(z.string()),
    /** Shown only when this condition holds (a condition tree, checked in semantic-rules.ts). */
    when: z.optional(z.unknown())
  });
  const pathway = z.strictObject({
    id,
    label: text,
    description: text,
    /** A condition tree (see `Condition` in types.ts), checked in parse-rubric.ts. */
    when: z.unknown(),
    /** The status (visa, pass) the pathway leads to. */
    status: optionalText,
    /** The official rule it follows, in words. */
    basis: optionalText,
    /** Ids of the sources that state the rule. */
    sources: ids,
    /** Why the rule is what it is, when part of it is not official. */
    assumption: optionalText,
    /** What to do when the pathway is met, in order. */
    next: z.optional(z.array(nextStep)),
    /** A lesser status to fall back on: never counts towards "eligible", shown only when no other pathway is met. */
    alternative: z.optional(z.boolean()),
    /** For an alternative: when, being met, it leads the result's summary (a condition tree). */
    leadsWhen: z.optional(z.unknown())
  });
  const rubricSchema = z.strictObject({
    $schema: z.optional(z.string()),
    id,
    version: z.string(),
    /** YYYY-MM-DD: the first day the rules apply. */
    effectiveDate: z.string(),
    /** YYYY-MM-DD: the last day its figures are known to hold; after it the widget says they may be out of date. */
    reviewDate: z.optional(z.string()),
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
        url: z.optional(z.string())
      })
    ),
    parameters: z.array(
      z.strictObject({
        id,
        label: text,
        value: z.number(),
        unit: z.string(),
        /** The year the figure measures. */
        year: z.number(),
        /** YYYY-MM-DD: the first day the figure is applied. */
        validFrom: z.optional(z.string()),
        /** YYYY-MM-DD: the last day the figure is applied. */
        validUntil: z.optional(z.string()),
        /** Ids of the sources that state the figure (at least one). */
        sources: z.array(id),
        note: optionalText
      })
    ),
    /** The base maximum: the non-bonus categories add up to it. */
    total: points,
    passMark: z.strictObject({ value: points, assumption: optionalText }),
    categories: z.array(
      z.strictObject({
        id,
        label: text,
        max: points,
        bonus: z.optional(z.unknown()),
        /** Its questions may add up to more than `max`; points above it do not count. */
        capped: z.optional(z.unknown()),
        /** The least it counts (0 or below): where deductions stop. */
        min: z.optional(points)
      })
    ),
    steps: z.array(z.strictObject({ id, label: text, questions: z.array(id) })),
    questions: z.array(question),
    pathways: z.array(pathway),
    benefits: z.array(text),
    /** Ids of the sources that state the benefits. */
    benefitSources: ids,
    assumptions: z.optional(z.array(text)),
    disclaimer: text,
    /** What the rubric does not check, and where to look instead (shown when no route is met). */
    scope: z.optional(z.strictObject({ text, links: z.array(nextStep) }))
  });
  return { localizedText, choiceOption, band, question, nextStep, pathway, rubricSchema };
}

export { rubricSchemas };
