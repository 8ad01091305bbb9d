import { expect, html, waitUntil } from '@open-wc/testing';
import { LANGUAGES, loadLocale } from '../../src/components/language.js';
import { MESSAGES_EN } from '../../src/components/messages.js';
import ko from '../../src/locales/ko.js';
import { defaultRubric as englishRubric, translateRubric, type Question } from '../../src/rubric/index.js';
import {
  $,
  $maybe,
  SME_APPLICANT,
  answerStep,
  collect,
  completeThroughUi,
  mount,
  nextButton,
  numberField,
  pressBack,
  pressNext,
  progress,
  radio,
  runningScore,
  settle,
  stepHeading,
  text,
  typeNumber,
  choose,
  type Widget,
} from './helpers.js';

const HANGUL = /[\uac00-\ud7a3]/;
const defaultRubric = translateRubric(englishRubric, ko.rubric);
const questionOf = (id: string) => defaultRubric.questions.find((question) => question.id === id) as Question;
const legendOf = (el: Widget, questionId: string) => text(radio(el, questionId, (questionOf(questionId) as Question & { options: { id: string }[] }).options[0]?.id ?? '').closest('fieldset')?.querySelector('legend'));

/** A message table entry as text: strings as they are, functions called with recognisable placeholders. */
function rendered(entry: unknown): string {
  if (typeof entry === 'function') return String((entry as (...args: string[]) => unknown)('‹1›', '‹2›', '‹3›'));
  return String(entry);
}

