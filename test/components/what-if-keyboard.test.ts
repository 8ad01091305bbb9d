// A what-if tried from the keyboard with a screen reader: focus stays on the
// control being changed, and what the change did (a new score, a slip in the
// text, the score back to the answers given) is heard once, in the status
// region, with no focus move (WCAG 3.2.2 On Input, 4.1.3 Status Messages).
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, SME_APPLICANT, completeThroughUi, focused, mount, settle, text, type Widget } from './helpers.js';

/** What has focus, by a name a failing test can print (a DOM node is too big to diff). */
const focusName = (el: Widget) => {
  const node = focused(el);
  return node
    ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('name') ? `[name=${node.getAttribute('name')}]` : ''}`
    : 'nothing';
};

const status = (el: Widget) => text($(el, '[role="status"]'));

/** The result of the worked SME example (66 points, met), "Points per criterion" open as a person opens it. */
async function whatIfPanel(lang = 'en'): Promise<Widget> {
  const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
  await completeThroughUi(el, SME_APPLICANT);
  const details = $(el, '[part~="result"] select[name="degree"]').closest('details') as HTMLDetailsElement;
  details.open = true;
  await settle(el);
  return el;
}

/** Focuses a what-if control and presses keys on it, as a keyboard user does. */
async function press(el: Widget, name: string, ...keys: string[]): Promise<HTMLElement> {
  const control = $<HTMLElement>(el, `[part~="result"] [name="${name}"]`);
  control.focus();
  for (const key of keys) {
    await sendKeys({ press: key });
    await settle(el);
  }
  return control;
}

describe('what-if from the keyboard', () => {
  it('an arrow key on a what-if list and back to the answer given: focus stays on the list, the score given is said', async () => {
    const el = await whatIfPanel();
    await press(el, 'degree', 'ArrowUp');
    expect(($(el, '[part~="result"] select[name="degree"]') as HTMLSelectElement).value).to.equal('doctorate');
    expect(status(el)).to.match(/^What if: /);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(($(el, '[part~="result"] select[name="degree"]') as HTMLSelectElement).value).to.equal('masters');
    // The what-if is over (its box and button are gone), yet the applicant is still on the list they were moving through.
    expect(el.shadowRoot?.querySelector('.scenario')).to.equal(null);
    expect(focusName(el)).to.equal('select[name=degree]');
    expect(status(el)).to.equal('You may qualify, 56 + 10 SME bonus = 66 of 100');
  });

  it('the same in Korean: the score given is said in Korean', async () => {
    const el = await whatIfPanel('ko');
    await press(el, 'degree', 'ArrowUp', 'ArrowDown');
    expect(focusName(el)).to.equal('select[name=degree]');
    expect(status(el)).to.match(/^자격 요건을 충족할 수 있습니다/);
  });

  it('a what-if number that is not an answer yet is said once, with its "Did you mean", while focus stays in the field', async () => {
    const el = await whatIfPanel();
    const salary = await press(el, 'salary');
    (salary as HTMLInputElement).select();
    await sendKeys({ type: '150' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(salary.getAttribute('aria-invalid')).to.equal('true');
    expect(focusName(el)).to.equal('input[name=salary]');
    expect(status(el)).to.equal('Error: Did you mean KRW 150,000,000 a year (150 million)?');
    // Corrected: the status says the what-if's score instead.
    (salary as HTMLInputElement).select();
    await sendKeys({ type: '150000000' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(status(el)).to.match(/^What if: you may qualify, /);
  });

  it('a what-if slip follows a switch to Korean: shown and said in Korean, with its one-click fix', async () => {
    const el = await whatIfPanel();
    const salary = await press(el, 'salary');
    (salary as HTMLInputElement).select();
    // Without its unit: 15,000 thousand won in English, 15,000만 in Korean; each language offers its own fix.
    await sendKeys({ type: '15000' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    el.lang = 'ko';
    await waitUntil(() => text($(el, '[part~="result"] h3')).includes('자격'), 'the result in Korean');
    await settle(el);
    const error = text($(el, '[part~="result"] .what-if .field-error'));
    expect(error).to.match(/^오류: /);
    expect(error).not.to.contain('Did you mean');
    expect(status(el)).to.equal(error);
    expect(text($(el, '[part~="result"] .what-if .fix'))).to.contain('150,000,000');
  });

  it('Back to my result still takes focus to the result heading and leaves the status empty (the heading is read)', async () => {
    const el = await whatIfPanel();
    await press(el, 'degree', 'ArrowUp');
    const restore = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.scenario button') ?? [])][0];
    restore?.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focusName(el)).to.equal('h3#result-title');
    expect(status(el)).to.equal('');
  });
});
