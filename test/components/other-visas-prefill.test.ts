// A page that already knows the applicant (its own form, a saved `otherAnswers`) prefills the
// answers only the other visas ask through `answers`, as it prefills the rest: they are theirs,
// checked when their file has loaded, and never asked again; an id no visa asks is still reported.
import { expect, html } from '@open-wc/testing';
import { collect, completeThroughUi, mount, settle } from './helpers.js';
import { answerVisaStep, ENGINEER_MORE, sectionLoaded, stepAsks, UNDERPAID } from './other-visas-helpers.js';

describe('the other visas’ answers, prefilled by the page', () => {
  it('set with the rest before the section has loaded: no error, nothing asked again, in the score detail', async () => {
    const el = await mount(html`<ktech-pass-assessment></ktech-pass-assessment>`);
    const errors = collect(el, 'assessment-error');
    // The university is the rubric's own question (its steps ask it only after a master's): the section asks it.
    const { institution: _university, ...visasOnly } = ENGINEER_MORE;
    el.answers = { ...UNDERPAID, ...visasOnly };
    await settle(el);
    expect(errors.events.map((event) => event.detail.message)).to.deep.equal([]);
    // The main answers are the rubric's alone.
    expect(el.answers).not.to.have.property('age');
    await completeThroughUi(el, {});
    await sectionLoaded(el);
    expect(stepAsks(el), 'nothing the page gave is asked again').to.deep.equal(['institution']);
    expect(el.result?.otherAnswers).to.include({ age: 30, koreanLevel: 'none' });
    errors.stop();
  });

  it('set once the section has loaded: taken at once; a value no option allows is reported, an unknown id too', async () => {
    const el = await mount(html`<ktech-pass-assessment></ktech-pass-assessment>`);
    await completeThroughUi(el, UNDERPAID);
    await sectionLoaded(el);
    const errors = collect(el, 'assessment-error');
    el.answers = { ...UNDERPAID, age: 31, koreanLevel: 'fluent-ish', nope: 1 };
    await settle(el);
    const paths = errors.events.flatMap((event) => event.detail.issues.map((issue) => issue.path));
    expect(paths).to.include.members(['koreanLevel', 'nope']);
    expect(el.result?.otherAnswers).to.include({ age: 31 });
    expect(el.result?.otherAnswers).not.to.have.property('koreanLevel');
    // The step open before keeps its questions; the age the page gave stands until the applicant changes it.
    await answerVisaStep(el, { ...ENGINEER_MORE, age: 31 });
    expect(el.result?.otherAnswers).to.include({ age: 31, koreanLevel: 'none' });
    errors.stop();
  });
});
