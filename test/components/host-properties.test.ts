// A host sets properties the way frameworks do: the same value on every
// render, values fed back from the widget's own events, objects it goes on
// editing, and values that are not what they should be.
import { expect, html } from '@open-wc/testing';
import { TAG_NAME } from '../../src/cdn.js';
import { defaultRubric, type Rubric } from '../../src/rubric/index.js';
import {
  $,
  $$,
  SME_APPLICANT,
  choose,
  collect,
  completeThroughUi,
  mount,
  numberField,
  pressBack,
  pressNext,
  radio,
  settle,
  text,
  typeNumber,
  type Widget,
  reachQuestion,
} from './helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const PREFILL = { jobOffer: 'yes', governmentProgramme: 'none' } as const;

/** A rubric of the host's own: the built-in one under another id and title. */
function hostRubric(title = 'The host rubric'): Rubric {
  const rubric = clone(defaultRubric) as Rubric;
  rubric.id = 'host-rubric';
  rubric.title = { ...rubric.title, en: title };
  return rubric;
}

describe('a host setting properties', () => {
  it('lang reads as any element’s: empty while unset (the page’s language shows), the language once set, empty again once removed', async () => {
    const wrapper = await mount(html`<div lang="ko"><ktech-pass-assessment></ktech-pass-assessment></div>`);
    const el = wrapper.querySelector('ktech-pass-assessment') as Widget;
    await settle(el);
    expect(el.lang).to.equal('');
    expect($(el, '.base').getAttribute('lang')).to.equal('ko');
    el.lang = 'vi';
    await settle(el);
    expect(el.lang).to.equal('vi');
    expect($(el, '.base').getAttribute('lang')).to.equal('vi');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.lang).to.equal('en');
    el.removeAttribute('lang');
    await settle(el);
    expect(el.lang).to.equal('');
    expect($(el, '.base').getAttribute('lang')).to.equal('ko');
  });

  describe('answers set again', () => {
    it('the same object again leaves the applicant’s later clicks and typing alone and fires nothing', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      el.answers = PREFILL;
      await settle(el);
      await choose(el, 'governmentProgramme', 'mohw');
      await choose(el, 'inKorea', 'no');
      await pressNext(el);
      await typeNumber(el, 'salary', '160,000,');
      const events = collect(el, 'answer');
      for (let render = 0; render < 20; render++) el.answers = PREFILL;
      await settle(el);
      events.stop();
      expect(numberField(el, 'salary').value).to.equal('160,000,');
      expect(el.answers['governmentProgramme']).to.equal('mohw');
      await pressBack(el);
      expect(radio(el, 'governmentProgramme', 'mohw').checked).to.equal(true);
      expect(events.events).to.have.length(0);
    });

    it('an equal copy of the last prefill is the same prefill', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      el.answers = { ...PREFILL };
      await settle(el);
      await choose(el, 'governmentProgramme', 'mohw');
      el.answers = { ...PREFILL };
      await settle(el);
      expect(el.answers['governmentProgramme']).to.equal('mohw');
    });

    it('a different prefill replaces the answers', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      el.answers = PREFILL;
      await choose(el, 'governmentProgramme', 'mohw');
      el.answers = { jobOffer: 'not-yet' };
      await settle(el);
      expect(el.answers).to.deep.equal({ jobOffer: 'not-yet' });
      expect(radio(el, 'jobOffer', 'not-yet').checked).to.equal(true);
      expect(radio(el, 'governmentProgramme', 'mohw').checked).to.equal(false);
    });

    it('controlled use: answers fed back from answer events, typing 160,000,000 key by key', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      await reachQuestion(el, 'salary');
      let state: Record<string, unknown> = { ...el.answers };
      el.addEventListener('answer', (event) => {
        state = { ...state, [event.detail.questionId]: event.detail.value };
        // What React does with `answers={state}` after setState.
        queueMicrotask(() => (el.answers = state as never));
      });
      const typed = '160,000,000';
      // Key by key, each appended to what the field shows now (as a keyboard does).
      for (const key of typed) await typeNumber(el, 'salary', numberField(el, 'salary').value + key);
      expect(numberField(el, 'salary').value).to.equal(typed);
      expect(el.answers['salary']).to.equal(160_000_000);
      expect(state['salary']).to.equal(160_000_000);
      await reachQuestion(el, 'experience', { ...SME_APPLICANT, salary: 160_000_000 });
      await typeNumber(el, 'experience', '7.5');
      expect(el.answers['experience']).to.equal(7.5);
      expect(state['experience']).to.equal(7.5);
      expect(el.answers['salary']).to.equal(160_000_000);
    });

    it('an invalid new value is reported and the valid answer it would replace stays', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      await reachQuestion(el, 'degree');
      await choose(el, 'degree', 'masters');
      const errors = collect(el, 'assessment-error');
      el.answers = { ...el.answers, degree: 'phd' };
      await settle(el);
      errors.stop();
      expect(errors.events).to.have.length(1);
      expect(errors.events[0]?.detail.issues[0]?.path).to.equal('degree');
      expect(el.answers['degree']).to.equal('masters');
    });
  });

  describe('rubric set again', () => {
    it('the same object, or an equal one, neither re-validates nor fires score again, on every render', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const rubric = hostRubric();
      el.rubric = rubric;
      await settle(el);
      await completeThroughUi(el, SME_APPLICANT);
      const inUse = el.rubric;
      const scores = collect(el, 'score');
      const errors = collect(el, 'assessment-error');
      for (let render = 0; render < 50; render++) el.rubric = render % 2 ? rubric : clone(rubric);
      await settle(el);
      scores.stop();
      errors.stop();
      expect(scores.events).to.have.length(0);
      expect(errors.events).to.have.length(0);
      expect(el.rubric).to.equal(inUse);
      expect($(el, '[part~="result"]')).to.exist;
    });

    it('a changed rubric is validated and used, and the answers stay', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      await reachQuestion(el, 'degree');
      await choose(el, 'degree', 'masters');
      el.rubric = hostRubric('First');
      await settle(el);
      el.rubric = hostRubric('Second');
      await settle(el);
      expect(text($(el, 'h2'))).to.equal('Second');
      expect(el.answers['degree']).to.equal('masters');
    });

    it('null brings back the built-in rubric', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      el.rubric = hostRubric();
      await settle(el);
      el.rubric = null;
      await settle(el);
      expect((el.rubric as Rubric | null)?.id).to.equal(defaultRubric.id);
    });

    for (const [what, value] of [
      ['a number', 42],
      ['a string', '{"id": "x"}'],
      ['an object with a function', { ...hostRubric(), toJSON: undefined, validate: () => true }],
      [
        'an object that contains itself',
        (() => {
          const rubric = hostRubric() as Rubric & { self?: unknown };
          rubric.self = rubric;
          return rubric;
        })(),
      ],
    ] as const) {
      it(`${what} never throws: the error is shown and sent, and no answer is lost`, async () => {
        const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
        await reachQuestion(el, 'degree');
        await choose(el, 'degree', 'masters');
        const errors = collect(el, 'assessment-error');
        expect(() => (el.rubric = value)).not.to.throw();
        await settle(el);
        errors.stop();
        expect(errors.events.length).to.be.greaterThan(0);
        expect(text($(el, '[role="alert"]'))).to.contain('The rubric is not valid');
        expect(el.answers['degree']).to.equal('masters');
      });
    }
  });

  describe('the rubric in use cannot be changed from outside', () => {
    it('is frozen: editing el.rubric throws and changes no instance’s score', async () => {
      const a = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const b = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const passMark = b.result?.passMark;
      expect(() => ((a.rubric as Rubric).passMark.value = 1)).to.throw(TypeError);
      expect(b.result?.passMark).to.equal(passMark);
    });

    it('a host editing its own object after setting it changes nothing', async () => {
      const el: Widget = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const rubric = hostRubric();
      el.rubric = rubric;
      await settle(el);
      rubric.passMark.value = 1;
      rubric.title.en = 'Edited afterwards';
      (rubric.pathways[0] as { when: unknown }).when = { score: 'total', atLeast: 0 };
      el.requestUpdate();
      await settle(el);
      expect(el.result?.passMark).to.not.equal(1);
      expect(el.result?.eligible).to.equal(false);
      expect(text($(el, 'h2'))).to.equal('The host rubric');
    });
  });

  describe('before the element is defined', () => {
    it('takes up answers and a rubric a page set before the element was defined', async () => {
      // A framework (or a slow script tag) sets properties on the plain element first.
      const name = `${TAG_NAME}-late`;
      const el = document.createElement(name) as Widget & { answers: unknown; rubric: unknown };
      el.answers = { degree: 'doctorate', experience: 12 };
      el.rubric = { id: 'bogus' };
      const errors: Event[] = [];
      el.addEventListener('assessment-error', (event) => errors.push(event));
      document.body.append(el);
      customElements.define(name, class extends (customElements.get(TAG_NAME) as CustomElementConstructor) {});
      await settle(el);
      expect(errors.length, 'the bogus rubric is reported').to.be.greaterThan(0);
      expect(el.answers).to.deep.equal({ degree: 'doctorate', experience: 12 });
      el.remove();
    });

    it('takes up disabled and rubricTimeout a page set before the element was defined', async () => {
      const name = `${TAG_NAME}-late-props`;
      const form = document.createElement('form');
      const el = document.createElement(name) as Widget & { disabled: unknown; rubricTimeout: unknown };
      el.setAttribute('name', 'assessment');
      el.disabled = true;
      el.rubricTimeout = 1234;
      form.append(el);
      document.body.append(form);
      customElements.define(name, class extends (customElements.get(TAG_NAME) as CustomElementConstructor) {});
      await settle(el);
      try {
        expect(el.disabled).to.equal(true);
        expect(el.hasAttribute('disabled'), 'the attribute the browser reads').to.equal(true);
        expect(el.matches(':disabled')).to.equal(true);
        expect(new FormData(form).has('assessment'), 'a disabled widget is not submitted').to.equal(false);
        expect($$<HTMLInputElement>(el, 'input').every((input) => input.disabled)).to.equal(true);
        expect(el.rubricTimeout).to.equal(1234);
      } finally {
        form.remove();
      }
    });
  });
});
