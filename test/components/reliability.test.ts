// Reliability, in the widget: a prefilled salary is held to the bounds a
// typed one is, the rubric property and rubricTimeout do what they say
// whatever they are given, every text field is bounded, and a hostile page
// (Object.prototype properties, Array.prototype.toJSON, no structuredClone, a
// throwing Intl) changes nothing. Small rubrics keep these tests off the
// built-in rubric's ids.
import { expect, html } from '@open-wc/testing';
import { TYPED_MAX_LENGTH } from '../../src/components/i18n/localize.js';
import { smallRubric } from './fixtures/small-rubric.js';
import { $, $$, $maybe, choose, collect, mount, settle, text, typeNumber, type Widget } from './helpers.js';

const RUBRIC = smallRubric('reliability');

async function widget(template = html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`): Promise<Widget> {
  const el = await mount(template);
  el.rubric = RUBRIC;
  await settle(el);
  return el;
}

describe('reliability', () => {
  describe('a salary the page gives is held to the bounds a typed one is', () => {
    it('15,000 is not scored: the page hears why, and the widget asks "Did you mean KRW 15,000,000 a year (15,000 thousand)?"', async () => {
      const el = await widget();
      const errors = collect(el, 'assessment-error');
      el.answers = { qChoice: 'yes', qSalary: 15_000 };
      await settle(el);
      errors.stop();
      expect(el.answers).to.deep.equal({ qChoice: 'yes' });
      expect(errors.events.map((event) => event.detail.issues[0]?.path)).to.include('qSalary');
      expect(text($(el, '.problem'))).to.contain('Did you mean KRW 15,000,000 a year (15,000 thousand)?');
    });

    it('1e308 is refused, never shown as "∞× GNI"', async () => {
      const el = await widget();
      el.answers = { qSalary: 1e308 };
      await settle(el);
      expect(el.answers).to.deep.equal({});
      expect(text($(el, '.problem'))).to.contain('below KRW 100,000,000,000');
      expect(text($(el, '[part~="base"]'))).not.to.contain('∞');
    });

    it('also when the page gave it while its rubric-src was still loading', async () => {
      const original = window.fetch;
      let answer: (response: Response) => void = () => {};
      window.fetch = (() => new Promise<Response>((resolve) => (answer = resolve))) as typeof fetch;
      try {
        const el = document.createElement('ktech-pass-assessment');
        el.lang = 'en';
        el.setAttribute('rubric-src', '/slow-rubric.json');
        document.body.append(el);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(el.rubric).to.equal(null);
        el.answers = { qChoice: 'yes', qSalary: 15_000 };
        answer(new Response(JSON.stringify(smallRubric('slow-src'))));
        await settle(el);
        expect(el.rubric?.id).to.equal('slow-src');
        expect(el.answers).to.deep.equal({ qChoice: 'yes' });
        expect(text($(el, '.problem'))).to.contain('Did you mean KRW 15,000,000 a year (15,000 thousand)?');
        el.remove();
      } finally {
        window.fetch = original;
      }
    });

    it('a stored one too (persist)', async () => {
      localStorage.clear();
      localStorage.setItem(
        `ktech-pass-assessment[stored-salary]:${RUBRIC.id}@${RUBRIC.version}`,
        JSON.stringify({ qSalary: 150 }),
      );
      try {
        const el = await widget(
          html`<ktech-pass-assessment lang="en" persist id="stored-salary"></ktech-pass-assessment>`,
        );
        expect(el.answers).to.deep.equal({});
        expect(text($(el, '.problem'))).to.contain('Did you mean KRW 150,000,000 a year (150 million)?');
      } finally {
        localStorage.clear();
      }
    });

    it('a stored value longer than any answers is reported once and removed, not read on every load', async () => {
      localStorage.clear();
      const key = `ktech-pass-assessment[huge]:${RUBRIC.id}@${RUBRIC.version}`;
      localStorage.setItem(key, JSON.stringify({ qChoice: 'x'.repeat(2_500_000) }));
      try {
        const el = await widget(html`<ktech-pass-assessment lang="en" persist id="huge"></ktech-pass-assessment>`);
        expect(text($(el, '.problem'))).to.contain('could not be used');
        expect(localStorage.getItem(key)).to.equal(null);
      } finally {
        localStorage.clear();
      }
    });
  });

  describe('the rubric property', () => {
    it('set and then set to null: the built-in rubric, not the one still being validated', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const builtIn = el.rubric;
      el.rubric = RUBRIC;
      el.rubric = null;
      await settle(el);
      expect(el.rubric).to.equal(builtIn);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      expect(el.rubric).to.equal(builtIn);
    });

    it('set while rubric-src is in use, then rubric-src removed: the rubric set, never silently the built-in one', async () => {
      const src = URL.createObjectURL(
        new Blob([JSON.stringify(smallRubric('from-src'))], { type: 'application/json' }),
      );
      const el = await mount(html`<ktech-pass-assessment lang="en" rubric-src=${src}></ktech-pass-assessment>`);
      await settle(el);
      expect(el.rubric?.id).to.equal('from-src');
      el.rubric = RUBRIC;
      el.removeAttribute('rubric-src');
      await settle(el);
      expect(el.rubric?.id).to.equal(RUBRIC.id);
    });
  });

  describe('rubricTimeout is a sane number of milliseconds whatever it is set to', () => {
    for (const [given, expected] of [
      [2 ** 31, 2 ** 31 - 1],
      [Number.POSITIVE_INFINITY, 2 ** 31 - 1],
      [Number.NaN, 15_000],
      [-5, 15_000],
      [0, 15_000],
      [250, 250],
    ] as const) {
      it(`${given} → ${expected}`, async () => {
        const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
        el.rubricTimeout = given;
        expect(el.rubricTimeout).to.equal(expected);
      });
    }

    it('2^31 ms does not time out at once', async () => {
      const original = window.fetch;
      // A server that never answers; the request ends only when the widget gives up.
      window.fetch = ((_: RequestInfo | URL, init?: RequestInit) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        )) as typeof fetch;
      try {
        const el = document.createElement('ktech-pass-assessment');
        el.lang = 'en';
        el.rubricTimeout = 2 ** 31;
        el.setAttribute('rubric-src', '/never.json');
        document.body.append(el);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect($maybe(el, '[role="alert"]')).to.equal(null);
        expect(text($(el, '[role="status"]'))).to.contain('Loading');
        el.remove();
      } finally {
        window.fetch = original;
      }
    });
  });

  it('a prefill set before the element is in the page (as frameworks do): its problems reach a listener on the document once it is', async () => {
    const heard: string[] = [];
    const listen = (event: Event) =>
      heard.push(...(event as CustomEvent).detail.issues.map((issue: { path: string }) => issue.path));
    document.addEventListener('assessment-error', listen);
    try {
      const el = document.createElement('ktech-pass-assessment');
      el.lang = 'en';
      el.answers = { jobOffer: 'maybe', nope: 1 };
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard, 'nothing is dispatched on an element outside the page').to.deep.equal([]);
      document.body.append(el);
      await settle(el);
      expect(heard).to.include.members(['jobOffer', 'nope']);
      expect(text($(el, '.problem'))).to.not.equal('');
      el.remove();
    } finally {
      document.removeEventListener('assessment-error', listen);
    }
  });

  it('a rubric-src body that cannot be read (a broken gzip) is a network error, not "not valid JSON"', async () => {
    const original = window.fetch;
    window.fetch = (async () =>
      new Response(
        new ReadableStream({ start: (controller) => controller.error(new TypeError('Failed to decode the body')) }),
        { status: 200 },
      )) as typeof fetch;
    try {
      const el = await mount(
        html`<ktech-pass-assessment lang="en" rubric-src="/broken-gzip.json"></ktech-pass-assessment>`,
      );
      await settle(el);
      const alert = text($(el, '[role="alert"]'));
      expect(alert).to.contain('network error');
      expect(alert).not.to.contain('not valid JSON');
    } finally {
      window.fetch = original;
    }
  });

  it(`every text field takes at most ${TYPED_MAX_LENGTH} characters`, async () => {
    const el = await widget();
    const fields = $$<HTMLInputElement>(el, 'input[type="text"]');
    expect(fields.length).to.be.greaterThan(0);
    for (const field of fields) expect(field.maxLength).to.equal(TYPED_MAX_LENGTH);
  });

  describe('a hostile page', () => {
    it('an enumerable Object.prototype property is no attribute and no rubric field: no false notice', async () => {
      const errors = collect(document, 'assessment-error');
      (Object.prototype as Record<string, unknown>)['bogus'] = 'x';
      try {
        const el = await widget();
        await choose(el, 'qChoice', 'yes');
        expect(errors.events.map((event) => event.detail.message).join(' ')).not.to.contain('bogus');
        expect($maybe(el, '.problem')).to.equal(null);
      } finally {
        delete (Object.prototype as Record<string, unknown>)['bogus'];
        errors.stop();
      }
    });

    it('Object.prototype.en does not leave a Korean widget blank', async () => {
      Object.defineProperty(Object.prototype, 'en', { value: 'hijacked', configurable: true, writable: true });
      try {
        const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
        await settle(el);
        expect(text($(el, '[part~="base"]'))).to.contain('다음');
        expect($(el, 'form[part~="step"]')).to.exist;
      } finally {
        delete (Object.prototype as Record<string, unknown>)['en'];
      }
    });

    it('Array.prototype.toJSON does not double-encode the form value', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      const el = document.createElement('ktech-pass-assessment');
      el.lang = 'en';
      el.setAttribute('name', 'assessment');
      form.append(el);
      el.rubric = RUBRIC;
      await settle(el);
      // What the old Prototype library did: every list encodes itself as a string.
      (Array.prototype as unknown as { toJSON?: (this: unknown[]) => string }).toJSON = function (this: unknown[]) {
        return JSON.stringify(Array.from(this));
      };
      try {
        await choose(el, 'qChoice', 'yes');
        const value = JSON.parse(String(new FormData(form).get('assessment'))) as {
          criteria: unknown;
          answers: unknown;
        };
        expect(Array.isArray(value.criteria)).to.equal(true);
        expect(value.answers).to.deep.equal({ qChoice: 'yes' });
      } finally {
        delete (Array.prototype as unknown as { toJSON?: unknown }).toJSON;
        form.remove();
      }
    });

    it('without structuredClone, every event still fires', async () => {
      const el = await widget();
      const original = globalThis.structuredClone;
      (globalThis as { structuredClone?: unknown }).structuredClone = undefined;
      const answers = collect(el, 'answer');
      try {
        await choose(el, 'qChoice', 'yes');
        await typeNumber(el, 'qSalary', '80,000,000');
        expect(answers.events.map((event) => event.detail.value)).to.deep.equal(['yes', 80_000_000]);
      } finally {
        globalThis.structuredClone = original;
        answers.stop();
      }
    });

    it('a throwing Intl.NumberFormat does not break rendering: numbers are still shown', async () => {
      const original = Intl.NumberFormat;
      (Intl as { NumberFormat: unknown }).NumberFormat = function () {
        throw new Error('locked by the page');
      };
      try {
        // zh-Hans: a language no earlier test formatted a number in, so no formatter is cached.
        const el = await mount(html`<ktech-pass-assessment lang="zh-Hans"></ktech-pass-assessment>`);
        el.rubric = RUBRIC;
        await settle(el);
        await typeNumber(el, 'qSalary', '80,000,000');
        expect(text($(el, '#value-qSalary'))).to.contain('80,000,000');
      } finally {
        (Intl as { NumberFormat: unknown }).NumberFormat = original;
      }
    });
  });
});