describe('languages', () => {
  describe('the message tables of every language file', () => {
    const en = MESSAGES_EN as Record<string, unknown>;
    // What each language's text is written in, beyond Latin punctuation and digits.
    const SCRIPTS: Record<string, RegExp> = { ko: HANGUL };

    it('lists every language besides English', () => {
      expect(LANGUAGES[0]).to.equal('en');
      expect(LANGUAGES.length).to.be.greaterThan(1);
    });

    for (const code of LANGUAGES.filter((language) => language !== 'en')) {
      it(`${code}: has exactly the English keys, each translated (not left in English)`, async () => {
        const table = (await loadLocale(code)).messages as Record<string, unknown>;
        expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
        for (const key of Object.keys(en)) {
          const english = rendered(en[key]);
          const translated = rendered(table[key]);
          expect(typeof table[key], key).to.equal(typeof en[key]);
          // Entries that are only punctuation around their arguments have nothing to translate.
          if (!/[A-Za-z]/.test(english.replace(/‹\d›/g, ''))) continue;
          expect(translated, key).not.to.equal(english);
          if (SCRIPTS[code]) expect(SCRIPTS[code]?.test(translated), `${key}: ${translated}`).to.equal(true);
        }
      });
    }
  });

  it('renders in Korean with lang="ko": buttons, progress, score, step and rubric labels', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    expect(text(nextButton(el))).to.equal('다음');
    expect(progress(el)).to.equal('3단계 중 1단계');
    expect(runningScore(el)).to.equal('예상 점수: 100점 중 0점');
    expect(text(stepHeading(el))).to.equal(defaultRubric.steps[0]?.label['ko']);
    expect(legendOf(el, 'degree')).to.equal(questionOf('degree').label['ko']);
    expect(text(radio(el, 'degree', 'masters').closest('label'))).to.equal('석사');
  });

  it('shows a salary in won with the GNI multiple in Korean', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    await typeNumber(el, 'salary', '160,000,000');
    expect(text($(el, 'form[part~="step"]'))).to.contain('160,000,000원 = 1인당 국민총소득(2025년)의 3배');
  });

  it('switching lang at run time re-renders every string, including rubric labels, and keeps the answers', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await choose(el, 'degree', 'doctorate');
    await typeNumber(el, 'salary', '160,000,000');
    expect(text(nextButton(el))).to.equal('Next');

    el.setAttribute('lang', 'ko');
    await settle(el);
    expect(text(nextButton(el))).to.equal('다음');
    expect(progress(el)).to.equal('3단계 중 1단계');
    expect(legendOf(el, 'degree')).to.equal(questionOf('degree').label['ko']);
    expect(runningScore(el)).to.equal('예상 점수: 100점 중 31점');
    expect(radio(el, 'degree', 'doctorate').checked).to.equal(true);
    expect(numberField(el, 'salary').value).to.equal('160,000,000');
    expect(el.answers).to.deep.equal({ degree: 'doctorate', salary: 160000000 });

    el.lang = 'en';
    await settle(el);
    expect(text(nextButton(el))).to.equal('Next');
    expect(legendOf(el, 'degree')).to.equal(questionOf('degree').label.en);
  });

  it('answers survive a lang switch together with a Back/Next round trip', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await answerStep(el, SME_APPLICANT);
    await pressNext(el);
    await choose(el, 'field', 'ai');
    el.lang = 'ko';
    await settle(el);
    await pressBack(el);
    expect(progress(el)).to.equal('3단계 중 1단계');
    expect(radio(el, 'degree', 'masters').checked).to.equal(true);
    expect(numberField(el, 'experience').value).to.equal('5');
    await pressNext(el);
    expect(progress(el)).to.equal('3단계 중 2단계');
    expect(radio(el, 'field', 'ai').checked).to.equal(true);
    expect(el.answers).to.deep.equal({ degree: 'masters', institution: 'other', experience: 5, employer: 'large', koreaExperience: 'no', salary: 80000000, field: 'ai' });
  });

  it('switching lang on the result view translates it and keeps the score', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    el.lang = 'ko';
    await settle(el);
    expect(text($(el, '#result-title'))).to.equal('예상 진단 결과');
    const result = text($(el, '[part~="result"]'));
    expect(result).to.contain('자격 요건을 충족할 수 있습니다');
    expect(result).to.contain(defaultRubric.disclaimer['ko']);
    expect(el.result?.total).to.equal(66);
  });

  it('clears error messages written in the old language when the language changes', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await pressNext(el);
    expect($maybe(el, '#error-summary')).to.exist;
    el.lang = 'ko';
    await settle(el);
    expect($maybe(el, '#error-summary')).to.equal(null);
    await pressNext(el);
    expect(text($(el, '#error-summary'))).to.contain('답해 주세요');
  });

  it('no English message text is left on a Korean step or result', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    const english = Object.values(MESSAGES_EN)
      .filter((entry): entry is string => typeof entry === 'string' && /[A-Za-z]{3}/.test(entry));
    const check = () => {
      const shown = text($(el, '[part~="base"]'));
      for (const phrase of english) expect(shown, phrase).not.to.contain(phrase);
    };
    check();
    await pressNext(el); // the error state
    check();
    await completeThroughUi(el, SME_APPLICANT);
    check();
  });

  it('takes the language of the nearest ancestor with lang', async () => {
    const wrapper = await mount(html`<div lang="ko-KR"><ktech-pass-assessment></ktech-pass-assessment></div>` as never);
    const el = (wrapper as unknown as HTMLElement).querySelector('ktech-pass-assessment') as Widget;
    await settle(el);
    expect(text(nextButton(el))).to.equal('다음');
  });

  it('takes the document language when no ancestor has one, and English otherwise', async () => {
    const original = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'ko';
      const korean = await mount(html`<ktech-pass-assessment></ktech-pass-assessment>`);
      expect(text(nextButton(korean))).to.equal('다음');
      document.documentElement.removeAttribute('lang');
      const english = await mount(html`<ktech-pass-assessment></ktech-pass-assessment>`);
      expect(text(nextButton(english))).to.equal('Next');
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', original);
    }
  });

  it('an unsupported own lang shows English with a notice and fires assessment-error', async () => {
    const errors = collect(document, 'assessment-error');
    try {
      const el = await mount(html`<ktech-pass-assessment lang="xx"></ktech-pass-assessment>`);
      await waitUntil(() => errors.events.length > 0, 'assessment-error for lang="xx"');
      expect(text(nextButton(el))).to.equal('Next');
      expect(errors.events[0]?.detail.message).to.contain('xx');
      expect(errors.events[0]?.detail.issues.map((issue) => issue.path)).to.include('lang');
      // The notice in the widget is the event's message.
      expect(text($(el, '[role="alert"]'))).to.contain(errors.events[0]?.detail.message ?? '(no message)');
    } finally {
      errors.stop();
    }
  });
});

describe('Korean that reads well', () => {
  it('Korean text breaks between words, never mid-syllable-word (keep-all, break-word); English is unchanged', async () => {
    const ko = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    const base = getComputedStyle($(ko, '[part~="base"]'));
    expect(base.wordBreak).to.equal('keep-all');
    expect(base.overflowWrap).to.equal('break-word');
    // Inherited by every Korean text inside.
    expect(getComputedStyle($(ko, 'legend')).wordBreak).to.equal('keep-all');
    const en = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    expect(getComputedStyle($(en, '[part~="base"]')).wordBreak).to.equal('normal');
  });

  it('points are written with 점 and money one way (52,416,000원), everywhere in the result', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    for (const details of el.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
    const result = text($(el, '[part~="result"]'));
    expect(result).to.contain('총점: 60점 이상');
    expect(result).not.to.match(/총점: \d+ 이상/);
    expect(result).to.contain('52,416,000원');
    // No other ways of writing won: 만/천 원 units, KRW, ₩.
    expect(result).not.to.match(/\d+만|\d천 원|KRW|₩/);
  });
});
