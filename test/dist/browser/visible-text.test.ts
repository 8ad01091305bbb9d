// No build step changes what people read. Every state of visible-states.ts,
// in every language, is rendered twice in plain pages: once from dist/ktech-pass-assessment.js, once from the sources the
// build starts from (served as they are). What a person reads must be the
// same: the rendered text (innerText, so CSS that hides or joins text counts),
// the values of fields, and the accessible name and description of every
// control and landmark a screen reader announces.
import { expect } from '@open-wc/testing';
import { until } from './drive.js';
import { LANGUAGES, STATES, type State, type Visit, type Widget } from './visible-states.js';

const BUILDS = { built: '/dist/ktech-pass-assessment.js', sources: '/src/cdn.ts' };

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Elements a screen reader announces by name: controls, landmarks, labelled things. */
const NAMED =
  'button, input, select, textarea, a[href], summary, fieldset, section, [role], [aria-label], [aria-labelledby], [tabindex]';

/**
 * The accessible name, by the rules this widget's markup uses (a cheap
 * subset of accname: aria-labelledby, aria-label, <label>, <legend>, then
 * the content), and the description from aria-describedby.
 */
function accessibleName(element: Element, root: ShadowRoot): string {
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => words(root.getElementById(id)))
      .join(' ');
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return byIds(labelledBy);
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const labels = (element as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map(words).join(' ');
  if (element.localName === 'fieldset') return words(element.querySelector(':scope > legend'));
  return ['button', 'a', 'summary'].includes(element.localName) ? words(element) : '';
}

function describeControl(element: Element, root: ShadowRoot): string {
  const role =
    element.getAttribute('role') ??
    (element.localName === 'input' ? `input[${(element as HTMLInputElement).type}]` : element.localName);
  const describedBy = element.getAttribute('aria-describedby');
  const parts = [`${role} "${accessibleName(element, root)}"`];
  if (describedBy)
    parts.push(
      `described "${describedBy
        .split(/\s+/)
        .map((id) => words(root.getElementById(id)))
        .join(' ')}"`,
    );
  if (element instanceof element.ownerDocument.defaultView!.HTMLInputElement)
    parts.push(element.type === 'radio' ? `checked=${element.checked}` : `value="${element.value}"`);
  if (element instanceof element.ownerDocument.defaultView!.HTMLSelectElement)
    parts.push(`selected "${words(element.selectedOptions[0])}"`);
  for (const state of ['aria-invalid', 'aria-hidden', 'disabled'])
    if (element.hasAttribute(state)) parts.push(`${state}=${element.getAttribute(state)}`);
  return parts.join(', ');
}

/** What a person reads in the widget now: its rendered text and its named controls. */
export function readWidget(root: ShadowRoot): { text: string; controls: string[] } {
  // innerText of an element that is not rendered is its whole textContent: leave those out.
  const rendered = [...root.children].filter((child) => child.checkVisibility());
  const text = rendered.map((child) => (child as HTMLElement).innerText ?? '').join('\n');
  return { text, controls: [...root.querySelectorAll(NAMED)].map((element) => describeControl(element, root)) };
}

type Screens = Record<string, ReturnType<typeof readWidget>>;

/** A plain page with the widget from `script`, in `lang`; resolves once the widget shows something other than loading. */
async function openPage(script: string, lang: string, body: string): Promise<Widget> {
  const iframe = document.createElement('iframe');
  // Wide and tall enough for the whole widget: innerText follows layout.
  iframe.width = '900';
  iframe.height = '800';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const page = iframe.contentWindow as Window & typeof globalThis;
  await until(() => page.customElements.get('ktech-pass-assessment'), `${script} to define the element`);
  const widget = page.document.querySelector('ktech-pass-assessment') as Widget;
  await until(
    () => widget.shadowRoot?.querySelector('form[part~="step"], [part~="result"], [role="alert"]'),
    'the first screen',
  );
  return widget;
}

async function screensOf(script: string, lang: string, state: State): Promise<Screens> {
  const widget = await openPage(script, lang, state.body ?? '<ktech-pass-assessment></ktech-pass-assessment>');
  const root = widget.shadowRoot as ShadowRoot;
  const screens: Screens = {};
  const settle = async () => {
    await widget.updateComplete;
    await frame();
  };
  const visit: Visit = { widget, root, settle, see: async (label) => void (screens[label] = readWidget(root)) };
  await settle();
  await state.reach(visit);
  await settle();
  screens['last screen'] = readWidget(root);
  return screens;
}

describe('the built file shows the same text as the sources', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  for (const lang of LANGUAGES) {
    describe(`lang="${lang}"`, () => {
      for (const state of STATES) {
        it(state.name, async () => {
          const built = await screensOf(BUILDS.built, lang, state);
          const sources = await screensOf(BUILDS.sources, lang, state);
          expect(Object.keys(built)).to.deep.equal(Object.keys(sources));
          for (const [label, screen] of Object.entries(sources)) {
            expect(screen.text.trim(), `${label}: something to read`).not.to.equal('');
            expect(built[label], label).to.deep.equal(screen);
          }
        });
      }
    });
  }

  describe('controls: the comparison sees what a minifier could change', () => {
    const render = (markup: string) => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.body.append(host);
      const read = readWidget(host.shadowRoot as ShadowRoot);
      host.remove();
      return read;
    };

    it('whitespace between inline elements', () => {
      expect(render('<p><span>Hello</span>\n<span>world</span></p>').text).to.equal('Hello world');
      expect(render('<p><span>Hello</span><span>world</span></p>').text).to.equal('Helloworld');
    });

    it('text CSS hides, and text inside <pre>', () => {
      expect(render('<style>.x{display:none}</style><p>a<span class="x">b</span></p>').text).to.equal('a');
      expect(render('<style>.x{display: none}</style><p>a<span class="y">b</span></p>').text).to.equal('ab');
      expect(render('<pre>a  b\n c</pre>').text).to.equal('a  b\n c');
    });

    it('an accessible name that lost its label', () => {
      const named = render('<label for="f">Salary</label><input id="f">').controls;
      expect(named).to.deep.equal(['input[text] "Salary", value=""']);
      expect(render('<label>Salary</label><input id="f">').controls).not.to.deep.equal(named);
    });

    it('a language: the same state reads differently in en and ko', async () => {
      const state = STATES[0] as State;
      const [en, ko] = [await screensOf(BUILDS.built, 'en', state), await screensOf(BUILDS.built, 'ko', state)];
      expect(en['last screen']?.text).not.to.equal(ko['last screen']?.text);
    });
  });
});
