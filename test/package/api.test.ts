// The element's public surface has one source, its JSDoc (read into
// custom-elements.json). Everything that lists the surface must agree with it:
// the generated typings and wrapper events and the README's API section
// (scripts/api.mjs), the framework typings in types/, and the files the example
// apps type-check, which must use every attribute, property and event so that
// their checkers (tsc, vue-tsc --strictTemplates, svelte-check) prove each one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error a plain script module without declarations
import { analyse, hostTypes, reactEventProp, reactEvents, readmeApi, surfaceOf } from '../../scripts/api.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

interface Entry {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
interface Surface {
  attributes: Entry[];
  settable: Entry[];
  events: Entry[];
  parts: Entry[];
}

let surface: Surface;
before(() => {
  surface = surfaceOf(analyse()) as Surface;
});

describe('one source for the public surface', { timeout: 120_000 }, () => {
  it('the manifest has the documented surface: attributes, properties, events and parts', () => {
    const names = (entries: Entry[]) => entries.map((entry) => entry.name);
    for (const attribute of ['lang', 'employer-size', 'theme', 'heading-level', 'language-picker', 'persist-key'])
      assert.ok(names(surface.attributes).includes(attribute), `no ${attribute} attribute`);
    for (const property of ['answers', 'rubric', 'theme', 'headingLevel', 'languagePicker'])
      assert.ok(names(surface.settable).includes(property), `no ${property} property`);
    assert.deepEqual(names(surface.events).sort(), ['answer', 'assessment-error', 'language-change', 'score']);
    assert.ok(surface.parts.length > 0);
    for (const entry of [...surface.attributes, ...surface.settable, ...surface.events, ...surface.parts])
      assert.ok(entry.description?.trim(), `${entry.name} has no JSDoc`);
    const lang = surface.attributes.find((entry) => entry.name === 'lang');
    for (const { code } of JSON.parse(read('src/locales/languages.json')) as { code: string }[])
      assert.match(lang?.description ?? '', new RegExp(`\`${code}\``), `the lang JSDoc does not name ${code}`);
  });

  it('the typings, the wrapper events and the README are what the JSDoc gives (`npm run api` writes them)', () => {
    try {
      execFileSync(process.execPath, ['scripts/api.mjs', '--check'], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail((error as { stderr?: string }).stderr ?? String(error));
    }
  });

  it('an attribute, property or event added to the JSDoc reaches every generated list', () => {
    const grown: Surface = {
      ...surface,
      attributes: [
        ...surface.attributes,
        {
          name: 'other-visas',
          fieldName: 'otherVisas',
          description: 'Visas held.',
          type: { text: 'string | undefined' },
        },
      ],
      settable: [
        ...surface.settable,
        { name: 'otherVisas', description: 'Visas held.', type: { text: 'string | undefined' } },
      ],
      events: [
        ...surface.events,
        { name: 'visa-change', description: 'A visa changed.', type: { text: 'CustomEvent<VisaDetail>' } },
      ],
    };
    assert.match(hostTypes(grown), /'other-visas'\?: typeof element\.otherVisas;/);
    assert.match(hostTypes(grown), /otherVisas\?: typeof element\.otherVisas;/);
    assert.match(hostTypes(grown), /'visa-change': HTMLElementEventMap\['visa-change'\]/);
    assert.match(reactEvents(grown), /onVisaChange: 'visa-change'/);
    assert.match(readmeApi(grown), /\| `other-visas` \| `otherVisas` \|/);
    assert.match(readmeApi(grown), /\| `visa-change` \| `VisaDetail` \|/);
  });

  it('every framework typing is made of the generated lists', () => {
    for (const framework of ['react', 'preact', 'svelte']) {
      const typing = read(`types/${framework}.d.ts`);
      for (const part of [
        'KtechPassAssessmentProperties',
        'KtechPassAssessmentAttributes',
        'KtechPassAssessmentEventProps',
      ])
        assert.match(typing, new RegExp(`& *\\n? *${part}|${part} *&`), `types/${framework}.d.ts does not use ${part}`);
    }
    const vue = read('types/vue.d.ts');
    for (const part of [
      'KtechPassAssessmentProperties',
      'KtechPassAssessmentAttributes',
      'KtechPassAssessmentEventMap',
    ])
      assert.ok(vue.includes(part), `types/vue.d.ts does not use ${part}`);
    assert.match(
      read('src/react/index.ts'),
      /\bevents,\n/,
      'the wrapper does not take its events from src/react/events.ts',
    );
  });

  // What each checked file must contain for an attribute, a property and an event, by framework.
  const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const used = (text: string, written: string[]) =>
    written.some((form) =>
      new RegExp(`[\\s{:@]${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s=/>}])`).test(text),
    );
  const CHECKED = [
    {
      file: 'examples/react/src/types-check.tsx',
      part: 'RawElement',
      attribute: (name: string) => [name],
      property: (name: string) => [name],
      event: (name: string) => [`on${name}`],
    },
    {
      file: 'examples/react/src/types-check.tsx',
      part: 'Wrapped',
      attribute: null,
      property: (name: string) => [name],
      event: (name: string) => [reactEventProp(name) as string],
    },
    {
      file: 'examples/react/src/preact-check.tsx',
      part: 'Eligibility',
      attribute: (name: string) => [name],
      property: (name: string) => [name],
      event: (name: string) => [`on${name}`],
    },
    {
      file: 'examples/vue/src/TypesCheck.vue',
      part: '<template>',
      attribute: (name: string) => [name, `:${name}`],
      property: (name: string) => [`:${name}`, `:${kebab(name)}`, kebab(name)],
      event: (name: string) => [`@${name}`],
    },
    {
      file: 'examples/svelte/src/TypesCheck.svelte',
      part: '<ktech-pass-assessment',
      attribute: (name: string) => [name],
      property: (name: string) => [name, `{${name}}`],
      event: (name: string) => [`on${name}`],
    },
  ];
  for (const checked of CHECKED) {
    it(`${checked.file} (${checked.part}) uses every attribute, property and event`, () => {
      const text = read(checked.file);
      const from = text.indexOf(checked.part);
      assert.ok(from >= 0, `${checked.part} is not in ${checked.file}`);
      const markup = text.slice(from);
      const missing = [
        ...(checked.attribute
          ? surface.attributes
              .filter((entry) => !used(markup, checked.attribute(entry.name)))
              .map((entry) => `attribute ${entry.name}`)
          : []),
        ...surface.settable
          .filter((entry) => !used(markup, checked.property(entry.name)))
          .map((entry) => `property ${entry.name}`),
        ...surface.events
          .filter((entry) => !used(markup, checked.event(entry.name)))
          .map((entry) => `event ${entry.name}`),
      ];
      assert.deepEqual(missing, [], `${checked.file} leaves out what its type check should prove`);
    });
  }
});
