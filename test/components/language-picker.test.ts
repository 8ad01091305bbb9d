// The applicant's own language switch: with `language-picker` a
// native menu lists every language by its own name, switches without losing
// an answer, and tells the host; without it nothing changes.
import { MESSAGES_EN } from '../../src/components/i18n/messages.js';
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LANGUAGES } from '../../src/components/i18n/language.js';
import {
  $,
  $maybe,
  choose,
  collect,
  focused,
  mount,
  numberField,
  pressNext,
  settle,
  text,
  typeNumber,
} from './helpers.js';

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

  it('an arrow key on the list switches nothing; the Change language button does, by keyboard, keeping every answer and showing typed numbers the new way', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" language-picker></ktech-pass-assessment>`);
    await choose(el, 'jobOffer', 'yes');
    await choose(el, 'governmentProgramme', 'none');
    await choose(el, 'inKorea', 'no');
    await pressNext(el);
    await typeNumber(el, 'salary', '160,000,000');
    const changes = collect(el, 'language-change');
    picker(el).focus();
    // Reading the closed list with the arrow keys must not switch the widget under the reader.
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(changes.events).to.have.length(0);
    expect(el.lang).to.equal('en');
    // Down twice from English is Tiếng Việt (en, ko, zh-Hans, vi), then Tab to the button and Enter.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal(MESSAGES_EN.changeLanguage);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    changes.stop();
    expect(changes.events.map((event) => event.detail.lang)).to.deep.equal(['vi']);
    expect(el.lang).to.equal('vi');
    expect(el.answers).to.include({ jobOffer: 'yes', salary: 160_000_000 });
    // The salary typed in English reads the Vietnamese way now, as the value line beside it does.
    expect(numberField(el, 'salary').value).to.equal('160.000.000');
  });
});
