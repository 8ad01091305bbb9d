import { expect, html } from '@open-wc/testing';
import { assess, defaultRubric, type Answers, type Question } from '../../src/rubric/index.js';
import {
  $,
  $$,
  $maybe,
  SME_APPLICANT,
  TOP_TIER_APPLICANT,
  answerStep,
  askedQuestions,
  choose,
  collect,
  focused,
  mount,
  numberField,
  pressBack,
  pressNext,
  progress,
  radio,
  reachQuestion,
  runningScore,
  stepHeading,
  text,
  tick,
  typeNumber,
  nextButton,
  backButton,
  type Widget,
} from './helpers.js';

const questionOf = (id: string) => defaultRubric.questions.find((question) => question.id === id) as Question;
const stepLabel = (index: number) => defaultRubric.steps[index]?.label.en;
const widget = () => mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
/** Someone without a job offer yet, outside any programme: the offer's step asks nothing. */
const NO_OFFER: Answers = { jobOffer: 'not-yet', governmentProgramme: 'none' };
/** The options shown checked on the step shown, radios and checkboxes, as "name=value". */
const checkedOptions = (el: Widget) =>
  $$<HTMLInputElement>(
    el,
    'form[part~="step"] input[type="radio"]:checked, form[part~="step"] input[type="checkbox"]:checked',
  ).map((input) => `${input.name}=${input.value}`);
/** What `checkedOptions` should be on the step shown for `answers`. */
const expectedChecked = (el: Widget, answers: Answers) =>
  askedQuestions(el).flatMap((id) => {
    const value = answers[id];
    return typeof value === 'string'
      ? [`${id}=${value}`]
      : Array.isArray(value)
        ? value.map((option: string) => `${id}=${option}`)
        : [];
  });

