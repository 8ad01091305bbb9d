import { expect, html, waitUntil } from '@open-wc/testing';
import { assess, defaultRubric, type Rubric } from '../../src/rubric/index.js';
import { asFile, hostRubric, rubricWithOwnSizes, rubricWithoutPresets } from './fixtures/host-rubric.js';
import {
  $,
  $$,
  $maybe,
  SME_APPLICANT,
  TOP_TIER_APPLICANT,
  askedQuestions,
  choose,
  collect,
  completeThroughUi,
  mount,
  nextButton,
  numberField,
  pressNext,
  progress,
  radio,
  runningScore,
  settle,
  text,
  typeNumber,
  type ErrorDetail,
  type Widget,
  reachQuestion,
} from './helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Mounts with a document-level listener first, since errors can fire during the first render. */
async function mountCollectingErrors(template: Parameters<typeof mount>[0]) {
  const errors = collect(document, 'assessment-error');
  const el = await mount(template);
  return { el, errors: errors.events, stop: errors.stop };
}

/** Through the UI to the step about the offer, where the hiring firm's size is asked unless the host states it. */
async function toOfferStep(el: Widget, answers = SME_APPLICANT) {
  await reachQuestion(el, 'salary', answers);
  expect(progress(el)).to.match(/^(Step 2 of \d+|\d+단계 중 2단계)$/);
}

/** The fatal error shown in place of the form. */
function expectFatalError(el: Widget, errors: CustomEvent<ErrorDetail>[], message: string) {
  expect(errors.length, 'assessment-error fired').to.be.greaterThan(0);
  expect(errors.at(-1)?.detail.message).to.contain(message);
  const alert = $(el, '[role="alert"]');
  expect(text(alert)).to.contain(message);
  // The built-in rubric is not used in its place.
  expect($maybe(el, 'form[part~="step"]')).to.equal(null);
  expect($$(el, 'input[name]')).to.have.length(0);
  expect(text($(el, '[part~="base"]'))).not.to.contain(defaultRubric.title.en);
  expect(el.rubric).to.equal(null);
  expect(el.result).to.equal(null);
}

