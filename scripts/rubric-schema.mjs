// Writes rubric.schema.json, the JSON Schema of the rubric format, from the
// zod schema the widget validates with (src/rubric/schema.ts), so an editor
// checks a host's rubric against the same rules as the code. Run by
// scripts/build.mjs under tsx (the schema is TypeScript):
//   node --import tsx scripts/rubric-schema.mjs <output file>
// JSON Schema cannot express the cross-checks of parse-rubric.ts (references,
// sums, band order); the description says so.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { rubricSchemas } from '../src/rubric/schema.ts';

const schemas = rubricSchemas();
const { rubricSchema } = schemas;

// Named definitions instead of zod's __schemaN, described for the editor's
// hover text (only those src/rubric/schema.ts exports).
const definitions = {
  localizedText: [
    'LocalizedText',
    'Text keyed by language code. "en" is required and is the fallback; every language in "languages" must be present.',
  ],
  choiceOption: ['ChoiceOption', 'An answer option of a choice question and the points it gives.'],
  band: ['Band', "Points for a number answer of at least atLeast (times the question's scale parameter, if any)."],
  question: [
    'Question',
    'A "choice" question has options; a "number" question has unit ("years" or "KRW"), bands, and optionally scale and maximum.',
  ],
};
const registry = z.registry();
for (const [name, [id, description]] of Object.entries(definitions)) {
  if (schemas[name]) registry.add(schemas[name], { id, description });
}

// The widget's schema leaves condition trees to parse-rubric.ts (a recursive
// zod type costs bytes in every visitor's download). An editor has no such
// budget: describe them here, as types.ts and parse-rubric.ts define them.
const CONDITION = {
  description:
    'One of {all: [...]}, {any: [...]}, {question, in: [optionIds]}, {question, atLeast, times?} (a number answer, optionally times a parameter) or {score, atLeast} (score "total" or a category id; atLeast a number or "passMark").',
  oneOf: [
    {
      type: 'object',
      properties: { all: { type: 'array', minItems: 1, items: { $ref: '#/$defs/Condition' } } },
      required: ['all'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { any: { type: 'array', minItems: 1, items: { $ref: '#/$defs/Condition' } } },
      required: ['any'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { question: { type: 'string' }, in: { type: 'array', minItems: 1, items: { type: 'string' } } },
      required: ['question', 'in'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { question: { type: 'string' }, atLeast: { type: 'number' }, times: { type: 'string' } },
      required: ['question', 'atLeast'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { score: { type: 'string' }, atLeast: { anyOf: [{ type: 'number' }, { const: 'passMark' }] } },
      required: ['score', 'atLeast'],
      additionalProperties: false,
    },
  ],
};

/**
 * Fields the widget's zod schema leaves open to save bytes and parse-rubric.ts
 * checks by hand; an editor gets their real types here.
 */
const OPEN_FIELDS = {
  when: { $ref: '#/$defs/Condition' },
  bonus: { type: 'boolean', description: 'Points of this category come on top of the base maximum.' },
};

/** Gives every open field (see OPEN_FIELDS) its real type. */
function withConditions(node) {
  if (Array.isArray(node)) return node.map(withConditions);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'properties' && value && typeof value === 'object'
        ? {
            ...withConditions(value),
            ...Object.fromEntries(Object.entries(OPEN_FIELDS).filter(([field]) => field in value)),
          }
        : withConditions(value),
    ]),
  );
}

const out = process.argv[2] ?? 'rubric.schema.json';
const generated = z.toJSONSchema(rubricSchema, {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: 'any',
  metadata: registry,
});
const { $schema, $defs, ...rest } = withConditions(generated);
const schema = {
  $schema,
  title: 'K-Tech Pass assessment rubric',
  description:
    'The data <ktech-pass-assessment> scores with. Generated from src/rubric/schema.ts; do not edit. ' +
    'It checks the shape; parseRubric() also checks what a schema cannot: unknown ids in conditions and steps, ' +
    'duplicate ids, bands in ascending order, category maxima that add up, and texts complete in every language.',
  ...rest,
  $defs: { ...$defs, Condition: CONDITION },
};
writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