describe('the steps', () => {
  it('is a registered element with an open shadow root showing the rubric title', async () => {
    const el = await widget();
    expect(customElements.get('ktech-pass-assessment')).to.exist;
    expect(el.shadowRoot, 'open shadow root').to.exist;
    expect(text($(el, 'h2'))).to.contain('K-Tech Pass');
  });

  it('step 1 asks the deciding questions: a job offer and a government programme, then being in Korea once there is an offer', async () => {
    const el = await widget();
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect(text(stepHeading(el))).to.equal(stepLabel(0));
    expect(askedQuestions(el)).to.deep.equal(['jobOffer', 'governmentProgramme']);
    expect($$<HTMLInputElement>(el, 'input[type="radio"][name="jobOffer"]').map((input) => input.value)).to.deep.equal([
      'yes',
      'not-yet',
    ]);
    // Without an offer the offer's step asks nothing and is not counted; with one, it is.
    expect(progress(el)).to.equal('Step 1 of 6');
    await choose(el, 'jobOffer', 'yes');
    expect(askedQuestions(el)).to.deep.equal(['jobOffer', 'governmentProgramme', 'inKorea']);
    expect(progress(el)).to.equal('Step 1 of 7');
    expect(text(nextButton(el))).to.equal('Next');
    expect($maybe(el, 'form[part~="step"] button.secondary'), 'no Back on the first step').to.equal(null);
  });

  it('choice questions are radio groups in fieldsets with legends; number questions are labelled text fields; choose-all-that-apply are checkboxes', async () => {
    const el = await widget();
    await reachQuestion(el, 'salary');
    const size = radio(el, 'employerSize', 'sme');
    const fieldset = size.closest('fieldset');
    expect(fieldset, 'fieldset around the radios').to.exist;
    expect(text(fieldset?.querySelector('legend'))).to.equal(questionOf('employerSize').label.en);
    const salary = numberField(el, 'salary');
    const label = $(el, `label[for="${salary.id}"]`);
    expect(text(label)).to.equal(questionOf('salary').label.en);
    const help = (salary.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text($maybe(el, `#${id}`)));
    expect(help.join(' ')).to.contain(questionOf('salary').help?.en);
    await reachQuestion(el, 'employer');
    const boxes = $$<HTMLInputElement>(el, 'input[name="employer"]');
    expect(boxes.map((box) => box.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox', 'checkbox']);
    expect(text(boxes[0]?.closest('fieldset')?.querySelector('legend'))).to.equal(questionOf('employer').label.en);
  });

  it('the university question appears after a master\'s or doctorate, the research years after a doctorate; both go with "no degree", and come back with their answers', async () => {
    const el = await widget();
    await reachQuestion(el, 'degree', NO_OFFER);
    // The offer's step was passed over.
    expect(progress(el)).to.equal('Step 2 of 6');
    expect(askedQuestions(el)).to.deep.equal(['degree']);
    await choose(el, 'degree', 'doctorate');
    expect(askedQuestions(el)).to.deep.equal(['degree', 'institution', 'postdocResearch']);
    await choose(el, 'institution', 'top100');
    await typeNumber(el, 'postdocResearch', '4');
    const withDoctorate = runningScore(el);
    expect(withDoctorate).to.equal(`Estimated score: ${assess(defaultRubric, el.answers).total} of 100`);

    await choose(el, 'degree', 'none');
    expect(askedQuestions(el)).to.deep.equal(['degree']);
    expect(radio(el, 'degree', 'none').checked).to.equal(true);
    // The hidden university no longer counts, and no degree scores nothing.
    expect(runningScore(el)).to.equal('Estimated score: 0 of 100');

    await choose(el, 'degree', 'masters');
    expect(askedQuestions(el)).to.deep.equal(['degree', 'institution']);
    expect(radio(el, 'institution', 'top100').checked, 'the university answer is restored').to.equal(true);
    await choose(el, 'degree', 'doctorate');
    expect(numberField(el, 'postdocResearch').value, 'the research years are restored').to.equal('4');
    expect(runningScore(el)).to.equal(withDoctorate);
  });

  it('keeps a running score as answers are given', async () => {
    const el = await widget();
    expect(runningScore(el)).to.equal('Estimated score: 0 of 100');
    await reachQuestion(el, 'degree', NO_OFFER);
    await choose(el, 'degree', 'masters');
    expect(runningScore(el)).to.equal('Estimated score: 10 of 100');
    await choose(el, 'institution', 'top100');
    expect(runningScore(el)).to.equal(`Estimated score: ${assess(defaultRubric, el.answers).total} of 100`);
    expect(runningScore(el)).not.to.equal('Estimated score: 10 of 100');
  });

  it('reads a salary typed with separators and shows it in KRW with its GNI multiple', async () => {
    const el = await widget();
    await reachQuestion(el, 'salary');
    await typeNumber(el, 'salary', '160,000,000');
    const salary = numberField(el, 'salary');
    const liveIds = (salary.getAttribute('aria-describedby') ?? '').split(' ');
    const live = liveIds.map((id) => text($maybe(el, `#${id}`))).join(' | ');
    expect(live).to.contain('KRW 160,000,000 = 3× GNI per capita (2025)');
    expect(el.answers['salary']).to.equal(160000000);
    expect(salary.value).to.equal('160,000,000');
  });

  it('never rounds a salary just under 3× GNI up to "3.0×"', async () => {
    const el = await widget();
    await reachQuestion(el, 'salary');
    await typeNumber(el, 'salary', '157,247,999');
    expect(text($(el, 'form[part~="step"]'))).to.contain('= 2.9× GNI per capita (2025)');
  });

  for (const lang of ['en', 'ko']) {
    it(`one short line before the first question says how long it takes, that nothing leaves the browser, and that the result is an estimate (${lang})`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      const line = $(el, '[part~="base"] > p.help');
      expect(text(line)).to.match(
        lang === 'en'
          ? /^About \d+ minutes\. Nothing you enter leaves your browser, and the result is an estimate, not a decision\.$/
          : /^약 \d+분 걸립니다\. 입력한 내용은 브라우저 밖으로 전송되지 않으며, 결과는 공식 결정이 아닌 추정치입니다\.$/,
      );
      // Before the first question.
      expect(
        line.compareDocumentPosition($(el, 'form[part~="step"] input')) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
      await answerStep(el, SME_APPLICANT);
      await pressNext(el);
      expect(text($(el, '[part~="base"]'))).not.to.contain(text(line) || 'About');
    });
  }

  it('Next with unanswered questions shows an error summary that takes focus, links to each field, and stays on the step', async () => {
    const el = await widget();
    await choose(el, 'jobOffer', 'yes');
    await pressNext(el);
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    let summary = $(el, '#error-summary');
    expect(focused(el)).to.equal(summary);
    expect(text(summary)).to.contain('There is a problem');
    let links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#q-governmentProgramme', '#q-inKorea']);
    expect(text(links[0])).to.equal(`Answer “${questionOf('governmentProgramme').label.en}”`);

    // A step with a number field, checkboxes and a radio group.
    await reachQuestion(el, 'experience');
    await pressNext(el);
    summary = $(el, '#error-summary');
    expect(focused(el)).to.equal(summary);
    links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      '#q-experience',
      '#q-employer',
      '#q-koreaExperience',
    ]);
    // A message next to each field, tied to it for screen readers.
    const experience = numberField(el, 'experience');
    expect(experience.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = (experience.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => text($maybe(el, `#${id}`))).join(' ')).to.contain(
      `Answer “${questionOf('experience').label.en}”`,
    );
    const employerFieldset = $(el, 'input[name="employer"][value="other"]').closest('fieldset');
    const employerErrors = (employerFieldset?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => text($maybe(el, `#${id}`)));
    expect(employerErrors.join(' ')).to.contain(`Answer “${questionOf('employer').label.en}”`);

    // A link leads to the question's first input, which names the question (not an unnamed legend).
    links[1]?.click();
    await el.updateComplete;
    expect(focused(el)).to.equal($$(el, 'input[name="employer"]')[0]);
    links[0]?.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(numberField(el, 'experience'));
  });

  it('answering a question removes its error; the summary goes once the step is valid and Next moves on, focusing the step heading', async () => {
    const el = await widget();
    await pressNext(el);
    expect($$(el, '#error-summary a').map((link) => link.getAttribute('href'))).to.deep.equal([
      '#q-jobOffer',
      '#q-governmentProgramme',
    ]);
    await choose(el, 'jobOffer', 'not-yet');
    expect($$(el, '#error-summary a').map((link) => link.getAttribute('href'))).to.deep.equal([
      '#q-governmentProgramme',
    ]);
    await answerStep(el, { governmentProgramme: 'none' });
    await pressNext(el);
    expect($maybe(el, '#error-summary')).to.equal(null);
    // Without an offer, Next passes over the offer's step.
    expect(progress(el)).to.equal('Step 2 of 6');
    expect(text(stepHeading(el))).to.equal(stepLabel(2));
    expect(focused(el)).to.equal(stepHeading(el));
  });

  it('drops the error of a question that is no longer asked from the error summary', async () => {
    const el = await widget();
    await choose(el, 'jobOffer', 'yes');
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain(questionOf('inKorea').label.en);
    await choose(el, 'jobOffer', 'not-yet');
    expect(text($(el, '#error-summary'))).not.to.contain(questionOf('inKorea').label.en);
  });

  it('rejects text that is not a number and numbers above the maximum, with a message on Next', async () => {
    const el = await widget();
    await reachQuestion(el, 'experience');
    const here = progress(el);
    await answerStep(el, { employer: ['other'], koreaExperience: 'no' });
    await typeNumber(el, 'experience', 'twelve');
    await pressNext(el);
    expect(progress(el)).to.equal(here);
    const experience = questionOf('experience').label.en;
    expect(text($(el, '#error-summary'))).to.contain(`Enter “${experience}” as a number of years, for example 7.5`);
    expect(el.answers['experience']).to.equal(undefined);

    await typeNumber(el, 'experience', '75');
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain(`Enter “${experience}” as a number from 0 to 60`);

    await typeNumber(el, 'experience', '7.5');
    await pressNext(el);
    expect(progress(el)).not.to.equal(here);
    expect(el.answers['experience']).to.equal(7.5);
  });

  it('does not read a decimal comma as a group separator: "5,5" years is 5.5, never 55', async () => {
    const el = await widget();
    await reachQuestion(el, 'experience');
    await typeNumber(el, 'experience', '5,5');
    expect(el.answers['experience']).to.equal(5.5);
    expect(numberField(el, 'experience').value).to.equal('5,5');
    // A comma before three digits still groups them, so no reading of "5,555" is 5.555 years.
    await typeNumber(el, 'experience', '5,555');
    expect(el.answers['experience']).to.equal(undefined);
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('from 0 to 60');
  });

  it('with an offer and a doctorate every step asks its questions in the rubric\'s order, with Back from step 2 on; the last button says "See my result"', async () => {
    const el = await widget();
    const steps = defaultRubric.steps;
    for (const [index, step] of steps.entries()) {
      expect(text(stepHeading(el))).to.equal(stepLabel(index));
      await answerStep(el, TOP_TIER_APPLICANT);
      expect(progress(el)).to.equal(`Step ${index + 1} of ${steps.length}`);
      expect(askedQuestions(el), step.id).to.deep.equal([...step.questions]);
      if (index > 0) {
        expect(text(backButton(el))).to.equal('Back');
        expect(backButton(el).type).to.equal('button');
      }
      expect(text(nextButton(el))).to.equal(index === steps.length - 1 ? 'See my result' : 'Next');
      await pressNext(el);
    }
    expect($maybe(el, '[part~="result"]')).to.exist;
  });

  it('answers survive a Back/Next round trip', async () => {
    const el = await widget();
    await reachQuestion(el, 'experience');
    await tick(el, 'employer', ['large']);
    await pressBack(el);
    expect(focused(el)).to.equal(stepHeading(el));
    expect(radio(el, 'degree', 'masters').checked).to.equal(true);
    expect(radio(el, 'institution', 'other').checked).to.equal(true);
    await pressBack(el);
    expect(numberField(el, 'salary').value).to.equal('80,000,000');
    expect(radio(el, 'employerSize', 'sme').checked).to.equal(true);
    await pressBack(el);
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect(radio(el, 'jobOffer', 'yes').checked).to.equal(true);
    expect(radio(el, 'inKorea', 'no').checked).to.equal(true);
    await pressNext(el);
    await pressNext(el);
    await pressNext(el);
    expect(askedQuestions(el)).to.include('employer');
    expect(($(el, 'input[name="employer"][value="large"]') as HTMLInputElement).checked).to.equal(true);
    // With the SME bonus the line shows its parts: "24 + 10 SME bonus = 34 of 100".
    expect(runningScore(el)).to.match(new RegExp(` = ${assess(defaultRubric, el.answers).total} of 100$`));
  });

  it('every chosen option and ticked box is still shown checked after going Back and Next through all steps', async () => {
    const el = await widget();
    const forward: string[][] = [];
    while (!$maybe(el, '[part~="result"]') && forward.length < 20) {
      await answerStep(el, SME_APPLICANT);
      expect(checkedOptions(el)).to.deep.equal(expectedChecked(el, SME_APPLICANT));
      forward.push(checkedOptions(el));
      if (forward.length === defaultRubric.steps.length) break;
      await pressNext(el);
    }
    for (let index = forward.length - 2; index >= 0; index--) {
      await pressBack(el);
      expect(checkedOptions(el), `step ${index + 1} after Back`).to.deep.equal(forward[index]);
    }
    for (let index = 1; index < forward.length; index++) {
      await pressNext(el);
      expect(checkedOptions(el), `step ${index + 1} after Back and Next`).to.deep.equal(forward[index]);
    }
    expect(el.answers).to.deep.equal(SME_APPLICANT);
  });

  it('fires a bubbling, composed answer event on every change, with the provisional assessment', async () => {
    const el = await widget();
    await reachQuestion(el, 'salary');
    const situation = { ...el.answers };
    const answers = collect(document, 'answer');
    try {
      await choose(el, 'employerSize', 'large');
      await typeNumber(el, 'salary', '160,000,000');
      await typeNumber(el, 'salary', '');
    } finally {
      answers.stop();
    }
    expect(answers.events.map((event) => [event.detail.questionId, event.detail.value])).to.deep.equal([
      ['employerSize', 'large'],
      ['salary', 160000000],
      ['salary', undefined],
    ]);
    expect(answers.events[0]?.bubbles && answers.events[0]?.composed).to.equal(true);
    const withSize = assess(defaultRubric, { ...situation, employerSize: 'large' }).total;
    expect(answers.events[0]?.detail.assessment.total).to.equal(withSize);
    expect(answers.events[1]?.detail.assessment.total).to.equal(
      assess(defaultRubric, { ...situation, employerSize: 'large', salary: 160_000_000 }).total,
    );
    expect(answers.events[1]?.detail.assessment.total).to.be.above(withSize);
    expect(answers.events[2]?.detail.assessment.total).to.equal(withSize);
  });

  it('fires answer when a box is ticked or cleared, with every box ticked', async () => {
    const el = await widget();
    await reachQuestion(el, 'employer');
    const answers = collect(el, 'answer');
    await tick(el, 'employer', ['global500']);
    await tick(el, 'employer', ['global500', 'top-institute']);
    await tick(el, 'employer', ['top-institute']);
    answers.stop();
    expect(answers.events.map((event) => [event.detail.questionId, event.detail.value])).to.deep.equal([
      ['employer', ['global500']],
      ['employer', ['global500', 'top-institute']],
      ['employer', ['top-institute']],
    ]);
  });

  it('fires answer only when the answer changes, not for every keystroke that parses to the same number', async () => {
    const el = await widget();
    await reachQuestion(el, 'salary');
    const answers = collect(el, 'answer');
    // Amounts below KRW 10,000,000 a year are slips, not answers (see money.test.ts).
    for (const typed of ['1', '16', '160', '160,', '160,0', '160,00', '160,000', '160,000,', '160,000,000'])
      await typeNumber(el, 'salary', typed);
    answers.stop();
    expect(answers.events.map((event) => event.detail.value)).to.deep.equal([160_000_000]);
    await reachQuestion(el, 'experience');
    const years = collect(el, 'answer');
    for (const typed of ['7', '7.', '7.5', '7.50']) await typeNumber(el, 'experience', typed);
    years.stop();
    expect(years.events.map((event) => event.detail.value)).to.deep.equal([7, 7.5]);
  });
});