describe('attributes and properties', () => {
  describe('notices in the language shown', () => {
    it('on a Korean page, a preset the rubric cannot use is reported in Korean', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="ko" employer-size="huge"></ktech-pass-assessment>`);
      expect(text($(el, '[role="alert"]'))).to.contain('employer-size 값 ‘huge’은(는)');
    });

    it('the details for the site’s developers under a Korean notice are marked as English, as they are written', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="ko" employer-size="huge"></ktech-pass-assessment>`);
      const detail = $(el, '[role="alert"] li');
      expect(text(detail)).to.contain('is not one of sme, large');
      // A screen reader reads them with an English voice, not a Korean one.
      expect(detail.closest('[lang]')?.getAttribute('lang')).to.equal('en');
      expect(($(el, '[role="alert"] p').closest('[lang]') as HTMLElement).lang).to.equal('ko');
    });

    it('switching language rewords the notices and errors that still hold, and drops none', async () => {
      const notice = await mount(html`<ktech-pass-assessment lang="en" employer-size="huge"></ktech-pass-assessment>`);
      expect(text($(notice, '[role="alert"]'))).to.contain('employer-size “huge” is not one of sme, large');
      notice.lang = 'ko';
      await settle(notice);
      expect(text($(notice, '[role="alert"]'))).to.contain('employer-size 값 ‘huge’은(는)');

      const failed = await mount(
        html`<ktech-pass-assessment lang="en" rubric-src="/no-such-rubric.json"></ktech-pass-assessment>`,
      );
      await waitUntil(() => $maybe(failed, '[role="alert"]'), 'the failure shows');
      expect(text($(failed, '[role="alert"]'))).to.contain(
        'The rubric could not be loaded from /no-such-rubric.json (HTTP 404)',
      );
      failed.lang = 'ko';
      await settle(failed);
      expect(text($(failed, '[role="alert"]'))).to.contain(
        '/no-such-rubric.json에서 평가 기준을 불러오지 못했습니다(HTTP 404)',
      );
    });
  });

  describe('employer-size', () => {
    it('employer-size="sme" does not ask the question, explains the bonus and counts it', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en" employer-size="sme"></ktech-pass-assessment>`);
      // The bonus goes with a job offer: none before the offer question is answered.
      expect(runningScore(el)).to.equal('Estimated score: 0 of 100');
      await toOfferStep(el);
      expect(runningScore(el)).to.match(/^0 \+ 10 SME bonus = 10 of 100$/);
      expect(askedQuestions(el)).to.deep.equal(['salary']);
      expect($$(el, 'input[name="employerSize"]')).to.have.length(0);
      expect(text($(el, 'p[part~="question"]'))).to.equal(
        'Size of the hiring firm: Small or medium-sized enterprise (SME), as this site states (+10 points)',
      );
      expect(el.result?.bonus).to.equal(10);
      expect(el.result?.answers['employerSize']).to.equal('sme');
    });

    it('employer-size="large" does not ask either, shows the preset answer and gives no bonus', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en" employer-size="large"></ktech-pass-assessment>`);
      await toOfferStep(el);
      expect($$(el, 'input[name="employerSize"]')).to.have.length(0);
      expect(text($(el, 'p[part~="question"]'))).to.equal(
        'Size of the hiring firm: Large company or other, as this site states',
      );
      expect(el.result?.bonus).to.equal(0);
    });

    it('in Korean the preset note is Korean', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="ko" employer-size="sme"></ktech-pass-assessment>`);
      await toOfferStep(el);
      expect(text($(el, 'p[part~="question"]'))).to.equal('채용 기업의 규모: 중소기업(사이트에서 지정), +10점');
    });

    it('an invalid employer-size shows a notice, fires assessment-error and asks the question', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="en" employer-size="medium"></ktech-pass-assessment>`,
      );
      stop();
      expect(errors.length).to.be.greaterThan(0);
      expect(errors[0]?.detail.message).to.equal(
        'employer-size “medium” is not one of sme, large; the question is asked instead.',
      );
      expect(errors[0]?.detail.issues).to.deep.equal([
        { path: 'employer-size', message: '"medium" is not one of sme, large' },
      ]);
      expect(text($(el, '[role="alert"]'))).to.contain(errors[0]?.detail.message ?? '(no message)');
      await toOfferStep(el);
      expect(askedQuestions(el)).to.include('employerSize');
      expect(el.result?.bonus).to.equal(0);
      await choose(el, 'employerSize', 'sme');
      expect(el.result?.bonus).to.equal(10);
    });

    it('a host rubric that declares no question for employer-size: assessment-error naming the attribute, and the question is asked', async () => {
      const errors = collect(document, 'assessment-error');
      const el = await mount(
        html`<ktech-pass-assessment lang="en" employer-size="sme" .rubric=${rubricWithoutPresets()}></ktech-pass-assessment>`,
      );
      errors.stop();
      const reported = errors.events.map((event) => event.detail);
      expect(reported.map((detail) => detail.message)).to.include(
        'This rubric has no question that employer-size answers, so the attribute is ignored.',
      );
      expect(reported.flatMap((detail) => detail.issues)).to.deep.include({
        path: 'employer-size',
        message: 'rubric host-rubric-without-presets has no question that employer-size answers',
      });
      // Not the misleading "is not sme or large" of v1: sme is an option, the rubric just lets no attribute answer it.
      expect(reported.map((detail) => detail.message).join(' ')).not.to.contain('is not one of');
      await toOfferStep(el);
      expect(askedQuestions(el)).to.include('employerSize');
      expect(el.result?.bonus).to.equal(0);
    });

    it('a host rubric may let employer-size answer its own question, with its own options', async () => {
      const errors = collect(document, 'assessment-error');
      const el = await mount(
        html`<ktech-pass-assessment lang="en" employer-size="small" .rubric=${rubricWithOwnSizes()}></ktech-pass-assessment>`,
      );
      errors.stop();
      expect(errors.events.map((event) => event.detail.message)).to.deep.equal([]);
      expect(el.result?.answers['firmSize']).to.equal('small');
      await toOfferStep(el);
      expect(el.result?.bonus).to.equal(10);
      expect(askedQuestions(el)).to.deep.equal(['salary']);
    });

    it('in a Korean widget the notice about an invalid employer-size is Korean', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="ko" employer-size="medium"></ktech-pass-assessment>`,
      );
      stop();
      const message = errors[0]?.detail.message ?? '';
      expect(text($(el, '[role="alert"]'))).to.contain(message);
      expect(/[\uac00-\ud7a3]/.test(message), `not Korean: ${message}`).to.equal(true);
    });
  });

  describe('lang', () => {
    it('changed at run time to a language the widget lacks: English with the notice and assessment-error, once per change', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const errors = collect(el, 'assessment-error');
      const notices = () =>
        errors.events
          .filter((event) => event.detail.issues.some((issue) => issue.path === 'lang'))
          .map((event) => event.detail.message);
      el.setAttribute('lang', 'klingon');
      await settle(el);
      expect(notices()).to.deep.equal(['lang "klingon" is not available; showing English.']);
      expect(text($(el, '[role="alert"]'))).to.contain('lang "klingon" is not available');
      expect(text(nextButton(el))).to.equal('Next');
      // A framework rendering again with the same lang: no change, no second notice.
      el.lang = 'klingon';
      el.requestUpdate();
      await settle(el);
      expect(notices()).to.have.length(1);
      el.setAttribute('lang', 'zh-TW');
      await settle(el);
      // One notice on screen: the one that holds now.
      expect($$(el, '[role="alert"]').map((alert) => text(alert))).to.deep.equal([text($(el, '[role="alert"]'))]);
      expect(text($(el, '[role="alert"]'))).to.contain('lang "zh-TW" is not available');
      el.lang = 'ko';
      await settle(el);
      errors.stop();
      expect(notices()).to.deep.equal([
        'lang "klingon" is not available; showing English.',
        'lang "zh-TW" is not available; showing English.',
      ]);
      // A language the widget has: the notice about another one is gone.
      expect($maybe(el, '[role="alert"]')).to.equal(null);
    });
  });

  describe('rubric-src', () => {
    it('uses a rubric fetched from the host server instead of the built-in one', async () => {
      const el = await mount(
        html`<ktech-pass-assessment lang="en" rubric-src=${asFile(hostRubric())}></ktech-pass-assessment>`,
      );
      await waitUntil(() => el.rubric?.id === 'host-rubric', 'the host rubric loads');
      await settle(el);
      expect(text($(el, '[part~="base"]'))).to.contain('Host careers page rubric');
      const score = await completeThroughUi(el, SME_APPLICANT);
      expect(score.rubricId).to.equal('host-rubric');
      expect(score.passMark).to.equal(70);
      // 66 is below this host's pass mark of 70.
      expect(score.pathways['qualitative']).to.equal(false);
      expect(score.eligible).to.equal(false);
    });

    it('keeps answers prefilled while the host rubric is still loading, and checks them when it arrives', async () => {
      const el = await mount(
        html`<ktech-pass-assessment lang="en" rubric-src=${asFile(hostRubric())}></ktech-pass-assessment>`,
      );
      // The host sets answers straight after the attribute, before the fetch ends.
      el.answers = { jobOffer: 'yes', degree: 'masters', experience: 5, unknownQuestion: 'x' };
      await waitUntil(() => el.rubric?.id === 'host-rubric', 'the host rubric loads');
      await settle(el);
      expect(el.answers).to.deep.equal({ jobOffer: 'yes', degree: 'masters', experience: 5 });
      expect(
        (el.shadowRoot?.querySelector('input[name="jobOffer"][value="yes"]') as HTMLInputElement).checked,
      ).to.equal(true);
      expect(text($(el, '[role="alert"]'))).to.contain('unknownQuestion');
    });

    it('broken JSON: a readable message in the widget, assessment-error, and no built-in rubric in its place', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="en" rubric-src="/test/components/fixtures/broken.json"></ktech-pass-assessment>`,
      );
      await waitUntil(() => errors.length > 0, 'assessment-error for broken JSON');
      stop();
      await settle(el);
      expectFatalError(el, errors, 'is not valid JSON');
      expect(errors.at(-1)?.bubbles, 'bubbles').to.equal(true);
      expect(errors.at(-1)?.composed, 'composed').to.equal(true);
      expect(text($(el, '[role="alert"]'))).to.contain('/test/components/fixtures/broken.json');
    });

    it('a 404: a readable message naming the status, assessment-error, and no built-in rubric', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="en" rubric-src="/test/components/fixtures/missing.json"></ktech-pass-assessment>`,
      );
      await waitUntil(() => errors.length > 0, 'assessment-error for a 404');
      stop();
      await settle(el);
      expectFatalError(el, errors, 'could not be loaded');
      expect(text($(el, '[role="alert"]'))).to.contain('404');
    });

    it('JSON that is not a valid rubric: the problems are listed, assessment-error fires with issues', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="en" rubric-src="/test/components/fixtures/invalid-rubric.json"></ktech-pass-assessment>`,
      );
      await waitUntil(() => errors.length > 0, 'assessment-error for an invalid rubric');
      stop();
      await settle(el);
      expectFatalError(el, errors, 'The rubric is not valid');
      expect(errors.at(-1)?.detail.issues.length).to.be.greaterThan(0);
      expect($$(el, '[role="alert"] li').length).to.be.greaterThan(0);
    });

    it('the error message is in Korean with lang="ko"', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="ko" rubric-src="/test/components/fixtures/broken.json"></ktech-pass-assessment>`,
      );
      await waitUntil(() => errors.length > 0, 'assessment-error');
      stop();
      await settle(el);
      expect(text($(el, '[role="alert"]'))).to.contain('올바른 JSON 형식이 아닙니다');
    });
  });

  describe('the rubric property', () => {
    it('setting a valid rubric object uses it', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const custom = clone(defaultRubric) as Rubric;
      custom.id = 'set-by-property';
      custom.title = { en: 'Set by the host', ko: '호스트 설정' };
      el.rubric = custom;
      await settle(el);
      expect(text($(el, 'h2'))).to.equal('Set by the host');
      expect(el.result?.rubricId).to.equal('set-by-property');
    });

    it('setting an invalid rubric object shows the error, fires assessment-error and does not fall back', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`,
      );
      const broken = clone(defaultRubric) as Rubric;
      broken.total = 90; // the categories add up to 100
      el.rubric = broken;
      // Validation is asynchronous (the validator loads on demand): updateComplete waits for its outcome.
      await settle(el);
      stop();
      expectFatalError(el, errors, 'The rubric is not valid');
    });
  });

  describe('the answers property', () => {
    it('prefills valid answers into the form', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      const prefill = {
        jobOffer: 'yes',
        governmentProgramme: 'none',
        inKorea: 'no',
        employerSize: 'large',
        degree: 'masters',
        institution: 'other',
        experience: 5,
        salary: 80000000,
      };
      el.answers = prefill;
      await settle(el);
      expect(radio(el, 'jobOffer', 'yes').checked).to.equal(true);
      expect(runningScore(el)).to.equal(`Estimated score: ${assess(defaultRubric, prefill).total} of 100`);
      await pressNext(el);
      expect(numberField(el, 'salary').value).to.equal('80,000,000');
      await pressNext(el);
      expect(radio(el, 'degree', 'masters').checked).to.equal(true);
      expect(askedQuestions(el)).to.include('institution');
      await pressNext(el);
      expect(numberField(el, 'experience').value).to.equal('5');
    });

    it('reports invalid entries through assessment-error and keeps the valid ones', async () => {
      const { el, errors, stop } = await mountCollectingErrors(
        html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`,
      );
      el.answers = {
        jobOffer: 'not-yet',
        degree: 'doctorate',
        employer: ['nasa'],
        experience: -1,
        favouriteColour: 'blue',
        field: 'ai',
      };
      stop();
      await settle(el);
      expect(el.answers).to.deep.equal({ jobOffer: 'not-yet', degree: 'doctorate', field: 'ai' });
      expect(errors).to.have.length(1);
      expect(errors[0]?.detail.issues.map((issue) => issue.path).sort()).to.deep.equal([
        'employer',
        'experience',
        'favouriteColour',
      ]);
      expect(text($(el, '[role="alert"]'))).to.contain('Some answers could not be used');
      await reachQuestion(el, 'degree', { governmentProgramme: 'none' });
      expect(radio(el, 'degree', 'doctorate').checked).to.equal(true);
    });

    it('returns a copy: changing it does not change the widget', async () => {
      const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
      await reachQuestion(el, 'degree');
      await choose(el, 'degree', 'doctorate');
      const copy = el.answers as Record<string, unknown>;
      copy['degree'] = 'none';
      expect(el.answers['degree']).to.equal('doctorate');
    });
  });

  it('result is the latest assessment, as the engine computes it', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    expect(el.result?.total).to.equal(0);
    expect(el.result?.complete).to.equal(false);
    await reachQuestion(el, 'salary');
    await typeNumber(el, 'salary', '80,000,000');
    const partial = { jobOffer: 'yes', governmentProgramme: 'none', inKorea: 'no', salary: 80000000 };
    expect(el.answers).to.deep.equal(partial);
    expect(el.result?.total).to.equal(assess(defaultRubric, partial).total);
    expect(el.result?.missing).to.deep.equal(assess(defaultRubric, partial).missing);
    el.answers = TOP_TIER_APPLICANT;
    await settle(el);
    expect(el.result?.total).to.equal(96);
    expect(el.result?.complete).to.equal(true);
  });

  it('reset() clears every answer and returns to step 1', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    el.reset();
    await settle(el);
    expect(el.answers).to.deep.equal({});
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect($$(el, 'input[type="radio"]:checked')).to.have.length(0);
    expect(runningScore(el)).to.equal('Estimated score: 0 of 100');
    await reachQuestion(el, 'salary', { jobOffer: 'yes', governmentProgramme: 'none', inKorea: 'no' });
    expect(numberField(el, 'salary').value).to.equal('');
    await reachQuestion(el, 'employer', { ...SME_APPLICANT, employer: undefined });
    expect($$(el, 'input[type="checkbox"]:checked')).to.have.length(0);
  });

  it('two widgets on one page are independent', async () => {
    const wrapper = (await mount(
      html`<div>
      <ktech-pass-assessment id="first" lang="en"></ktech-pass-assessment>
      <ktech-pass-assessment id="second" lang="en"></ktech-pass-assessment>
    </div>` as never,
    )) as unknown as HTMLElement;
    const first = wrapper.querySelector('#first') as Widget;
    const second = wrapper.querySelector('#second') as Widget;
    await settle(first);
    await settle(second);
    const secondAnswers = collect(second, 'answer');
    await choose(first, 'jobOffer', 'yes');
    await choose(first, 'governmentProgramme', 'mohw');
    await choose(second, 'jobOffer', 'not-yet');
    secondAnswers.stop();

    expect(first.answers).to.deep.equal({ jobOffer: 'yes', governmentProgramme: 'mohw' });
    expect(second.answers).to.deep.equal({ jobOffer: 'not-yet' });
    expect(radio(first, 'jobOffer', 'yes').checked).to.equal(true);
    expect(radio(second, 'jobOffer', 'yes').checked).to.equal(false);
    expect(radio(second, 'jobOffer', 'not-yet').checked).to.equal(true);
    expect(radio(second, 'governmentProgramme', 'mohw').checked).to.equal(false);
    expect(askedQuestions(first)).to.include('inKorea');
    expect(askedQuestions(second)).not.to.include('inKorea');
    expect(secondAnswers.events.map((event) => event.detail.questionId)).to.deep.equal(['jobOffer']);

    await pressNext(first);
    expect($maybe(first, '#error-summary')).to.exist;
    expect($maybe(second, '#error-summary')).to.equal(null);
    expect(text(nextButton(second))).to.equal('Next');
  });

  it('on the result, a changed employer-size fires score with the new total and becomes the baseline', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" employer-size="sme"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    const scores = collect(el, 'score');
    el.setAttribute('employer-size', 'large');
    await settle(el);
    scores.stop();
    expect(scores.events.map((event) => event.detail.total)).to.deep.equal([56]);
    // The preset is the host's, not a what-if: no "compared with your answers" line.
    expect(text($(el, '[part~="result"]'))).not.to.contain('compared with your answers');
  });
});
