// The widget as a form control, held to what a native <input required> does
// in the same form: the properties and methods validation libraries call
// field by field, disabled fieldsets, Bootstrap's validation pattern, and the
// browser's history restore.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { assess, defaultRubric } from '../../src/rubric/index.js';
import type { Answers } from '../../src/rubric/index.js';
import {
  $,
  $$,
  $maybe,
  SME_APPLICANT,
  choose,
  completeThroughUi,
  focused,
  nextButton,
  progress,
  radio,
  settle,
  text,
  type ScoreDetail,
  type Widget,
} from './helpers.js';

const without = (answers: Answers, ...ids: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

async function inForm(
  template = html`<ktech-pass-assessment id="ktp" lang="en" name="assessment" required></ktech-pass-assessment>`,
) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <label for="ktp">Your eligibility</label>
    <label for="email">Email</label>
    <input id="email" name="email" required />
    ${template}
    <button>Apply</button>
  </form>`);
  const el = form.querySelector('ktech-pass-assessment') as Widget;
  await settle(el);
  return { form, el, email: form.querySelector('#email') as HTMLInputElement };
}

const submitted = (form: HTMLFormElement) => new FormData(form).get('assessment');
const enabledControls = (el: Widget) =>
  $$<HTMLInputElement>(el, 'input, button, select').filter((control) => !control.disabled);

describe('the form-control surface of a native input', () => {
  it('form, labels, validity, validationMessage and willValidate answer as a required native input does', async () => {
    const { form, el, email } = await inForm();
    expect(el.form).to.equal(form);
    expect(el.form).to.equal(email.form);
    expect([...el.labels].map((label) => text(label as Element))).to.deep.equal(['Your eligibility']);
    expect(el.willValidate).to.equal(true);
    expect(email.willValidate).to.equal(true);
    expect(el.validity.valid).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(email.validity.valueMissing).to.equal(true);
    // The message names what to do, as the browser's own message for the email field does.
    expect(el.validationMessage).to.equal('Answer “Do you have a job offer from a company or institution in Korea?”');
    expect(email.validationMessage).not.to.equal('');
  });

  it('clicking its <label> moves focus into it, as into a native control: the step’s first field, the result’s heading; a click on its text does not', async () => {
    const { form, el } = await inForm();
    const label = form.querySelector('label') as HTMLLabelElement;
    /** A real click (trusted, as a person's) in the middle of `target`. */
    const clickOn = async (target: Element) => {
      const box = target.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    };
    try {
      await clickOn(label);
      expect(focused(el) === $$(el, 'form[part~="step"] input')[0], 'the first field focused').to.equal(true);
      expect(focused(el)?.getAttribute('name')).to.equal('jobOffer');
      // A click on the widget's own text leaves focus where a click on text puts it (nowhere in particular), never on a field.
      await clickOn($(el, '.help'));
      expect(focused(el)?.localName ?? null).to.equal(null);
      await completeThroughUi(el, SME_APPLICANT);
      (document.activeElement as HTMLElement | null)?.blur();
      label.click();
      expect(focused(el)?.id).to.equal('result-title');
    } finally {
      await resetMouse();
    }
  });

  it('[...form.elements].forEach(x => x.checkValidity()) works with the widget inside, and it fires invalid as an input does', async () => {
    const { form, el } = await inForm();
    expect([...form.elements]).to.include(el);
    const invalid: string[] = [];
    form.addEventListener('invalid', (event) => invalid.push((event.target as Element).localName), true);
    const results = [...form.elements].map((control) => (control as HTMLInputElement).checkValidity());
    expect(results).to.deep.equal([false, false, true]);
    expect(invalid).to.deep.equal(['input', 'ktech-pass-assessment']);

    el.answers = SME_APPLICANT;
    await settle(el);
    expect(el.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
  });

  it('the validation message names the first question still unanswered', async () => {
    const { el } = await inForm();
    el.answers = without(SME_APPLICANT, 'evidence', 'role');
    await settle(el);
    expect(el.validationMessage).to.equal('Answer “Your strongest evidence of specific technical expertise”');
  });

  it('without required an unfinished assessment is valid, as an optional input is', async () => {
    const { el } = await inForm(html`<ktech-pass-assessment lang="en" name="assessment"></ktech-pass-assessment>`);
    expect(el.checkValidity()).to.equal(true);
    expect(el.reportValidity()).to.equal(true);
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect($maybe(el, '#error-summary')).to.equal(null);
  });

  it('reportValidity() goes to the first unanswered question, shows why and focuses it', async () => {
    const { el } = await inForm();
    el.answers = without(SME_APPLICANT, 'evidence', 'role');
    await settle(el);
    expect(progress(el)).to.equal('Step 1 of 7');

    const invalid: Event[] = [];
    el.addEventListener('invalid', (event) => invalid.push(event));
    expect(el.reportValidity()).to.equal(false);
    expect(invalid).to.have.length(1);
    // Already rendered when reportValidity() returns: the expertise step, its error summary, the question focused.
    expect(progress(el)).to.equal('Step 6 of 7');
    expect(text($(el, '#error-summary'))).to.contain(
      'Answer “Your strongest evidence of specific technical expertise”',
    );
    const active = focused(el) as HTMLInputElement;
    expect(active.name).to.equal('evidence');
    await settle(el);
    expect((focused(el) as HTMLInputElement).name).to.equal('evidence');

    // Answering it by keyboard is what comes next.
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.answers['evidence']).to.equal('leading');
  });

  it('reportValidity() from the result view after a what-if cleared an answer goes back to that question', async () => {
    const { el } = await inForm();
    await completeThroughUi(el, SME_APPLICANT);
    el.answers = without(SME_APPLICANT, 'salary');
    await settle(el);
    expect(el.reportValidity()).to.equal(false);
    expect(progress(el)).to.equal('Step 2 of 7');
    expect((focused(el) as HTMLInputElement).name).to.equal('salary');
  });

  it("the form's own validation (Apply, form.reportValidity()) points at the unanswered question on the step shown, else at Next", async () => {
    const { form, el, email } = await inForm();
    email.value = 'applicant@example.com';
    el.answers = without(SME_APPLICANT, 'governmentProgramme');
    await settle(el);
    expect(form.reportValidity()).to.equal(false);
    expect((focused(el) as HTMLInputElement).name).to.equal('governmentProgramme');

    // The first step is complete; the unanswered question is on the next one.
    el.answers = without(SME_APPLICANT, 'evidence');
    await settle(el);
    expect(form.reportValidity()).to.equal(false);
    expect(focused(el)).to.equal(nextButton(el));
    expect(el.validationMessage).to.equal('Answer “Your strongest evidence of specific technical expertise”');
  });

  it("with language-picker the form's own validation points at Next, never at the language menu's button", async () => {
    const { form, el, email } = await inForm(
      html`<ktech-pass-assessment id="ktp" lang="en" name="assessment" required language-picker></ktech-pass-assessment>`,
    );
    email.value = 'applicant@example.com';
    el.answers = without(SME_APPLICANT, 'evidence');
    await settle(el);
    expect(form.reportValidity()).to.equal(false);
    expect(focused(el)).to.equal(nextButton(el));
  });

  it("on the result view, left unfinished by the page (answers, employer-size), the form's own validation points at Change answers, which leads to the question", async () => {
    const { form, el, email } = await inForm(
      html`<ktech-pass-assessment id="ktp" lang="en" name="assessment" required employer-size="sme"></ktech-pass-assessment>`,
    );
    email.value = 'applicant@example.com';
    await completeThroughUi(el, SME_APPLICANT);
    // Compared by text: a failing comparison of two elements of the result view does not finish serialising.
    const focusedText = () => {
      const control = focused(el);
      return control && `${control.localName}: ${text(control)}`;
    };
    // The page clears an answer: the result stays, unfinished.
    el.answers = without(SME_APPLICANT, 'governmentProgramme');
    await settle(el);
    expect($maybe(el, '[part~="result"]')).to.not.equal(null);
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    // Apply, as the applicant presses it.
    form.requestSubmit();
    expect(submits).to.equal(0);
    // Not the what-if field of that question, folded away in a closed <details> where the browser cannot focus it.
    expect(focusedText()).to.equal('button: Change answers');

    // The page drops the firm's size, which the applicant was never asked.
    el.answers = without(SME_APPLICANT, 'employerSize');
    await settle(el);
    form.requestSubmit();
    expect(submits).to.equal(1);
    el.removeAttribute('employer-size');
    await settle(el);
    expect(el.validationMessage).to.equal('Answer “Size of the hiring firm”');
    (document.activeElement as HTMLElement | null)?.blur();
    form.requestSubmit();
    expect(submits).to.equal(1);
    expect(focusedText()).to.equal('button: Change answers');
  });

  it('value is the submitted JSON, and FormData and value are current inside the answer event', async () => {
    const { form, el } = await inForm();
    expect(el.value).to.equal(submitted(form));
    const seen: Array<{ value: string | null; data: FormDataEntryValue | null }> = [];
    el.addEventListener('answer', () => seen.push({ value: el.value, data: submitted(form) }));
    await choose(el, 'jobOffer', 'yes');
    expect(seen).to.have.length(1);
    const [inEvent] = seen;
    expect(inEvent?.data).to.equal(inEvent?.value);
    const value = JSON.parse(String(inEvent?.value)) as ScoreDetail;
    expect(value.answers).to.deep.equal({ jobOffer: 'yes' });
    expect(value.total).to.equal(assess(defaultRubric, { jobOffer: 'yes' }).total);
  });

  it('FormData is current right after a property is set, before the widget renders', async () => {
    const { form, el } = await inForm();
    el.answers = SME_APPLICANT;
    const value = JSON.parse(String(submitted(form))) as ScoreDetail;
    expect(value.total).to.equal(66);
    expect(el.checkValidity()).to.equal(true);
  });
});

describe('disabled', () => {
  it('the disabled attribute disables every control inside; nothing is submitted or validated', async () => {
    const { form, el } = await inForm();
    el.answers = { jobOffer: 'yes' };
    el.disabled = true;
    expect(el.hasAttribute('disabled')).to.equal(true);
    // As a native disabled required input's, at once: valid, nothing missing.
    expect([el.validity.valid, el.validity.valueMissing]).to.deep.equal([true, false]);
    await settle(el);
    expect(enabledControls(el)).to.deep.equal([]);
    expect(el.matches(':disabled')).to.equal(true);
    expect(submitted(form)).to.equal(null);
    expect(el.willValidate).to.equal(false);
    expect(el.checkValidity()).to.equal(true);
    // As a native input's: no message while it is not validated.
    expect(el.validationMessage).to.equal('');
    // A click on a disabled radio changes nothing.
    radio(el, 'jobOffer', 'not-yet').click();
    await settle(el);
    expect(el.answers).to.deep.equal({ jobOffer: 'yes' });

    el.removeAttribute('disabled');
    await settle(el);
    expect(el.disabled).to.equal(false);
    expect(enabledControls(el).length).to.be.greaterThan(5);
    expect(JSON.parse(String(submitted(form))))
      .to.have.property('answers')
      .that.deep.equals({ jobOffer: 'yes' });
  });

  it('an enclosing disabled fieldset disables it, and enabling the fieldset enables it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled>
        <legend>Eligibility</legend>
        <ktech-pass-assessment lang="en" name="assessment" required></ktech-pass-assessment>
      </fieldset>
    </form>`);
    const el = form.querySelector('ktech-pass-assessment') as Widget;
    const fieldset = form.querySelector('fieldset') as HTMLFieldSetElement;
    await settle(el);
    expect(enabledControls(el)).to.deep.equal([]);
    expect(submitted(form)).to.equal(null);
    expect(form.checkValidity()).to.equal(true);
    const native = Object.assign(document.createElement('input'), { required: true });
    fieldset.append(native);
    expect([el.validity.valid, el.validity.valueMissing]).to.deep.equal([
      native.validity.valid,
      native.validity.valueMissing,
    ]);
    expect(el.validity.valid).to.equal(true);
    // The element's own `disabled` is its attribute, as a native input's.
    expect(el.disabled).to.equal(false);

    fieldset.disabled = false;
    await settle(el);
    expect(enabledControls(el).length).to.be.greaterThan(5);
    expect(submitted(form)).to.be.a('string');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valid).to.equal(false);

    fieldset.disabled = true;
    await settle(el);
    expect(enabledControls(el)).to.deep.equal([]);
    expect(el.validity.valid).to.equal(true);
  });

  it('controls rendered later (the next step, the result) are disabled too', async () => {
    const { el } = await inForm();
    el.disabled = true;
    el.answers = SME_APPLICANT;
    await settle(el);
    el.formStateRestoreCallback(JSON.stringify(['result', SME_APPLICANT]));
    await settle(el);
    expect($maybe(el, '[part~="result"]')).not.to.equal(null);
    expect(enabledControls(el)).to.deep.equal([]);
  });
});

