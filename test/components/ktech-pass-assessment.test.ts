import { expect, html } from '@open-wc/testing';
import { KtechPassAssessment } from '../../src/cdn.js';
import { $, $$, completeThroughUi, mount, SME_APPLICANT, text } from './helpers.js';

describe('<ktech-pass-assessment>', () => {
  it('is defined once, by the element class, with an open shadow root', async () => {
    expect(customElements.get('ktech-pass-assessment')).to.equal(KtechPassAssessment);
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    expect(el).to.be.instanceOf(KtechPassAssessment);
    expect(el.shadowRoot?.mode).to.equal('open');
    expect(text($(el, 'h2'))).to.contain('K-Tech Pass');
  });

  it('a second copy of the define script on the page does not throw and keeps the first definition', async () => {
    // Another URL makes the browser evaluate the module again, as a second <script> would.
    const secondCopy = `/src/components/ktech-pass-assessment-define.ts?second-copy=${Date.now()}`;
    const get = customElements.get.bind(customElements);
    const looked: string[] = [];
    customElements.get = (name: string) => {
      looked.push(name);
      return get(name);
    };
    try {
      await import(/* @vite-ignore */ secondCopy);
    } finally {
      customElements.get = get;
    }
    expect(looked, 'the second copy ran and checked for an existing definition').to.include('ktech-pass-assessment');
    expect(customElements.get('ktech-pass-assessment')).to.equal(KtechPassAssessment);
  });

  it('exposes the documented parts for host styling', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    for (const part of ['base', 'progress', 'step', 'question', 'button'])
      expect($$(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
    await completeThroughUi(el, SME_APPLICANT);
    for (const part of ['result', 'score', 'pathway', 'button'])
      expect($$(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
  });

  it('reflects employer-size, name and required to attributes', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    el.employerSize = 'sme';
    el.name = 'assessment';
    el.required = true;
    await el.updateComplete;
    expect(el.getAttribute('employer-size')).to.equal('sme');
    expect(el.getAttribute('name')).to.equal('assessment');
    expect(el.hasAttribute('required')).to.equal(true);
  });
});
