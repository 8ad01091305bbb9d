// Saves the installed package's built-in rubric as a JSON file in
// src/generated/, as a host saves it to start a rubric of its own. The type
// check (src/types-check.tsx) imports it to prove that the wrapper's `rubric`
// prop takes an imported JSON file. Written before every `npm run check` and
// never committed, so it cannot fall behind the package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { defaultRubric } from 'ktech-pass-assessment/rubric';

const folder = new URL('src/generated/', import.meta.url);
mkdirSync(folder, { recursive: true });
// $schema: where the schema is from here, so an editor checks the file as it is edited.
const saved = { ...defaultRubric, $schema: '../../../node_modules/ktech-pass-assessment/rubric.schema.json' };
writeFileSync(new URL('saved-rubric.json', folder), `${JSON.stringify(saved, null, 2)}\n`);
