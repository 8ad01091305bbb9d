import { expect, fixture, html } from '@open-wc/testing';
import { assess, defaultRubric } from '../../src/rubric/index.js';
import {
  SME_APPLICANT,
  choose,
  completeThroughUi,
  progress,
  reachQuestion,
  settle,
  type ScoreDetail,
  type Widget,
} from './helpers.js';

async function inForm(required: boolean) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <input name="email" value="applicant@example.com" />
    <ktech-pass-assessment lang="en" name="assessment" ?required=${required}></ktech-pass-assessment>
    <button type="submit">Apply</button>
  </form>`);
  const el = form.querySelector('ktech-pass-assessment') as Widget;
  await settle(el);
  return { form, el };
}

/** Whether requestSubmit() gets as far as a submit event (constraint validation passed). */
function submits(form: HTMLFormElement): boolean {
  let submitted = false;
  const listener = (event: Event) => {
    submitted = true;
    event.preventDefault();
  };
  form.addEventListener('submit', listener);
  try {
    form.requestSubmit();
  } finally {
    form.removeEventListener('submit', listener);
  }
  return submitted;
}

describe('inside a host <form>', () => {
  it('submits the assessment as JSON under its name', async () => {
    const { form, el } = await inForm(false);
    await completeThroughUi(el, SME_APPLICANT);
    await settle(el);
    const value = new FormData(form).get('assessment');
    expect(typeof value).to.equal('string');
    const submitted = JSON.parse(value as string) as ScoreDetail;
    const engine = assess(defaultRubric, SME_APPLICANT);
    expect(submitted.total).to.equal(engine.total);
    expect(submitted.pathways).to.deep.equal(engine.pathways);
    expect(submitted.eligible).to.equal(true);
    expect(submitted.answers).to.deep.equal(SME_APPLICANT);
    expect(new FormData(form).get('email')).to.equal('applicant@example.com');
  });

  it('keeps the submitted value in step with the answers', async () => {
    const { form, el } = await inForm(false);
    const situation = { jobOffer: 'not-yet', governmentProgramme: 'none' };
    await reachQuestion(el, 'degree', situation);
    await choose(el, 'degree', 'doctorate');
    await settle(el);
    const value = JSON.parse(String(new FormData(form).get('assessment'))) as ScoreDetail;
    expect(value.total).to.equal(15);
    expect(value.answers).to.deep.equal({ ...situation, degree: 'doctorate' });
  });

  it('required keeps the form invalid and blocks submit until the assessment is complete', async () => {
    const { form, el } = await inForm(true);
    expect(form.checkValidity()).to.equal(false);
    expect(submits(form)).to.equal(false);

    el.answers = { ...SME_APPLICANT, role: undefined };
    await settle(el);
    expect(form.checkValidity(), 'one answer missing').to.equal(false);

    await completeThroughUi(el, SME_APPLICANT);
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
    expect(submits(form)).to.equal(true);
  });

  it('without required an incomplete assessment does not block the form', async () => {
    const { form } = await inForm(false);
    expect(form.checkValidity()).to.equal(true);
  });

  it('form reset clears the answers and returns to step 1', async () => {
    const { form, el } = await inForm(true);
    await completeThroughUi(el, SME_APPLICANT);
    form.reset();
    await settle(el);
    expect(el.answers).to.deep.equal({});
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect(form.checkValidity()).to.equal(false);
    const value = JSON.parse(String(new FormData(form).get('assessment'))) as ScoreDetail;
    expect(value.total).to.equal(0);
  });

  it('restores answers the browser gives back on history navigation', async () => {
    const el = await fixture<Widget>(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await settle(el);
    el.formStateRestoreCallback(JSON.stringify({ degree: 'masters', experience: 5 }));
    await settle(el);
    expect(el.answers).to.deep.equal({ degree: 'masters', experience: 5 });
  });
});
