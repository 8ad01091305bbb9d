// The page decides whether and how the widget's box is shown: its own CSS
// hides it (a class toggled by an app: Bootstrap's .d-none is
// `display: none !important`, Tailwind's .hidden is `display: none`), and
// whatever display it gives the element, the content after the widget starts
// below it, never under it.
import { expect, fixture, html } from '@open-wc/testing';
import { $, settle, type Widget } from './helpers.js';

async function page(css: string, className = '') {
  const host = await fixture<HTMLElement>(html`<div>
    <style>${css}</style>
    <ktech-pass-assessment lang="en" class=${className}></ktech-pass-assessment>
    <p>After the widget</p>
  </div>`);
  const el = host.querySelector('ktech-pass-assessment') as Widget;
  await settle(el);
  return { el, after: host.querySelector('p') as HTMLElement };
}

describe("the page's CSS and the widget's box", () => {
  for (const [name, css, className] of [
    ['display: none on the element', 'ktech-pass-assessment { display: none }', ''],
    ["Tailwind's .hidden", '.hidden { display: none }', 'hidden'],
    ["Bootstrap's .d-none (!important)", '.d-none { display: none !important }', 'd-none'],
  ]) {
    it(`a page hides the widget with its own CSS: ${name}`, async () => {
      const { el, after } = await page(css as string, className as string);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      // Nothing of it is drawn: the text after it takes its place at the top.
      expect(after.getBoundingClientRect().top - el.parentElement!.getBoundingClientRect().top).to.be.below(40);
    });
  }

  for (const display of ['block', 'inline', 'inline-block', 'flex', 'grid', 'contents']) {
    it(`with display: ${display} from the page, the text after the widget starts below its content`, async () => {
      const { el, after } = await page(`ktech-pass-assessment { display: ${display} }`);
      const content = $(el, '.base').getBoundingClientRect();
      expect(content.height, 'the widget shows its form').to.be.above(200);
      expect(after.getBoundingClientRect().top).to.be.at.least(content.bottom - 1);
    });
  }

  it('without page CSS, the widget is a block that holds its content', async () => {
    const { el, after } = await page('');
    expect(getComputedStyle(el).display).to.equal('flow-root');
    expect(el.getBoundingClientRect().height).to.be.at.least($(el, '.base').getBoundingClientRect().height);
    expect(after.getBoundingClientRect().top).to.be.at.least(el.getBoundingClientRect().bottom - 1);
  });
});
