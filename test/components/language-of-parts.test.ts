// Text in a language other than the widget's is marked with its own `lang`
// (WCAG 3.1.2 Language of Parts), so a screen reader reads it in the right
// voice: a Korean term in an English or Vietnamese sentence ("a confirmation
// of visa issuance (사증발급인정서)", "route 가"), and the English details
// of a rubric that cannot be used on a Korean page.
import { expect, html, waitUntil } from '@open-wc/testing';
import { $$, SME_APPLICANT, completeThroughUi, mount, settle, shadow, type Widget } from './helpers.js';

/** Every text node of the widget with Hangul in it whose nearest `lang` is not Korean, with that `lang`. */
function hangulOutsideKorean(el: Widget): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
    if (/\p{Script=Hangul}/u.test(node.textContent ?? '') && lang !== 'ko') found.push(`[${lang}] ${node.textContent}`);
  }
  return found;
}

/** The text nodes whose nearest `lang` is `lang`, joined. */
const textIn = (el: Widget, lang: string): string => {
  const texts: string[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement?.closest('[lang]')?.getAttribute('lang') === lang) texts.push(node.textContent ?? '');
  return texts.join('');
};

describe('language of parts', () => {
  for (const lang of ['en', 'vi']) {
    it(`the Korean terms in a ${lang} result (route 가, 법무부) are marked lang="ko", and nothing else is`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await completeThroughUi(el, { ...SME_APPLICANT, employerSize: 'large' });
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      await settle(el);
      // The control: the result has Korean terms to mark.
      expect(textIn(el, 'ko')).to.match(/\p{Script=Hangul}/u);
      expect(hangulOutsideKorean(el)).to.deep.equal([]);
      // Only the Korean words: the sentence around them stays in the widget's language.
      for (const marked of $$(el, '[part~="result"] [lang="ko"]'))
        expect(marked.textContent ?? '').to.match(/^\p{Script=Hangul}[\p{Script=Hangul}\s]*$/u);
    });
  }

  it('on a Korean page, the English details of a rubric that cannot be used are marked lang="en"', async () => {
    const el = await mount(
      html`<ktech-pass-assessment lang="ko" rubric-src="/test/components/fixtures/broken.json"></ktech-pass-assessment>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"] li'), 'the error is shown');
    const alert = $$(el, '[role="alert"]')[0] as HTMLElement;
    // The sentence is Korean; the developer's details under it are English.
    expect(alert.querySelector('p')?.closest('[lang]')?.getAttribute('lang')).to.equal('ko');
    const details = [...alert.querySelectorAll('li')];
    expect(details.length).to.be.above(0);
    for (const item of details) expect(item.closest('[lang]')?.getAttribute('lang')).to.equal('en');
  });
});
