import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assess, defaultRubric } from '../../src/rubric/index.js';
import {
  $,
  TOP_TIER_APPLICANT,
  askedQuestions,
  backButton,
  collect,
  focused,
  mount,
  nextButton,
  progress,
  settle,
  stepHeading,
  type Widget,
} from './helpers.js';

const press = async (el: Widget, key: string) => {
  if (key === 'Shift+Tab') {
    // The Chromium launcher (puppeteer) presses one key at a time: hold Shift around Tab.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await settle(el);
};

const type = async (el: Widget, typed: string) => {
  await sendKeys({ type: typed });
  await settle(el);
};

/** The focused control as "name=value" (radios and fields) or its id/text, for readable failures. */
function focusedControl(el: Widget): string {
  const active = focused(el);
  if (active instanceof HTMLInputElement) return `${active.name}=${active.value}`;
  return active ? active.id || (active.textContent ?? '').trim() : 'nothing';
}

describe('keyboard-only completion', () => {
  it('Tab, Shift+Tab, Space, arrow keys and Enter complete the assessment, with focus on the error summary, step headings and result', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    const scores = collect(el, 'score');
    // Start from the page, before the widget, as a keyboard user arrives.
    (document.activeElement as HTMLElement | null)?.blur();

    // Step 1. Enter on Next first: nothing answered, the error summary takes focus.
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('jobOffer=yes');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('governmentProgramme=mohw');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Enter');
    // Without an answer about an offer, the offer's step asks nothing and is not counted.
    expect(progress(el)).to.equal('Step 1 of 6');
    expect(focused(el)).to.equal($(el, '#error-summary'));

    // The first summary link leads to the offer question's first option, named by the question.
    await press(el, 'Tab');
    expect(focused(el)?.getAttribute('href')).to.equal('#q-jobOffer');
    await press(el, 'Enter');
    expect(focusedControl(el)).to.equal('jobOffer=yes');
    await press(el, 'Space');
    expect(el.answers['jobOffer']).to.equal('yes');
    expect(progress(el)).to.equal('Step 1 of 7');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('governmentProgramme=mohw');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusedControl(el)).to.equal('governmentProgramme=none');
    await press(el, 'Tab'); // being in Korea, asked once there is an offer
    expect(focusedControl(el)).to.equal('inKorea=yes');
    await press(el, 'ArrowDown');
    expect(focusedControl(el)).to.equal('inKorea=no');
    expect(el.answers['inKorea']).to.equal('no');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Enter');
    expect(progress(el)).to.equal('Step 2 of 7');
    expect(focused(el)).to.equal(stepHeading(el));

    // Step 2: the offer. Typing, then ArrowDown from the first, unchecked option selects the next one.
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('salary=');
    await type(el, '160,000,000');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('employerSize=sme');
    await press(el, 'ArrowDown');
    expect(focusedControl(el)).to.equal('employerSize=large');
    // Shift+Tab goes back to the salary, as typed.
    await press(el, 'Shift+Tab');
    expect(focusedControl(el)).to.equal('salary=160,000,000');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('employerSize=large');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(backButton(el));
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Shift+Tab');
    expect(focused(el)).to.equal(backButton(el));
    await press(el, 'Tab');
    await press(el, 'Enter');
    expect(progress(el)).to.equal('Step 3 of 7');
    expect(focused(el)).to.equal(stepHeading(el));

    // Step 3: education; the university and the research years appear after a doctorate.
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('degree=doctorate');
    await press(el, 'Space');
    expect(el.answers['degree']).to.equal('doctorate');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('institution=top100');
    await press(el, 'Space');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('postdocResearch=');
    await type(el, '4');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Enter');
    expect(progress(el)).to.equal('Step 4 of 7');
    expect(focused(el)).to.equal(stepHeading(el));

    // Step 4: career; each checkbox is its own stop, Space ticks it.
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('experience=');
    await type(el, '12');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('employer=global500');
    await press(el, 'Space');
    expect(el.answers['employer']).to.deep.equal(['global500']);
    for (const option of ['top-institute', 'large', 'other']) {
      await press(el, 'Tab');
      expect(focusedControl(el)).to.equal(`employer=${option}`);
    }
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('koreaExperience=yes');
    await press(el, 'ArrowDown');
    expect(focusedControl(el)).to.equal('koreaExperience=no');
    expect(el.answers['koreaExperience']).to.equal('no');
    // Shift+Tab goes back to the last checkbox, and Tab into the group lands on the chosen option.
    await press(el, 'Shift+Tab');
    expect(focusedControl(el)).to.equal('employer=other');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('koreaExperience=no');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Enter');
    expect(progress(el)).to.equal('Step 5 of 7');
    expect(focused(el)).to.equal(stepHeading(el));

    // Step 5: ArrowUp from the first option wraps to the last: "None of these".
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('researchDistinction=pi');
    await press(el, 'ArrowUp');
    expect(focusedControl(el)).to.equal('researchDistinction=none');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Enter');
    expect(progress(el)).to.equal('Step 6 of 7');

    // Step 6: Space selects the focused option.
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('evidence=leading');
    await press(el, 'Space');
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('role=core-lead');
    await press(el, 'Space');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Enter');
    expect(progress(el)).to.equal('Step 7 of 7');
    expect(focused(el)).to.equal(stepHeading(el));

    // Step 7: arrow keys move through and select options.
    await press(el, 'Tab');
    expect(focusedControl(el)).to.equal('field=semiconductors');
    const fieldOptions = defaultRubric.questions.find((question) => question.id === 'field');
    const aiIndex =
      fieldOptions?.type === 'choice' ? fieldOptions.options.findIndex((option) => option.id === 'ai') : -1;
    expect(aiIndex).to.be.greaterThan(0);
    for (let i = 0; i < aiIndex; i++) await press(el, 'ArrowDown');
    expect(focusedControl(el)).to.equal('field=ai');
    expect(el.answers['field']).to.equal('ai');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(nextButton(el));
    await press(el, 'Enter');

    expect(focused(el)).to.equal($(el, '#result-title'));
    scores.stop();
    expect(scores.events).to.have.length(1);
    expect(el.answers).to.deep.equal(TOP_TIER_APPLICANT);
    expect(scores.events[0]?.detail.total).to.equal(assess(defaultRubric, TOP_TIER_APPLICANT).total);
    expect(scores.events[0]?.detail.total).to.equal(96);
  });

  it('Back works from the keyboard and returns focus to the previous step heading', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    el.answers = { jobOffer: 'not-yet', governmentProgramme: 'none' };
    await settle(el);
    nextButton(el).focus();
    await press(el, 'Enter');
    // Without an offer the offer's step is passed over, both ways.
    expect(progress(el)).to.equal('Step 2 of 6');
    expect(askedQuestions(el)).to.include('degree');
    backButton(el).focus();
    await press(el, 'Space');
    expect(progress(el)).to.equal('Step 1 of 6');
    expect(askedQuestions(el)).to.include('jobOffer');
    expect(focused(el)).to.equal(stepHeading(el));
  });
});
