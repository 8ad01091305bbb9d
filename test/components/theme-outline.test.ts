// Host colours and outline: a dark host page never reaches the widget's
// native controls; `theme` gives a real dark palette; `heading-level` fits the
// widget's headings into the host's outline.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  $,
  $$,
  SME_APPLICANT,
  completeThroughUi,
  mount,
  pressNext,
  reachQuestion,
  settle,
  type Widget,
} from './helpers.js';

const scheme = (element: Element) => getComputedStyle(element).colorScheme;
const background = (el: Widget) => getComputedStyle(el).backgroundColor;
const LIGHT = 'rgb(255, 255, 255)';

describe('host colours', () => {
  it('on a dark host page (color-scheme: dark), the widget stays light and so do its radios', async () => {
    const page = await fixture<HTMLElement>(
      html`<div data-bs-theme="dark"><style>[data-bs-theme='dark'] { color-scheme: dark; background: #212529; color: #dee2e6; }</style><ktech-pass-assessment lang="en"></ktech-pass-assessment></div>`,
    );
    const el = page.querySelector('ktech-pass-assessment') as Widget;
    await settle(el);
    // The control: the page itself is dark.
    expect(scheme(page)).to.equal('dark');
    const radios = $$(el, 'input[type="radio"]');
    expect(radios.length).to.be.above(0);
    for (const radio of radios) expect(scheme(radio)).to.equal('light');
    // A text field too, on the first step that asks a number.
    await reachQuestion(el, 'salary');
    expect(scheme($(el, 'input[type="text"]'))).to.equal('light');
    expect(background(el)).to.equal(LIGHT);
  });

  for (const lang of ['en', 'ko']) {
    it(`theme="dark" gives the dark palette and dark native controls, on steps and the result (${lang})`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang} theme="dark"></ktech-pass-assessment>`);
      expect(background(el)).to.equal('rgb(22, 25, 29)');
      expect(scheme($(el, 'input[type="radio"]'))).to.equal('dark');
      await completeThroughUi(el, SME_APPLICANT);
      expect(scheme($(el, '[part~="result"] select'))).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  }

  it('the dark palette goes through the same --ktp-* properties: a host colour still wins', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><style>.brand { --ktp-background: rgb(1, 2, 3); }</style><ktech-pass-assessment class="brand" lang="en" theme="dark"></ktech-pass-assessment></div>`,
    );
    const el = page.querySelector('ktech-pass-assessment') as Widget;
    await settle(el);
    expect(background(el)).to.equal('rgb(1, 2, 3)');
  });

  it('theme="auto" follows the reader\'s system setting; light is the default and an unknown value', async () => {
    const auto = await mount(html`<ktech-pass-assessment lang="en" theme="auto"></ktech-pass-assessment>`);
    const light = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    const unknown = await mount(html`<ktech-pass-assessment lang="en" theme="purple"></ktech-pass-assessment>`);
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(auto)).to.equal('rgb(22, 25, 29)');
      expect(scheme($(auto, 'input[type="radio"]'))).to.equal('dark');
      expect(background(light)).to.equal(LIGHT);
      expect(background(unknown)).to.equal(LIGHT);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(auto)).to.equal(LIGHT);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('the theme property reflects, so a framework setting it as a property styles the widget', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    el.theme = 'dark';
    await settle(el);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(background(el)).to.equal('rgb(22, 25, 29)');
  });
});

/** The outline as a screen reader lists it: level and text of every heading. */
const outline = (el: Widget) =>
  $$(el, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map((node) =>
    Number(node.getAttribute('aria-level') ?? node.localName.slice(1)),
  );

describe('heading-level', () => {
  for (const lang of ['en', 'ko']) {
    it(`default 2: the title is an h2, the step an h3, the error summary an h4; the result an h3 with h4 sections (${lang})`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await pressNext(el);
      expect(outline(el)).to.deep.equal([2, 3, 4]);
      // Eligible: the routes section (no "How to gain points" once a route is met) and "Other visas that may fit".
      await completeThroughUi(el, SME_APPLICANT);
      expect(outline(el)).to.deep.equal([2, 3, 4, 4]);
    });
  }

  it('heading-level="4" moves every heading down two levels; the step heading keeps its focus target', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" heading-level="4"></ktech-pass-assessment>`);
    await pressNext(el);
    expect($(el, '[part~="base"] > h4')).to.exist;
    expect($(el, '#step-title').localName).to.equal('h5');
    expect(outline(el)).to.deep.equal([4, 5, 6]);
    await completeThroughUi(el, SME_APPLICANT);
    expect($(el, '#result-title').localName).to.equal('h5');
    expect(outline(el)).to.deep.equal([4, 5, 6, 6]);
  });

  it('heading-level="6": headings below h6 are ARIA headings of levels 7 and 8', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" heading-level="6"></ktech-pass-assessment>`);
    await pressNext(el);
    expect(outline(el)).to.deep.equal([6, 7, 8]);
    expect($(el, '#step-title').getAttribute('role')).to.equal('heading');
    await expect(el).to.be.accessible();
  });

  it('a level outside 2 to 6 gives the default, 2; the property works as the attribute does', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" heading-level="9"></ktech-pass-assessment>`);
    expect(outline(el)[0]).to.equal(2);
    el.headingLevel = 3;
    await settle(el);
    expect(outline(el)).to.deep.equal([3, 4]);
  });
});
