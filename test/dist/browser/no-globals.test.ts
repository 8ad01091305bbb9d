// A guest on someone else's page adds no globals beyond its element: Lit and
// zod share state between copies through globalThis, which the build makes
// module-local (scripts/rollup/no-globals.mjs). Checked on the built file in a plain
// page, after the element rendered and validated a rubric the host set.
import { expect } from '@open-wc/testing';
import { until } from './drive.js';

type PageWindow = Window & typeof globalThis;

async function blankPage(): Promise<PageWindow> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>';
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe.contentWindow as PageWindow;
}

async function loadModule(page: PageWindow, src: string): Promise<void> {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  page.document.head.append(script);
  await loaded;
}

const globalNames = (page: PageWindow) => new Set(Object.getOwnPropertyNames(page));
const added = (before: Set<string>, page: PageWindow) => [...globalNames(page)].filter((name) => !before.has(name));

describe('dist/ktech-pass-assessment.js on a host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('adds no global, not even after rendering and validating a host rubric', async () => {
    const page = await blankPage();
    const before = globalNames(page);
    await loadModule(page, '/dist/ktech-pass-assessment.js');
    const widget = page.document.createElement('ktech-pass-assessment') as HTMLElement & {
      rubric: unknown;
      updateComplete: Promise<unknown>;
    };
    page.document.body.append(widget);
    await until(() => widget.shadowRoot?.querySelector('input'), 'the first question');
    // A copy of the rubric in use, set as a host would: it goes through the validator (zod).
    widget.rubric = JSON.parse(JSON.stringify(widget.rubric));
    await widget.updateComplete;
    await until(() => widget.shadowRoot?.querySelector('input'), 'the form again');
    expect(added(before, page)).to.deep.equal([]);
  });

  it('control: Lit as published records its version on globalThis, and the check sees it', async () => {
    const page = await blankPage();
    const before = globalNames(page);
    await loadModule(page, '/node_modules/lit-html/lit-html.js');
    expect(added(before, page)).to.include('litHtmlVersions');
  });
});
