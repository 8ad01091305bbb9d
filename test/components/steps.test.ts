import { expect, html } from '@open-wc/testing';
import { defaultRubric, type Question } from '../../src/rubric/index.js';
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
  runningScore,
  stepHeading,
  text,
  typeNumber,
  nextButton,
  backButton,
} from './helpers.js';

const questionOf = (id: string) => defaultRubric.questions.find((question) => question.id === id) as Question;
const stepLabel = (index: number) => defaultRubric.steps[index]?.label.en;
const widget = () => mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);

describe('the steps', () => {
  it('is a registered element with an open shadow root showing the rubric title', async () => {
    const el = await widget();
    expect(customElements.get('ktech-pass-assessment')).to.exist;
    expect(el.shadowRoot, 'open shadow root').to.exist;
    expect(text($(el, 'h2'))).to.contain('K-Tech Pass');
  });

  it('step 1 asks education and career: degree, experience, employer, work in Korea and salary, without the university before a degree', async () => {
    const el = await widget();
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect(text(stepHeading(el))).to.equal(stepLabel(0));
    expect(askedQuestions(el)).to.deep.equal(['degree', 'experience', 'employer', 'koreaExperience', 'salary']);
    expect($$<HTMLInputElement>(el, 'input[type="radio"][name="degree"]').map((input) => input.value)).to.deep.equal([
      'doctorate',
      'masters',
      'bachelors',
      'none',
    ]);
    expect(text(nextButton(el))).to.equal('Next');
    expect($maybe(el, 'form[part~="step"] button.secondary'), 'no Back on the first step').to.equal(null);
  });

  it('choice questions are radio groups in fieldsets with legends; number questions are labelled text fields', async () => {
    const el = await widget();
    const degree = radio(el, 'degree', 'doctorate');
    const fieldset = degree.closest('fieldset');
    expect(fieldset, 'fieldset around the radios').to.exist;
    expect(text(fieldset?.querySelector('legend'))).to.equal(questionOf('degree').label.en);
    const salary = numberField(el, 'salary');
    const label = $(el, `label[for="${salary.id}"]`);
    expect(text(label)).to.equal(questionOf('salary').label.en);
    const help = (salary.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text($maybe(el, `#${id}`)));
    expect(help.join(' ')).to.contain(questionOf('salary').help?.en);
  });

  it('the university question appears after a degree, the research years after a doctorate; both go with "no degree", keeping the other answers', async () => {
    const el = await widget();
    await typeNumber(el, 'experience', '12');
    await choose(el, 'employer', 'global500');
    await choose(el, 'degree', 'doctorate');
    expect(askedQuestions(el)).to.deep.equal(['degree', 'institution', 'experience', 'postdocResearch', 'employer', 'koreaExperience', 'salary']);
    await choose(el, 'institution', 'top100');
    expect(runningScore(el)).to.equal('Estimated score: 45 of 100');

    await choose(el, 'degree', 'none');
    expect(askedQuestions(el)).to.deep.equal(['degree', 'experience', 'employer', 'koreaExperience', 'salary']);
    expect(numberField(el, 'experience').value).to.equal('12');
    expect(radio(el, 'employer', 'global500').checked).to.equal(true);
    expect(radio(el, 'degree', 'none').checked).to.equal(true);
    // The hidden university no longer counts: 10 (experience) + 10 (employer).
    expect(runningScore(el)).to.equal('Estimated score: 20 of 100');

    await choose(el, 'degree', 'masters');
    expect(askedQuestions(el)).to.include('institution');
    expect(askedQuestions(el)).not.to.include('postdocResearch');
    expect(numberField(el, 'experience').value).to.equal('12');
    expect(radio(el, 'employer', 'global500').checked).to.equal(true);
  });

  it('keeps a running score in a status region as answers are given', async () => {
    const el = await widget();
    expect(runningScore(el)).to.equal('Estimated score: 0 of 100');
    await choose(el, 'degree', 'masters');
    expect(runningScore(el)).to.equal('Estimated score: 10 of 100');
    await choose(el, 'institution', 'other');
    await typeNumber(el, 'experience', '5');
    await choose(el, 'employer', 'large');
    await typeNumber(el, 'salary', '80,000,000');
    expect(runningScore(el)).to.equal('Estimated score: 30 of 100');
  });

  it('reads a salary typed with separators and shows it in KRW with its GNI multiple', async () => {
    const el = await widget();
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
    await typeNumber(el, 'salary', '157,247,999');
    expect(text($(el, 'form[part~="step"]'))).to.contain('= 2.9× GNI per capita (2025)');
  });

  for (const lang of ['en', 'ko']) {
    it(`one short line before the first question says how long it takes, that nothing leaves the browser, and that the result is an estimate (${lang})`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      const line = $(el, '[part~="progress"] + p');
      expect(text(line)).to.equal(
        lang === 'en'
          ? 'About 3 minutes. Nothing you enter leaves your browser, and the result is an estimate, not a decision.'
          : '약 3분 걸립니다. 입력한 내용은 브라우저 밖으로 전송되지 않으며, 결과는 공식 결정이 아닌 추정치입니다.',
      );
      // Before the first question.
      expect(line.compareDocumentPosition($(el, 'form[part~="step"] input')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await answerStep(el, SME_APPLICANT);
      await pressNext(el);
      expect(text($(el, '[part~="base"]'))).not.to.contain(text(line) || 'About');
    });
  }

  it('Next with unanswered questions shows an error summary that takes focus, links to each field, and stays on the step', async () => {
    const el = await widget();
    await choose(el, 'degree', 'bachelors');
    await pressNext(el);

    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    const summary = $(el, '#error-summary');
    expect(focused(el)).to.equal(summary);
    expect(text(summary)).to.contain('There is a problem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#q-institution', '#q-experience', '#q-employer', '#q-koreaExperience', '#q-salary']);
    expect(text(links[0])).to.equal(`Answer “${questionOf('institution').label.en}”`);
    // A message next to each field, tied to it for screen readers.
    const experience = numberField(el, 'experience');
    expect(experience.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = (experience.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => text($maybe(el, `#${id}`))).join(' ')).to.contain(`Answer “${questionOf('experience').label.en}”`);
    const employerFieldset = radio(el, 'employer', 'other').closest('fieldset');
    const employerErrors = (employerFieldset?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text($maybe(el, `#${id}`)));
    expect(employerErrors.join(' ')).to.contain(`Answer “${questionOf('employer').label.en}”`);

    // A link leads to the question's first input, which names the question (not an unnamed legend).
    links[2]?.click();
    await el.updateComplete;
    expect(focused(el)).to.equal($$(el, 'input[name="employer"]')[0]);
    links[1]?.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(numberField(el, 'experience'));
  });

  it('answering a question removes its error; the summary goes once the step is valid and Next moves on, focusing the step heading', async () => {
    const el = await widget();
    await pressNext(el);
    expect($$(el, '#error-summary a')).to.have.length(5);
    await choose(el, 'degree', 'none');
    expect($$(el, '#error-summary a').map((link) => link.getAttribute('href'))).to.deep.equal(['#q-experience', '#q-employer', '#q-koreaExperience', '#q-salary']);
    await answerStep(el, { experience: 3, employer: 'other', koreaExperience: 'no', salary: 50000000 });
    await pressNext(el);
    expect($maybe(el, '#error-summary')).to.equal(null);
    expect(progress(el)).to.equal('Step 2 of 3');
    expect(text(stepHeading(el))).to.equal(stepLabel(1));
    expect(focused(el)).to.equal(stepHeading(el));
  });

  it('drops the error of a question that is no longer asked from the error summary', async () => {
    const el = await widget();
    await choose(el, 'degree', 'masters');
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('Standing of the university');
    await choose(el, 'degree', 'none');
    expect(text($(el, '#error-summary'))).not.to.contain('Standing of the university');
  });

  it('rejects text that is not a number and numbers above the maximum, with a message on Next', async () => {
    const el = await widget();
    await answerStep(el, { degree: 'none', employer: 'other', koreaExperience: 'no', salary: 50000000 });
    await typeNumber(el, 'experience', 'twelve');
    await pressNext(el);
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    const experience = questionOf('experience').label.en;
    expect(text($(el, '#error-summary'))).to.contain(`Enter “${experience}” as a number of years, for example 7.5`);
    expect(el.answers['experience']).to.equal(undefined);

    await typeNumber(el, 'experience', '75');
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain(`Enter “${experience}” as a number from 0 to 60`);

    await typeNumber(el, 'experience', '7.5');
    await pressNext(el);
    expect(progress(el)).to.equal('Step 2 of 3');
    expect(el.answers['experience']).to.equal(7.5);
  });

  it('does not read a decimal comma as a group separator: "5,5" years is 5.5, never 55', async () => {
    const el = await widget();
    await typeNumber(el, 'experience', '5,5');
    expect(el.answers['experience']).to.equal(5.5);
    expect(numberField(el, 'experience').value).to.equal('5,5');
    // A comma before three digits still groups them, so no reading of "5,555" is 5.555 years.
    await typeNumber(el, 'experience', '5,555');
    expect(el.answers['experience']).to.equal(undefined);
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('from 0 to 60');
  });

  it('steps 2 and 3 ask expertise and role, then employer and programmes; the last button says "See my result"', async () => {
    const el = await widget();
    await answerStep(el, TOP_TIER_APPLICANT);
    await pressNext(el);
    expect(askedQuestions(el)).to.deep.equal(['field', 'evidence', 'researchDistinction', 'role']);
    expect(text(backButton(el))).to.equal('Back');
    expect(backButton(el).type).to.equal('button');
    await answerStep(el, TOP_TIER_APPLICANT);
    await pressNext(el);
    expect(progress(el)).to.equal('Step 3 of 3');
    expect(text(stepHeading(el))).to.equal(stepLabel(2));
    expect(askedQuestions(el)).to.deep.equal(['employerSize', 'governmentProgramme']);
    expect(text(nextButton(el))).to.equal('See my result');
  });

  it('answers survive a Back/Next round trip', async () => {
    const el = await widget();
    await answerStep(el, SME_APPLICANT);
    await pressNext(el);
    await choose(el, 'field', 'ai');
    await pressBack(el);
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect(focused(el)).to.equal(stepHeading(el));
    expect(radio(el, 'degree', 'masters').checked).to.equal(true);
    expect(radio(el, 'institution', 'other').checked).to.equal(true);
    expect(numberField(el, 'experience').value).to.equal('5');
    expect(radio(el, 'employer', 'large').checked).to.equal(true);
    expect(numberField(el, 'salary').value).to.equal('80,000,000');
    await pressNext(el);
    expect(progress(el)).to.equal('Step 2 of 3');
    expect(radio(el, 'field', 'ai').checked).to.equal(true);
    expect(runningScore(el)).to.equal('Estimated score: 40 of 100');
  });

  it('every chosen option is still shown checked after going Back and Next through all steps', async () => {
    const el = await widget();
    const checked = () => $$<HTMLInputElement>(el, 'form[part~="step"] input[type="radio"]:checked').map((input) => `${input.name}=${input.value}`);
    const expected = (ids: string[]) => ids.map((id) => `${id}=${String(SME_APPLICANT[id])}`);
    const step1 = expected(['degree', 'institution', 'employer', 'koreaExperience']);
    const step2 = expected(['field', 'evidence', 'researchDistinction', 'role']);
    const step3 = expected(['employerSize', 'governmentProgramme']);
    await answerStep(el, SME_APPLICANT);
    await pressNext(el);
    await answerStep(el, SME_APPLICANT);
    expect(checked()).to.deep.equal(step2);
    await pressNext(el);
    await answerStep(el, SME_APPLICANT);
    await pressBack(el);
    expect(checked(), 'step 2 after Back from step 3').to.deep.equal(step2);
    await pressBack(el);
    expect(checked(), 'step 1 after Back from step 2').to.deep.equal(step1);
    await pressNext(el);
    expect(checked(), 'step 2 after Back and Next').to.deep.equal(step2);
    await pressNext(el);
    expect(checked(), 'step 3 after Back and Next').to.deep.equal(step3);
    expect(el.answers).to.deep.equal(SME_APPLICANT);
  });

  it('fires a bubbling, composed answer event on every change, with the provisional assessment', async () => {
    const el = await widget();
    const answers = collect(document, 'answer');
    try {
      await choose(el, 'degree', 'doctorate');
      await typeNumber(el, 'salary', '160,000,000');
      await typeNumber(el, 'salary', '');
    } finally {
      answers.stop();
    }
    expect(answers.events.map((event) => [event.detail.questionId, event.detail.value])).to.deep.equal([
      ['degree', 'doctorate'],
      ['salary', 160000000],
      ['salary', undefined],
    ]);
    expect(answers.events[0]?.bubbles && answers.events[0]?.composed).to.equal(true);
    expect(answers.events[0]?.detail.assessment.total).to.equal(15);
    expect(answers.events[1]?.detail.assessment.total).to.equal(31);
    expect(answers.events[2]?.detail.assessment.total).to.equal(15);
  });

  it('fires answer only when the answer changes, not for every keystroke that parses to the same number', async () => {
    const el = await widget();
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
});
