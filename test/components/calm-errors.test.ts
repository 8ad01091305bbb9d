// The error summary appears after Next and takes focus once, so a screen
// reader reads it once; it is not a live region, so answering questions never
// makes a screen reader read it (or anything else) out again.
import { expect, html } from '@open-wc/testing';
import {
  $,
  $$,
  SME_APPLICANT,
  choose,
  completeThroughUi,
  focused,
  mount,
  numberField,
  pressNext,
  reachQuestion,
  settle,
  shadow,
  tick,
  typeNumber,
  type Widget,
} from './helpers.js';

/** Text changes inside live regions while `act` runs (what a screen reader would announce). */
async function liveChanges(el: Widget, act: () => Promise<void>): Promise<string[]> {
  const changes: string[] = [];
  const live = (node: Node | null) =>
    (node instanceof Element ? node : node?.parentElement)?.closest(
      '[role="alert"], [role="status"], [role="log"], [aria-live]:not([aria-live="off"])',
    );
  const note = (records: MutationRecord[]) => {
    for (const record of records) if (live(record.target)) changes.push(live(record.target)?.textContent ?? '');
  };
  const observer = new MutationObserver(note);
  observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
  await act();
  // The changes not yet delivered to the observer, taken now: no wait needed.
  note(observer.takeRecords());
  observer.disconnect();
  return changes;
}

for (const lang of ['en', 'ko']) {
  describe(`calm errors (${lang})`, () => {
    it('the summary is no live region, takes focus once after Next, and answering re-announces nothing', async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      // The step with a radio group, checkboxes and a number field.
      await reachQuestion(el, 'experience');
      await pressNext(el);
      const summary = $(el, '#error-summary');
      expect(focused(el)).to.equal(summary);
      expect(summary.closest('[role], [aria-live]')).to.equal(null);
      expect(summary.querySelector('[role], [aria-live]')).to.equal(null);
      const changes = await liveChanges(el, async () => {
        await choose(el, 'koreaExperience', 'no');
        await tick(el, 'employer', ['large']);
        await typeNumber(el, 'experience', '5');
      });
      expect(changes).to.deep.equal([]);
    });

    it('the control: the same observer hears a live region that does change (the total after a what-if)', async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await completeThroughUi(el, SME_APPLICANT);
      const changes = await liveChanges(el, async () => {
        const select = $<HTMLSelectElement>(el, '[part~="result"] select[name="evidence"]');
        select.value = 'leading';
        select.dispatchEvent(new Event('change'));
        await settle(el);
      });
      expect(changes.length).to.be.above(0);
    });

    it('an error shown on leaving a field (a salary of 150) brings no error summary before Next', async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await reachQuestion(el, 'salary');
      const salary = numberField(el, 'salary');
      salary.value = '150';
      salary.dispatchEvent(new Event('input', { bubbles: true }));
      salary.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
      expect($(el, '.field-error')).to.exist;
      expect(el.shadowRoot?.querySelector('#error-summary')).to.equal(null);
      await pressNext(el);
      expect(focused(el)).to.equal($(el, '#error-summary'));
      expect($$(el, '#error-summary a').length).to.be.above(1);
    });

    it('pressing Next from a field with a slip: nothing moves Next between press and click, and the click shows every error', async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await reachQuestion(el, 'experience');
      const experience = numberField(el, 'experience');
      experience.value = 'abc';
      experience.dispatchEvent(new Event('input', { bubbles: true }));
      const next = $(el, 'form[part~="step"] button[type="submit"]');
      const before = next.getBoundingClientRect().top;
      // The browser's order: pointer down on Next, the field's change (it loses focus), then the click.
      next.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      experience.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
      expect(next.getBoundingClientRect().top).to.equal(before);
      next.click();
      await settle(el);
      expect(focused(el)).to.equal($(el, '#error-summary'));
      expect($$(el, '#error-summary a').length).to.be.above(1);
    });

    it('field errors start with "Error:" for screen readers, and summary links focus the first input of the question', async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      // The step with a radio group and a number field.
      await reachQuestion(el, 'salary');
      await pressNext(el);
      const errors = $$(el, '.field-error');
      expect(errors.length).to.be.above(0);
      for (const error of errors) expect(error.textContent?.trim()).to.match(lang === 'en' ? /^Error: / : /^오류: /);
      // The prefix is for screen readers; the summary links stay as they are.
      expect($(el, '#error-summary a').textContent).not.to.match(/Error|오류/);
      $(el, '#error-summary a[href="#q-employerSize"]').click();
      await el.updateComplete;
      expect(focused(el)).to.equal($$(el, 'input[name="employerSize"]')[0]);
      $(el, '#error-summary a[href="#q-salary"]').click();
      await el.updateComplete;
      expect(focused(el)).to.equal(numberField(el, 'salary'));
    });
  });
}
