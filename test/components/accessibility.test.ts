import { expect, html, waitUntil } from '@open-wc/testing';
import { LANGUAGES } from '../../src/components/i18n/language.js';
import { contrastViolations, expectDarkContrast } from './contrast.js';
import {
  $,
  $maybe,
  NO_OFFER_APPLICANT,
  SME_APPLICANT,
  TOP_TIER_APPLICANT,
  answerStep,
  completeThroughUi,
  mount,
  pressNext,
  progress,
  reachQuestion,
  type Widget,
} from './helpers.js';

// axe-core (through chai-a11y-axe) on every view a person can reach, in every
// language: every rule in the light theme, then, in the same view, the dark
// theme's contrast (the only thing its palette can change).
const accessibleInBothThemes = async (el: Widget) => {
  await expect(el).to.be.accessible();
  await expectDarkContrast(el);
  el.setAttribute('theme', 'light');
  await el.updateComplete;
};

for (const lang of LANGUAGES) {
  describe(`accessibility (axe) in ${lang}, light theme; contrast in the dark theme`, () => {
    const widget = (employerSize = '') =>
      employerSize
        ? mount(
            html`<ktech-pass-assessment lang=${lang} theme="light" employer-size=${employerSize}></ktech-pass-assessment>`,
          )
        : mount(html`<ktech-pass-assessment lang=${lang} theme="light"></ktech-pass-assessment>`);

    it('every step, each with every question it can ask shown (an offer, a doctorate, a box ticked)', async () => {
      const el = await widget();
      await expect(el).to.be.accessible();
      for (let step = 1; step <= 20 && !$maybe(el, '[part~="result"]'); step++) {
        await answerStep(el, TOP_TIER_APPLICANT);
        expect(progress(el)).to.contain(String(step));
        await accessibleInBothThemes(el);
        await pressNext(el);
      }
    });

    it('the offer step with the employer size preset', async () => {
      const el = await widget('sme');
      await reachQuestion(el, 'salary');
      expect($(el, 'p[part~="question"]')).to.exist;
      await accessibleInBothThemes(el);
    });

    it('the error state (summary and messages by the fields)', async () => {
      const el = await widget();
      await pressNext(el);
      expect($(el, '#error-summary')).to.exist;
      await accessibleInBothThemes(el);
    });

    it('the error state for text that is not a number', async () => {
      const el = await widget();
      await reachQuestion(el, 'experience');
      await answerStep(el, { employer: ['other'] });
      const experience = $<HTMLInputElement>(el, 'input[name="experience"]');
      experience.value = 'abc';
      experience.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await pressNext(el);
      await accessibleInBothThemes(el);
    });

    it('the result, eligible', async () => {
      const el = await widget();
      await completeThroughUi(el, TOP_TIER_APPLICANT);
      await accessibleInBothThemes(el);
    });

    it('the result after a what-if change (delta and restore shown)', async () => {
      const el = await widget();
      await completeThroughUi(el, SME_APPLICANT);
      const select = $<HTMLSelectElement>(el, '[part~="result"] select[name="evidence"]');
      select.value = 'leading';
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      await accessibleInBothThemes(el);
    });

    it('the result with every disclosure open', async () => {
      const el = await widget();
      await completeThroughUi(el, { ...SME_APPLICANT, employerSize: 'large' });
      for (const details of el.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
      await accessibleInBothThemes(el);
    });

    it('a what-if field with an error, and a salary "Did you mean" on a step', async () => {
      const el = await widget();
      await completeThroughUi(el, SME_APPLICANT);
      const field = $<HTMLInputElement>(el, '[part~="result"] input[name="salary"]');
      field.value = '150';
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '[part~="result"] .field-error')).to.exist;
      await accessibleInBothThemes(el);
      el.reset();
      await el.updateComplete;
      await reachQuestion(el, 'salary');
      // Without its unit in every language: 15,000 thousand won, 15,000만, 15,000万, 15.000 nghìn.
      await answerStep(el, { salary: 15000 });
      await pressNext(el);
      expect($(el, '.fix')).to.exist;
      await accessibleInBothThemes(el);
    });

    it('the result, not eligible', async () => {
      const el = await widget();
      await completeThroughUi(el, { ...SME_APPLICANT, employerSize: 'large', role: 'support' });
      await accessibleInBothThemes(el);
    });

    it('the result with only an alternative met (D-10-T) and its next step', async () => {
      const el = await widget();
      await completeThroughUi(el, NO_OFFER_APPLICANT);
      expect(el.result?.pathways['preliminaryTopTier']).to.equal(true);
      await accessibleInBothThemes(el);
    });

    it('the review-date notice of a rubric past its review date', async () => {
      const el = await widget();
      el.rubric = { ...structuredClone(el.rubric), effectiveDate: '2020-01-01', reviewDate: '2021-03-31' };
      await el.updateComplete;
      expect($(el, '.notice')).to.exist;
      await accessibleInBothThemes(el);
    });

    it('a rubric that fails to load', async () => {
      const el = await mount(
        html`<ktech-pass-assessment lang=${lang} theme="light" rubric-src="/test/components/fixtures/broken.json"></ktech-pass-assessment>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the error is shown');
      await accessibleInBothThemes(el);
    });
  });
}

describe('the dark theme contrast check', () => {
  it('control: sees text whose colour is too close to its background', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" theme="dark"></ktech-pass-assessment>`);
    expect(await contrastViolations(el)).to.deep.equal([]);
    el.style.setProperty('--ktp-text', '#3a3f45');
    await el.updateComplete;
    expect(await contrastViolations(el)).to.not.deep.equal([]);
  });
});
