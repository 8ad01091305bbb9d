// The applicant's own language switch (issue 17): with `language-picker` a
// native menu lists every language by its own name, switches without losing
// an answer, and tells the host; without it nothing changes.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LANGUAGES } from '../../src/components/language.js';
import { $, $maybe, choose, collect, mount, nextButton, numberField, radio, settle, text, typeNumber, reachQuestion } from './helpers.js';

const picker = (el: HTMLElement) => $<HTMLSelectElement>(el, '[part~="language-picker"] select');

describe('the language picker', () => {
  it('is not there unless the host asks for it', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    expect($maybe(el, '[part~="language-picker"]')).to.equal(null);
  });

  it('lists every language by its own name, each marked with its lang, the current one selected', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko" language-picker></ktech-pass-assessment>`);
    const options = [...picker(el).options];
    expect(options.map((option) => option.value)).to.deep.equal([...LANGUAGES]);
    expect(options.find((option) => option.value === 'en')?.textContent).to.equal('English');
    expect(options.find((option) => option.value === 'ko')?.textContent).to.equal('한국어');
    expect(options.every((option) => option.lang === option.value)).to.equal(true);
    expect(picker(el).value).to.equal('ko');
    // Its label is in the widget's language.
    expect(text($(el, '[part~="language-picker"]'))).to.match(/^언어/);
    await expect(el).to.be.accessible();
  });

  it('switches by keyboard, keeps every answer and the text being typed, and fires language-change', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" language-picker></ktech-pass-assessment>`);
    await reachQuestion(el, 'salary');
    await choose(el, 'employerSize', 'sme');
    await typeNumber(el, 'salary', '160,000,000');
    const changes = collect(el, 'language-change');
    picker(el).focus();
    // A closed select changes with the arrow keys, as a person would use it.
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    changes.stop();
    expect(changes.events[0]?.detail.lang).to.equal('ko');
    expect(el.lang).to.equal('ko');
    expect(text(nextButton(el))).to.equal('다음');
    expect(radio(el, 'employerSize', 'sme').checked).to.equal(true);
    expect(numberField(el, 'salary').value).to.equal('160,000,000');
    expect(el.answers).to.include({ jobOffer: 'yes', employerSize: 'sme', salary: 160_000_000 });
  });
});
