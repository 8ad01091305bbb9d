// The README is the manual hosts copy from: its API tables must match the
// generated custom-elements.json, and its embed snippet must work as pasted.
import { expect } from '@open-wc/testing';
import { completeAssessment, until } from './drive.js';

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      customElement?: boolean;
      tagName?: string;
      attributes?: Array<{ name: string }>;
      events?: Array<{ name: string }>;
      cssParts?: Array<{ name: string }>;
      cssProperties?: Array<{ name: string }>;
      members?: Array<{ name: string; kind: string; static?: boolean; privacy?: string }>;
    }>;
  }>;
}

const readme = await (await fetch('/README.md')).text();
const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.customElement);

/** The text under `### heading` up to the next heading. */
function section(heading: string): string {
  const start = readme.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`README has no "### ${heading}" section`);
  const rest = readme.slice(start + heading.length + 6);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The first column of a section's table, without backticks, header or separator rows. */
function tableNames(heading: string): string[] {
  return section(heading)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([^`]+)`/.exec(line)?.[1] ?? '')
    .sort();
}

const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map((entry) => entry.name).sort();

describe('README and custom-elements.json', () => {
  it('describe the same element', () => {
    expect(element?.tagName).to.equal('ktech-pass-assessment');
  });

  it('list the same attributes', () => {
    expect(tableNames('Attributes')).to.deep.equal(names(element?.attributes));
    expect(tableNames('Attributes')).to.include.members([
      'employer-size',
      'rubric-src',
      'lang',
      'name',
      'required',
      'persist',
    ]);
  });

  it('list the same events', () => {
    expect(tableNames('Events')).to.deep.equal(names(element?.events));
    expect(tableNames('Events')).to.include.members(['score', 'answer', 'assessment-error']);
  });

  it('list the same CSS parts', () => {
    expect(tableNames('CSS parts')).to.deep.equal(names(element?.cssParts));
  });

  it('list the same CSS custom properties', () => {
    expect(tableNames('CSS custom properties')).to.deep.equal(names(element?.cssProperties));
  });

  it('agree on the public properties and methods', () => {
    const members = (element?.members ?? []).filter((member) => member.privacy !== 'private');
    const fields = members.filter((member) => member.kind === 'field').map((member) => member.name);
    const methods = members.filter((member) => member.kind === 'method').map((member) => `${member.name}()`);
    for (const property of tableNames('Properties'))
      expect(fields, 'fields in the manifest').to.include(property.replace(/^KtechPassAssessment\./, ''));
    expect(tableNames('Methods')).to.deep.equal(methods.sort());
  });
});

describe("the README's embed snippet", () => {
  it('works pasted into an empty HTML file next to dist/', async () => {
    const snippet = /## Embed\n[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'the first html block under "## Embed"').to.be.a('string');
    const iframe = document.createElement('iframe');
    // srcdoc resolves relative URLs against this page: the repository root, where dist/ is.
    iframe.srcdoc = snippet ?? '';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    const page = iframe.contentWindow as Window & typeof globalThis;
    await until(() => page.customElements.get('ktech-pass-assessment'), 'the element to be defined');
    const detail = await completeAssessment(page.document.querySelector('ktech-pass-assessment') as Element);
    expect(detail['total']).to.equal(66);
    iframe.remove();
  });
});
