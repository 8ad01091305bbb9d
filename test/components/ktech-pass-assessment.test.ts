import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ktech-pass-assessment.js';

describe('<ktech-pass-assessment>', () => {
  it('renders a heading in its shadow root', async () => {
    const el = await fixture(html`<ktech-pass-assessment></ktech-pass-assessment>`);
    const heading = el.shadowRoot?.querySelector('h2');
    expect(heading?.textContent).to.contain('K-Tech Pass');
    await expect(el).to.be.accessible();
  });
});
