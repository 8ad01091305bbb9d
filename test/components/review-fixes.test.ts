// Behaviour a host or applicant relies on that an independent review found
// broken; each test failed before its fix.
import { expect, html } from '@open-wc/testing';
import { TAG_NAME } from '../../src/ktech-pass-assessment.js';
import {
  $,
  $$,
  $maybe,
  SME_APPLICANT,
  choose,
  collect,
  completeThroughUi,
  focused,
  mount,
  numberField,
  pressNext,
  settle,
  text,
  typeNumber,
  type Widget,
} from './helpers.js';

describe('review fixes', () => {
  it('takes up answers and a rubric a page set before the element was defined', async () => {
    // A framework (or a slow script tag) sets properties on the plain element first.
    const name = `${TAG_NAME}-late`;
    const el = document.createElement(name) as Widget & { answers: unknown; rubric: unknown };
    el.answers = { degree: 'doctorate', experience: 12 };
    el.rubric = { id: 'bogus' };
    const errors: Event[] = [];
    el.addEventListener('assessment-error', (event) => errors.push(event));
    document.body.append(el);
    customElements.define(name, class extends (customElements.get(TAG_NAME) as CustomElementConstructor) {});
    await settle(el);
    expect(errors.length, 'the bogus rubric is reported').to.be.greaterThan(0);
    expect(el.answers).to.deep.equal({ degree: 'doctorate', experience: 12 });
    el.remove();
  });

  it('puts the counted answer back into a what-if field that was given something that is not an answer', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    const field = $<HTMLInputElement>(el, '[part~="result"] input[name="salary"]');
    field.value = 'abc';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(field.value).to.equal('80,000,000');
    expect(el.result?.total).to.equal(66);
  });

  it('restores answers the browser gives back on history navigation', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    el.formStateRestoreCallback(JSON.stringify({ degree: 'masters', experience: 5 }));
    await settle(el);
    expect(el.answers).to.deep.equal({ degree: 'masters', experience: 5 });
  });

  it('on the result, a changed employer-size fires score with the new total and becomes the baseline', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" employer-size="sme"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    const scores = collect(el, 'score');
    el.setAttribute('employer-size', 'large');
    await settle(el);
    scores.stop();
    expect(scores.events.map((event) => event.detail.total)).to.deep.equal([56]);
    // The preset is the host's, not a what-if: no "compared with your answers" line.
    expect(text($(el, '[part~="result"]'))).not.to.contain('compared with your answers');
  });

  it('keeps focus on the result after Restore removes its own button', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    const degree = $<HTMLSelectElement>(el, '[part~="result"] select[name="degree"]');
    degree.value = 'doctorate';
    degree.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    const restore = $$<HTMLButtonElement>(el, '[part~="result"] button').find((button) => text(button) === 'Restore my answers');
    restore?.click();
    await settle(el);
    expect(el.result?.total).to.equal(66);
    expect(focused(el)).to.equal($(el, '#result-title'));
  });

  it('drops the error of a question that is no longer asked from the error summary', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await choose(el, 'degree', 'masters');
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('Standing of the university');
    await choose(el, 'degree', 'none');
    expect(text($(el, '#error-summary'))).not.to.contain('Standing of the university');
  });

  it('clears error messages written in the old language when the language changes', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await pressNext(el);
    expect($maybe(el, '#error-summary')).to.exist;
    el.lang = 'ko';
    await settle(el);
    expect($maybe(el, '#error-summary')).to.equal(null);
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('답해 주세요');
  });

  it('does not suggest changing an answer the host fixed', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" employer-size="large"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    expect(text($(el, '[part~="result"] ol'))).not.to.contain('Size of the hiring firm');
  });

  it('fires answer only when the answer changes, not for every keystroke that parses to the same number', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    const answers = collect(el, 'answer');
    // Amounts below KRW 10,000,000 a year are slips, not answers (see money.test.ts).
    for (const typed of ['1', '16', '160', '160,', '160,0', '160,00', '160,000', '160,000,', '160,000,000']) await typeNumber(el, 'salary', typed);
    answers.stop();
    expect(answers.events.map((event) => event.detail.value)).to.deep.equal([160_000_000]);
    const years = collect(el, 'answer');
    for (const typed of ['7', '7.', '7.5', '7.50']) await typeNumber(el, 'experience', typed);
    years.stop();
    expect(years.events.map((event) => event.detail.value)).to.deep.equal([7, 7.5]);
  });

  it('does not read a decimal comma as a group separator: "5,5" years is 5.5, never 55', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await typeNumber(el, 'experience', '5,5');
    expect(el.answers['experience']).to.equal(5.5);
    expect(numberField(el, 'experience').value).to.equal('5,5');
    // A comma before three digits still groups them, so no reading of "5,555" is 5.555 years.
    await typeNumber(el, 'experience', '5,555');
    expect(el.answers['experience']).to.equal(undefined);
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('from 0 to 60');
  });
});
