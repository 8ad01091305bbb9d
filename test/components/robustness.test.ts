// Nothing a host, a stored value or a listener does leaves the widget blank,
// frozen or wrong: each case here once did.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { hostRubric } from './fixtures/host-rubric.js';
import {
  $,
  $maybe,
  SME_APPLICANT,
  collect,
  completeThroughUi,
  mount,
  nextButton,
  numberField,
  pressNext,
  settle,
  text,
  typeNumber,
  type Widget,
  reachQuestion,
} from './helpers.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'constructor-KR', 'valueOf'];

/** Replaces window.fetch for one test: every call waits until the test answers it. */
function holdFetches() {
  const calls: { url: string; signal: AbortSignal | undefined; answer: (response: Response) => void }[] = [];
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      calls.push({ url: String(input), signal: init?.signal ?? undefined, answer: resolve });
    })) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

const rubricResponse = async (title: string) =>
  new Response(JSON.stringify({ ...hostRubric(), id: 'late-rubric', title: { en: title } }));

/** A widget on the page whose rubric-src is loading. */
function loading(src: string): Widget {
  const el = document.createElement('ktech-pass-assessment');
  el.lang = 'en';
  el.setAttribute('rubric-src', src);
  document.body.append(el);
  return el;
}

describe('robustness', () => {
  describe('lang values named like Object.prototype members', () => {
    for (const name of PROTOTYPE_NAMES) {
      it(`lang="${name}" on the element shows English and says so`, async () => {
        const errors = collect(document, 'assessment-error');
        const el = await mount(html`<ktech-pass-assessment lang=${name}></ktech-pass-assessment>`);
        errors.stop();
        expect(text(nextButton(el))).to.equal('Next');
        expect(errors.events.some((event) => event.detail.issues.some((issue) => issue.path === 'lang'))).to.equal(
          true,
        );
      });
    }

    it('on an ancestor or the document it shows English too', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="__proto__"><ktech-pass-assessment></ktech-pass-assessment></div>`,
      );
      const el = wrapper.querySelector('ktech-pass-assessment') as Widget;
      await settle(el);
      expect(text(nextButton(el))).to.equal('Next');
      const previous = document.documentElement.lang;
      document.documentElement.lang = 'constructor';
      try {
        const second = await mount(html`<ktech-pass-assessment></ktech-pass-assessment>`);
        expect(text(nextButton(second))).to.equal('Next');
      } finally {
        document.documentElement.lang = previous;
      }
    });
  });

  describe('rubric-src loads', () => {
    it('removing rubric-src cancels its load: a late answer changes nothing', async () => {
      const fetches = holdFetches();
      try {
        // Not fixture(): it would wait for updateComplete, which waits for the held load.
        const el = loading('/slow.json');
        // The fetch starts once the loader module has loaded: wait for it, not for a time.
        await waitUntil(() => fetches.calls.length > 0, 'the rubric is fetched');
        expect(fetches.calls).to.have.length(1);
        el.removeAttribute('rubric-src');
        await settle(el);
        expect(fetches.calls[0]?.signal?.aborted).to.equal(true);
        const late = await rubricResponse('Arrived too late');
        fetches.calls[0]?.answer(late);
        // An aborted fetch has already failed (see holdFetches), so the answer
        // reaches nothing; were it not aborted, it would be read before settle ends.
        await settle(el);
        expect(late.bodyUsed, 'the late answer was read').to.equal(false);
        expect(text($(el, 'h2'))).not.to.contain('Arrived too late');
        expect(el.rubric?.id).not.to.equal('late-rubric');
        expect($maybe(el, '[role="alert"]')).to.equal(null);
        el.remove();
      } finally {
        fetches.restore();
      }
    });

    it('a server that never answers fails after rubricTimeout with “Try again”, answers kept; “Try again” shows the loading state, and a failure again is announced anew', async () => {
      const fetches = holdFetches();
      try {
        const el = document.createElement('ktech-pass-assessment');
        el.lang = 'en';
        el.rubricTimeout = 100;
        el.answers = { degree: 'masters' };
        el.setAttribute('rubric-src', '/never.json');
        const errors = collect(el, 'assessment-error');
        document.body.append(el);
        await settle(el);
        expect(errors.events).to.have.length(1);
        const alert = $(el, '[role="alert"]');
        expect(text(alert)).to.contain('could not be loaded');
        expect(text($(el, '[role="alert"] button'))).to.equal('Try again');
        expect(fetches.calls[0]?.signal?.aborted).to.equal(true);
        expect(el.answers).to.deep.equal({ degree: 'masters' });
        // Every state the shadow tree passes through, recorded as it renders
        // (a mutation observer runs before any timer, so the new load's
        // 100 ms timeout cannot hide the loading state on a slow machine).
        // Text, not the nodes: chai would print a whole element when this fails.
        const states: string[] = [];
        const observer = new MutationObserver(() =>
          states.push(
            `alert: "${text($maybe(el, '[role="alert"]'))}", status: "${text($maybe(el, '[role="status"]'))}"`,
          ),
        );
        observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
        $<HTMLButtonElement>(el, '[role="alert"] button').click();
        // Not settle() first: updateComplete waits for the new load to end.
        const loadingState = 'alert: "", status: "Loading the assessment…"';
        await waitUntil(() => states.includes(loadingState), 'the loading state after “Try again”');
        await settle(el);
        observer.disconnect();
        errors.stop();
        // A new alert (a screen reader announces one when it is added), one event per failure.
        expect($(el, '[role="alert"]') === alert, 'the same alert').to.equal(false);
        expect(text($(el, '[role="alert"]'))).to.contain('could not be loaded');
        expect(errors.events).to.have.length(2);
        expect(el.answers).to.deep.equal({ degree: 'masters' });
        el.remove();
      } finally {
        fetches.restore();
      }
    });

    it('focus after “Try again” goes to the loading status, then to what replaces it: the step’s heading, or “Try again” after a new failure; never to <body>', async () => {
      const fetches = holdFetches();
      try {
        const el = document.createElement('ktech-pass-assessment');
        el.lang = 'en';
        el.rubricTimeout = 100;
        el.setAttribute('rubric-src', '/never.json');
        document.body.append(el);
        await settle(el);
        const focused = () => el.shadowRoot?.activeElement ?? null;
        // A keyboard user presses the button: focus is on it.
        $<HTMLButtonElement>(el, '[role="alert"] button').focus();
        $<HTMLButtonElement>(el, '[role="alert"] button').click();
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(text(focused() as HTMLElement)).to.equal('Loading the assessment…');
        expect(focused()?.getAttribute('role')).to.equal('status');
        await settle(el);
        expect(text(focused() as HTMLElement)).to.equal('Try again');
        // This time the server answers: focus goes on to the first step's heading.
        $<HTMLButtonElement>(el, '[role="alert"] button').click();
        await new Promise((resolve) => setTimeout(resolve, 10));
        fetches.calls.at(-1)?.answer(await rubricResponse('Answered'));
        await settle(el);
        expect(focused()?.id).to.equal('step-title');
        expect(document.activeElement).to.equal(el);
        el.remove();
      } finally {
        fetches.restore();
      }
    });

    it('in Chinese the failure’s title ends with a full-width colon', async () => {
      const fetches = holdFetches();
      try {
        const el = document.createElement('ktech-pass-assessment');
        el.lang = 'zh-Hans';
        el.rubricTimeout = 100;
        el.setAttribute('rubric-src', '/never.json');
        document.body.append(el);
        await settle(el);
        expect(text($(el, '[role="alert"] strong'))).to.equal('无法显示评估工具：');
        el.remove();
      } finally {
        fetches.restore();
      }
    });

    it('a framework re-rendering with the same rubric-src loads it once', async () => {
      const fetches = holdFetches();
      try {
        const el = loading('/once.json');
        await waitUntil(() => fetches.calls.length > 0, 'the rubric is fetched');
        for (let render = 0; render < 3; render++) {
          el.rubricSrc = '/once.json';
          el.setAttribute('rubric-src', '/once.json');
          el.requestUpdate();
          // Not updateComplete: it waits for the held load.
          await waitUntil(() => !el.isUpdatePending, 'the re-render');
        }
        expect(fetches.calls.map((call) => call.url)).to.deep.equal(['/once.json']);
        fetches.calls[0]?.answer(await rubricResponse('Loaded once'));
        await settle(el);
        expect(text($(el, 'h2'))).to.equal('Loaded once');
        expect(fetches.calls).to.have.length(1);
        el.remove();
      } finally {
        fetches.restore();
      }
    });

    it('an element taken off the page cancels its load, and loads again when put back', async () => {
      const fetches = holdFetches();
      try {
        const el = loading('/slow.json');
        await waitUntil(() => fetches.calls.length > 0, 'the rubric is fetched');
        const parent = el.parentElement as HTMLElement;
        el.remove();
        expect(fetches.calls[0]?.signal?.aborted).to.equal(true);
        parent.append(el);
        // Fetched again (by the loader, which comes first: a moment later).
        await waitUntil(() => fetches.calls.length === 2, 'fetched again');
        fetches.calls[1]?.answer(await rubricResponse('Loaded after all'));
        await settle(el);
        expect(text($(el, 'h2'))).to.equal('Loaded after all');
        el.remove();
      } finally {
        fetches.restore();
      }
    });
  });

  it('309 typed digits are not a number the widget keeps: an error on Next, the page keeps working', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await reachQuestion(el, 'salary');
    await typeNumber(el, 'salary', '9'.repeat(400));
    expect(el.answers['salary']).to.equal(undefined);
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('salary');
    await typeNumber(el, 'salary', '160,000,000');
    expect(el.answers['salary']).to.equal(160_000_000);
    expect(numberField(el, 'salary').value).to.equal('160,000,000');
  });

  it('a score listener that edits the detail changes nothing the widget shows or does next', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    el.addEventListener('score', (event) => {
      const detail = event.detail as unknown as Record<string, unknown>;
      delete detail['answers'];
      detail['total'] = 999;
      (detail['criteria'] as unknown[]).length = 0;
    });
    const detail = await completeThroughUi(el, SME_APPLICANT);
    expect(detail.total).to.equal(999);
    expect(text($(el, '[part~="result"]'))).not.to.contain('999');
    expect(el.result?.total).to.be.below(200);
    expect(el.answers['degree']).to.equal(SME_APPLICANT['degree']);
    const select = $<HTMLSelectElement>(el, '[part~="result"] select[name="degree"]');
    select.value = 'doctorate';
    const next = oneEvent(el, 'score');
    select.dispatchEvent(new Event('change'));
    // The what-if still works (a scenario: the answers given stay), its total unedited.
    expect((await next).detail.scenario).to.equal(true);
    await settle(el);
    expect(text($(el, '.scenario'))).to.contain('What if');
    expect(text($(el, '.running'))).not.to.contain('999');
    expect(el.result?.answers['degree']).to.equal(SME_APPLICANT['degree']);
  });
});
