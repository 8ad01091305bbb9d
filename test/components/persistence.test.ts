// Opt-in persistence (the `persist` attribute): answers kept in localStorage
// across reloads, per widget and rubric version, restored before the widget
// first shows, never over answers already given, and never written without
// `persist`. The storage helpers are src/components/state/persistence.ts; when
// they run is src/components/state/stored-answers.ts.
import { expect, html } from '@open-wc/testing';
import { SME_APPLICANT, choose, collect, completeThroughUi, mount, radio, settle, type Widget } from './helpers.js';

describe('persistence', () => {
  const stored = () => Object.keys(localStorage).filter((key) => key.startsWith('ktech-pass-assessment'));
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('without persist nothing is written to localStorage', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    expect(localStorage.length).to.equal(0);
  });

  it('with persist the answers are stored (the control for the test above)', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" persist></ktech-pass-assessment>`);
    await choose(el, 'governmentProgramme', 'kasa');
    expect(stored()).to.have.length(1);
  });

  it('persist turned on after the first render (after a consent banner) restores, then keeps, the stored answers', async () => {
    const first = await mount(html`<ktech-pass-assessment id="consent" lang="en" persist></ktech-pass-assessment>`);
    await choose(first, 'governmentProgramme', 'mohw');
    first.remove();
    const later = await mount(html`<ktech-pass-assessment id="consent" lang="en"></ktech-pass-assessment>`);
    expect(later.answers['governmentProgramme']).to.equal(undefined);
    later.persist = true;
    await settle(later);
    expect(later.answers['governmentProgramme']).to.equal('mohw');
    await choose(later, 'jobOffer', 'yes');
    const again = await mount(html`<ktech-pass-assessment id="consent" lang="en" persist></ktech-pass-assessment>`);
    expect(again.answers).to.include({ governmentProgramme: 'mohw', jobOffer: 'yes' });
  });

  it('two persisted widgets with the same rubric keep their own answers; reset() on one leaves the other', async () => {
    const a = await mount(html`<ktech-pass-assessment id="first" lang="en" persist></ktech-pass-assessment>`);
    const b = await mount(html`<ktech-pass-assessment persist-key="second" lang="en" persist></ktech-pass-assessment>`);
    await choose(a, 'governmentProgramme', 'mohw');
    await choose(b, 'governmentProgramme', 'none');
    a.reset();
    await settle(a);
    const reloadedA = await mount(html`<ktech-pass-assessment id="first" lang="en" persist></ktech-pass-assessment>`);
    const reloadedB = await mount(
      html`<ktech-pass-assessment persist-key="second" lang="en" persist></ktech-pass-assessment>`,
    );
    expect(reloadedA.answers['governmentProgramme']).to.equal(undefined);
    expect(reloadedB.answers['governmentProgramme']).to.equal('none');
  });

  it('invalid stored answers are reported, not dropped in silence', async () => {
    const el = await mount(html`<ktech-pass-assessment id="stored" lang="en" persist></ktech-pass-assessment>`);
    await choose(el, 'governmentProgramme', 'mohw');
    const key = Object.keys(localStorage).find((candidate) => candidate.includes('[stored]')) as string;
    localStorage.setItem(key, JSON.stringify({ governmentProgramme: 'phd', jobOffer: 'yes' }));
    const errors = collect(document, 'assessment-error');
    const reloaded = await mount(html`<ktech-pass-assessment id="stored" lang="en" persist></ktech-pass-assessment>`);
    errors.stop();
    expect(reloaded.answers).to.deep.equal({ jobOffer: 'yes' });
    expect(
      errors.events.some((event) => event.detail.issues.some((issue) => issue.path === 'storage.governmentProgramme')),
    ).to.equal(true);
  });

  it('stored answers are on the first render, under the answers the host set before it', async () => {
    const first = await mount(html`<ktech-pass-assessment id="early" lang="en" persist></ktech-pass-assessment>`);
    await choose(first, 'governmentProgramme', 'mohw');
    const key = stored()[0] as string;
    localStorage.setItem(key, JSON.stringify({ governmentProgramme: 'mohw', jobOffer: 'yes' }));
    first.remove();

    const el = document.createElement('ktech-pass-assessment') as Widget;
    el.id = 'early';
    el.lang = 'en';
    el.persist = true;
    el.answers = { governmentProgramme: 'kasa' };
    document.body.append(el);
    // One update: the first render already shows both.
    await el.updateComplete;
    try {
      expect(el.answers).to.deep.equal({ governmentProgramme: 'kasa', jobOffer: 'yes' });
      expect(radio(el, 'governmentProgramme', 'kasa').checked).to.equal(true);
      expect(radio(el, 'jobOffer', 'yes').checked).to.equal(true);
      expect(JSON.parse(localStorage.getItem(key) ?? 'null')).to.deep.equal({
        governmentProgramme: 'kasa',
        jobOffer: 'yes',
      });
    } finally {
      el.remove();
    }
  });

  it("the page's first prefill after the first render is laid over the stored answers too, and stored so", async () => {
    const first = await mount(html`<ktech-pass-assessment id="late" lang="en" persist></ktech-pass-assessment>`);
    await choose(first, 'governmentProgramme', 'kasa');
    await choose(first, 'jobOffer', 'not-yet');
    const key = stored()[0] as string;
    first.remove();

    // The page's script runs after the widget rendered (a module after the element, DOMContentLoaded).
    const el = await mount(html`<ktech-pass-assessment id="late" lang="en" persist></ktech-pass-assessment>`);
    try {
      expect(el.answers).to.deep.equal({ governmentProgramme: 'kasa', jobOffer: 'not-yet' });
      el.answers = { governmentProgramme: 'mohw' };
      await settle(el);
      expect(el.answers).to.deep.equal({ governmentProgramme: 'mohw', jobOffer: 'not-yet' });
      expect(JSON.parse(localStorage.getItem(key) ?? 'null')).to.deep.equal({
        governmentProgramme: 'mohw',
        jobOffer: 'not-yet',
      });
      // Later assignments are the page's to control: they replace.
      el.answers = { governmentProgramme: 'none' };
      await settle(el);
      expect(el.answers).to.deep.equal({ governmentProgramme: 'none' });
    } finally {
      el.remove();
    }
  });

  it("with persist, the page's first prefill counts as first even when it is empty and set before the first render", async () => {
    const first = await mount(html`<ktech-pass-assessment id="empty-first" lang="en" persist></ktech-pass-assessment>`);
    await choose(first, 'governmentProgramme', 'kasa');
    first.remove();

    const el = document.createElement('ktech-pass-assessment') as Widget;
    Object.assign(el, { id: 'empty-first', lang: 'en', persist: true, answers: {} });
    document.body.append(el);
    await settle(el);
    try {
      expect(el.answers).to.deep.equal({ governmentProgramme: 'kasa' });
      el.answers = { field: 'ai' };
      await settle(el);
      expect(el.answers).to.deep.equal({ field: 'ai' });
    } finally {
      el.remove();
    }
  });

  it("with persist, answers brought back by the browser's Back stay under the page's prefill", async () => {
    const el = await mount(html`<ktech-pass-assessment id="restored" lang="en" persist></ktech-pass-assessment>`);
    try {
      // What the browser hands back after Back: the step and the answers (formStateRestoreCallback).
      el.formStateRestoreCallback(JSON.stringify([0, { governmentProgramme: 'mohw', experience: 9 }]));
      await settle(el);
      el.answers = { employerSize: 'sme' };
      await settle(el);
      expect(el.answers).to.deep.equal({ governmentProgramme: 'mohw', experience: 9, employerSize: 'sme' });
    } finally {
      el.remove();
    }
  });

  it('re-renders that set persist and the same answers again restore nothing over the answers given', async () => {
    const first = await mount(html`<ktech-pass-assessment id="again" lang="en" persist></ktech-pass-assessment>`);
    await choose(first, 'governmentProgramme', 'mohw');
    first.remove();
    const el = await mount(html`<ktech-pass-assessment id="again" lang="en" persist></ktech-pass-assessment>`);
    expect(el.answers['governmentProgramme']).to.equal('mohw');
    const errors = collect(el, 'assessment-error');
    await choose(el, 'governmentProgramme', 'kasa');
    for (let render = 0; render < 3; render++) {
      el.persist = true;
      el.answers = { governmentProgramme: 'kasa' };
      el.requestUpdate();
      await settle(el);
    }
    errors.stop();
    expect(el.answers).to.deep.equal({ governmentProgramme: 'kasa' });
    expect(radio(el, 'governmentProgramme', 'kasa').checked).to.equal(true);
    expect(errors.events).to.have.length(0);
  });
});