describe("Bootstrap's needs-validation pattern", () => {
  it('shows the invalid feedback next to an unfinished widget and blocks submit; a finished one submits', async () => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
    const loaded = new Promise((resolve) => stylesheet.addEventListener('load', resolve, { once: true }));
    document.head.append(stylesheet);
    await loaded;
    try {
      const form = await fixture<HTMLFormElement>(html`<form class="needs-validation" novalidate>
        <ktech-pass-assessment lang="en" name="assessment" required></ktech-pass-assessment>
        <div class="invalid-feedback">Please complete the eligibility check.</div>
        <button class="btn btn-primary" type="submit">Apply</button>
      </form>`);
      const el = form.querySelector('ktech-pass-assessment') as Widget;
      const feedback = form.querySelector('.invalid-feedback') as HTMLElement;
      await settle(el);
      let submits = 0;
      // Bootstrap 5's documented starter script, as pages copy it.
      form.addEventListener(
        'submit',
        (event) => {
          if (!form.checkValidity()) {
            event.preventDefault();
            event.stopPropagation();
          } else {
            event.preventDefault();
            submits += 1;
          }
          form.classList.add('was-validated');
        },
        false,
      );
      expect(getComputedStyle(feedback).display).to.equal('none');
      form.requestSubmit();
      expect(submits).to.equal(0);
      expect(el.matches(':invalid')).to.equal(true);
      expect(getComputedStyle(feedback).display).to.equal('block');

      await completeThroughUi(el, SME_APPLICANT);
      await settle(el);
      expect(el.matches(':valid')).to.equal(true);
      expect(getComputedStyle(feedback).display).to.equal('none');
      form.requestSubmit();
      expect(submits).to.equal(1);
    } finally {
      stylesheet.remove();
    }
  });
});
