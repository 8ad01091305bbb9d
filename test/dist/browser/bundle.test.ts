// dist/ktech-pass-assessment.js as a host page uses it: one script tag in a
// plain HTML page (an iframe, so nothing of the test page or the sources is
// there), then a person completes the assessment.
import { expect } from '@open-wc/testing';
import { completeAssessment, until } from './drive.js';

function plainPage(body: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/ktech-pass-assessment.js"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}

describe('dist/ktech-pass-assessment.js in a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('defines the element from one script tag, and a person completes the assessment to an eligible 66', async () => {
    const iframe = await plainPage('<ktech-pass-assessment></ktech-pass-assessment>');
    const page = iframe.contentWindow as Window & typeof globalThis;
    await until(() => page.customElements.get('ktech-pass-assessment'), 'the element to be defined');
    const widget = page.document.querySelector('ktech-pass-assessment') as Element;
    const detail = await completeAssessment(widget);
    expect(detail['total']).to.equal(66);
    expect(detail['bonus']).to.equal(10);
    expect(detail['eligible']).to.equal(true);
    expect(detail['complete']).to.equal(true);
    expect((detail['pathways'] as Record<string, boolean>)['qualitative']).to.equal(true);
  });

  it('reports the release of package.json as KtechPassAssessment.version', async () => {
    const iframe = await plainPage('');
    const page = iframe.contentWindow as Window & typeof globalThis;
    const element = await until(
      () =>
        page.customElements.get('ktech-pass-assessment') as
          | (CustomElementConstructor & { version?: string })
          | undefined,
      'the element to be defined',
    );
    // A query of its own: the test server caches package.json as the module the element imports.
    const packageJson = (await (await fetch('/package.json?as-data')).json()) as { version: string };
    expect(element.version).to.equal(packageJson.version);
  });

  it('is the only script an English page with the built-in rubric loads: lit and the rubric are inside', async () => {
    const iframe = await plainPage('<ktech-pass-assessment></ktech-pass-assessment>');
    const page = iframe.contentWindow as Window & typeof globalThis;
    await until(() => page.customElements.get('ktech-pass-assessment'), 'the element to be defined');
    await until(
      () => page.document.querySelector('ktech-pass-assessment')?.shadowRoot?.querySelector('h2'),
      'the heading',
    );
    const scripts = page.performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname);
    expect(scripts).to.deep.equal(['/dist/ktech-pass-assessment.js']);
  });

  it('survives a second copy of the script on the same page', async () => {
    const iframe = await plainPage('<ktech-pass-assessment></ktech-pass-assessment>');
    const page = iframe.contentWindow as Window & typeof globalThis;
    await until(() => page.customElements.get('ktech-pass-assessment'), 'the element to be defined');
    const errors: string[] = [];
    page.addEventListener('error', (event) => errors.push(event.message));
    const again = page.document.createElement('script');
    again.type = 'module';
    again.src = '/dist/ktech-pass-assessment.js?copy=2';
    const loaded = new Promise((resolve) => again.addEventListener('load', resolve, { once: true }));
    page.document.head.append(again);
    await loaded;
    expect(errors).to.deep.equal([]);
  });
});
