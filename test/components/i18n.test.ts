import { expect, html, waitUntil } from '@open-wc/testing';
import { LANGUAGES, loadLocale, matchLanguage } from '../../src/components/i18n/language.js';
import { MESSAGES_EN as FRAME_EN } from '../../src/components/i18n/messages.js';
import { RUBRIC_MESSAGES_EN } from '../../src/components/loading/rubric-loader.js';
import ko from '../../src/locales/ko.js';
import {
  assess,
  defaultRubric as englishRubric,
  extractTranslation,
  translateRubric,
  type Question,
  type TranslationTree,
} from '../../src/rubric/index.js';
import {
  $,
  $$,
  $maybe,
  APPLICANTS,
  NO_OFFER_APPLICANT,
  SME_APPLICANT,
  TOP_TIER_APPLICANT,
  answerStep,
  askedQuestions,
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
  reachQuestion,
} from './helpers.js';

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /\p{Script=Han}/u;
// Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the tone marks.
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ\u1ea0-\u1ef9]/i;
/** What each language's text is written in, beyond Latin punctuation and digits. */
const SCRIPTS: Record<string, RegExp> = { ko: HANGUL, 'zh-Hans': HAN, vi: VIETNAMESE };
/** Every English string of the frame, with the words for a host rubric that cannot be used (loaded with it). */
const MESSAGES_EN = { ...FRAME_EN, ...RUBRIC_MESSAGES_EN };
const defaultRubric = translateRubric(englishRubric, ko.rubric);
const questionOf = (id: string) => defaultRubric.questions.find((question) => question.id === id) as Question;
const legendOf = (el: Widget, questionId: string) =>
  text(
    radio(el, questionId, (questionOf(questionId) as Question & { options: { id: string }[] }).options[0]?.id ?? '')
      .closest('fieldset')
      ?.querySelector('legend'),
  );

/** A message table entry as text: strings as they are, functions called with recognisable placeholders. */
function rendered(entry: unknown): string {
  if (typeof entry === 'function') return String((entry as (...args: string[]) => unknown)('‹1›', '‹2›', '‹3›'));
  return String(entry);
}

describe('languages', () => {
  describe('the message tables of every language file', () => {
    const en = MESSAGES_EN as Record<string, unknown>;

    it('lists every language besides English, each with the script its texts are checked against', () => {
      expect(LANGUAGES[0]).to.equal('en');
      expect(LANGUAGES).to.include.members(['ko', 'zh-Hans', 'vi']);
      for (const code of LANGUAGES.slice(1)) expect(SCRIPTS[code], code).to.be.instanceOf(RegExp);
    });

    for (const code of LANGUAGES.filter((language) => language !== 'en')) {
      it(`${code}: has exactly the English keys, each translated (not left in English)`, async () => {
        const table = (await loadLocale(code)).messages as unknown as Record<string, unknown>;
        expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
        for (const key of Object.keys(en)) {
          const english = rendered(en[key]);
          const translated = rendered(table[key]);
          expect(typeof table[key], key).to.equal(typeof en[key]);
          // Entries that are only punctuation around their arguments have nothing to translate.
          if (!/[A-Za-z]/.test(english.replace(/‹\d›/g, ''))) continue;
          expect(translated, key).not.to.equal(english);
          // A lone word may be the same in both scripts' neighbours ("150.000.000 won"); more must be in the language.
          if ((translated.match(/[A-Za-z]{2,}/g)?.length ?? 0) > 1)
            expect(SCRIPTS[code]?.test(translated), `${key}: ${translated}`).to.equal(true);
        }
      });
    }
  });

  it('renders in Korean with lang="ko": buttons, progress, score, step and rubric labels', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    expect(text(nextButton(el))).to.equal('다음');
    expect(progress(el)).to.equal('6단계 중 1단계');
    expect(runningScore(el)).to.equal('예상 점수: 100점 중 0점');
    expect(text(stepHeading(el))).to.equal(defaultRubric.steps[0]?.label['ko']);
    expect(legendOf(el, 'jobOffer')).to.equal(questionOf('jobOffer').label['ko']);
    await reachQuestion(el, 'degree');
    expect(legendOf(el, 'degree')).to.equal(questionOf('degree').label['ko']);
    expect(text(radio(el, 'degree', 'masters').closest('label'))).to.equal('석사');
  });

  it('shows a salary in won with the GNI multiple in Korean', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    await reachQuestion(el, 'salary');
    await typeNumber(el, 'salary', '160,000,000');
    expect(text($(el, 'form[part~="step"]'))).to.contain('160,000,000원 = 1인당 국민총소득(2025년)의 3배');
  });

  it('switching lang at run time re-renders every string, including rubric labels, and keeps the answers', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await reachQuestion(el, 'salary');
    await choose(el, 'employerSize', 'large');
    await typeNumber(el, 'salary', '160,000,000');
    expect(text(nextButton(el))).to.equal('Next');
    const total = assess(defaultRubric, el.answers).total;

    el.setAttribute('lang', 'ko');
    await settle(el);
    expect(text(nextButton(el))).to.equal('다음');
    expect(progress(el)).to.equal('7단계 중 2단계');
    expect(legendOf(el, 'employerSize')).to.equal(questionOf('employerSize').label['ko']);
    expect(runningScore(el)).to.equal(`예상 점수: 100점 중 ${total}점`);
    expect(radio(el, 'employerSize', 'large').checked).to.equal(true);
    expect(numberField(el, 'salary').value).to.equal('160,000,000');
    expect(el.answers).to.deep.equal({
      jobOffer: 'yes',
      governmentProgramme: 'none',
      inKorea: 'no',
      employerSize: 'large',
      salary: 160000000,
    });

    el.lang = 'en';
    await settle(el);
    expect(text(nextButton(el))).to.equal('Next');
    expect(legendOf(el, 'employerSize')).to.equal(questionOf('employerSize').label.en);
  });

  it('answers survive a lang switch together with a Back/Next round trip', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await reachQuestion(el, 'researchDistinction');
    await choose(el, 'researchDistinction', 'none');
    el.lang = 'ko';
    await settle(el);
    await pressBack(el);
    expect(progress(el)).to.equal('7단계 중 4단계');
    expect(numberField(el, 'experience').value).to.equal('5');
    expect(($(el, 'input[name="employer"][value="large"]') as HTMLInputElement).checked).to.equal(true);
    await pressBack(el);
    expect(radio(el, 'degree', 'masters').checked).to.equal(true);
    await pressNext(el);
    await pressNext(el);
    expect(progress(el)).to.equal('7단계 중 5단계');
    expect(radio(el, 'researchDistinction', 'none').checked).to.equal(true);
    const {
      jobOffer,
      governmentProgramme,
      inKorea,
      salary,
      employerSize,
      degree,
      institution,
      experience,
      employer,
      koreaExperience,
    } = SME_APPLICANT;
    expect(el.answers).to.deep.equal({
      jobOffer,
      governmentProgramme,
      inKorea,
      salary,
      employerSize,
      degree,
      institution,
      experience,
      employer,
      koreaExperience,
      researchDistinction: 'none',
    });
  });

  it('switching lang on the result view translates it and keeps the score', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    el.lang = 'ko';
    await settle(el);
    // The heading is the verdict, under the kicker "예상 진단 결과".
    expect(text($(el, '#result-title'))).to.equal('자격 요건을 충족할 수 있습니다');
    const result = text($(el, '[part~="result"]'));
    expect(result).to.contain('예상 진단 결과');
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
    const english = Object.values(MESSAGES_EN).filter(
      (entry): entry is string => typeof entry === 'string' && /[A-Za-z]{3}/.test(entry),
    );
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

describe('every state in every language', () => {
  /** Every text of a translation tree (the rubric's English texts, for one). */
  const leaves = (tree: TranslationTree): string[] =>
    typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(leaves);
  // English a reader would recognise as left untranslated: every rubric text
  // and every piece of every message around its arguments, where it has a word
  // (a lowercase run of 4 letters: not "KOTRA", "Yes" or " or ").
  const ENGLISH = [
    ...leaves(extractTranslation(englishRubric, 'en').texts),
    ...Object.values(MESSAGES_EN).flatMap((entry) => rendered(entry).split(/‹\d›/)),
  ]
    .map((phrase) => phrase.trim())
    .filter((phrase) => /[a-z]{4}/.test(phrase));
  const WORDS = /[A-Za-z]{2,}/g;

  /** The widget's text as read: text nodes and the accessible names given by aria-label. */
  const readings = (el: Widget): string[] => {
    const base = $(el, '[part~="base"]');
    const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.trim()) texts.push(node.textContent.trim());
    return [...texts, ...$$(el, '[aria-label]').map((node) => node.getAttribute('aria-label') ?? '')];
  };

  for (const code of LANGUAGES.filter((language) => language !== 'en')) {
    describe(code, () => {
      const script = SCRIPTS[code] as RegExp;
      const mountIn = async (attributes = '') => {
        const el = await mount(html`<ktech-pass-assessment lang=${code}></ktech-pass-assessment>`);
        if (attributes)
          for (const [name, value] of attributes.split(' ').map((pair) => pair.split('=')))
            el.setAttribute(name ?? '', value ?? '');
        await settle(el);
        return el;
      };

      /** No English text left, and every piece of text with words in it is in the language's script. */
      const expectTranslated = (el: Widget, state: string) => {
        const shown = readings(el);
        const all = shown.join('\n');
        expect(script.test(all), `${state}: some ${code} text`).to.equal(true);
        for (const phrase of ENGLISH)
          expect(all.includes(phrase), `${state}: English left: “${phrase}”`).to.equal(false);
        // Three words or more are a sentence or a label: it must be in the language (names inside it are fine).
        for (const piece of shown) {
          if ((piece.match(WORDS)?.length ?? 0) >= 3)
            expect(script.test(piece), `${state}: “${piece}” is not in ${code}`).to.equal(true);
        }
      };

      it('each step, and the step with every kind of field error', async () => {
        const el = await mountIn();
        expect($(el, '[part~="base"]').getAttribute('lang')).to.equal(code);
        expectTranslated(el, 'step 1');
        await pressNext(el);
        expect($(el, '#error-summary')).to.exist;
        expectTranslated(el, 'step 1, nothing answered');
        // Every step, and on the steps with number fields every kind of field error.
        for (let step = 1; !$maybe(el, '[part~="result"]') && step <= 20; step++) {
          expect(progress(el)).to.contain(String(step));
          expectTranslated(el, `step ${step}`);
          const asked = askedQuestions(el);
          if (asked.includes('salary')) {
            // Without its unit in every language: 15,000 thousand won, 15,000만, 15,000万, 15.000 nghìn.
            await typeNumber(el, 'salary', '15000');
            await pressNext(el);
            expect($(el, '.fix')).to.exist; // a salary offered in the language's own unit
            expectTranslated(el, `step ${step}, a slip`);
            await typeNumber(el, 'salary', '1,000,000,000,000');
            await pressNext(el);
            expectTranslated(el, `step ${step}, an amount out of range`);
            await typeNumber(el, 'salary', '5,000,000');
            await pressNext(el);
            expectTranslated(el, `step ${step}, an amount too low to guess`);
            await typeNumber(el, 'salary', '');
          }
          if (asked.includes('experience')) {
            await typeNumber(el, 'experience', 'seven');
            await pressNext(el);
            expectTranslated(el, `step ${step}, letters`);
            await typeNumber(el, 'experience', '75');
            await pressNext(el);
            expectTranslated(el, `step ${step}, a number out of range`);
            await typeNumber(el, 'experience', '');
          }
          await answerStep(el, SME_APPLICANT);
          await pressNext(el);
        }
        expect($(el, '[part~="result"]')).to.exist;
      });

      it('a step with an answer the host preset, and a host attribute that is not an answer', async () => {
        const el = await mountIn('employer-size=sme');
        await completeThroughUi(el, SME_APPLICANT);
        expect($(el, '.preset')).to.exist;
        expectTranslated(el, 'result with a preset answer');
        const wrong = await mountIn('employer-size=huge');
        expect(text($(wrong, '[role="alert"] p'))).to.contain('huge');
        expect(script.test(text($(wrong, '[role="alert"] p')))).to.equal(true);
      });

      it('the result: eligible with benefits and next steps, after a what-if change, and when only an alternative is met', async () => {
        const el = await mountIn();
        await completeThroughUi(el, TOP_TIER_APPLICANT);
        expect(el.result?.eligible).to.equal(true);
        for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
        expectTranslated(el, 'the result, eligible');
        const select = $<HTMLSelectElement>(el, '[part~="result"] select[name="evidence"]');
        select.value = 'none';
        select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await settle(el);
        // A what-if is a scenario: its banner shows the difference from the answers given.
        expect(text($(el, '[part~="result"] .scenario'))).to.match(/−\d/);
        expectTranslated(el, 'the result after a what-if change');

        const alternative = await mountIn();
        await completeThroughUi(alternative, NO_OFFER_APPLICANT);
        expect(alternative.result?.eligible).to.equal(false);
        expectTranslated(alternative, 'the result with only an alternative met');
      });

      it('the notice of a rubric past its review date', async () => {
        const el = await mountIn();
        // A host's own rubric carries its texts: this one in the language shown.
        const own = translateRubric(
          structuredClone(el.rubric) as typeof englishRubric,
          (await loadLocale(code)).rubric,
        );
        el.rubric = { ...own, effectiveDate: '2020-01-01', reviewDate: '2021-03-31' };
        await settle(el);
        expect(text($(el, '.notice'))).to.contain('2021-03-31');
        expectTranslated(el, 'the review-date notice');
      });

      it('a rubric that is not JSON', async () => {
        const el = await mount(
          html`<ktech-pass-assessment lang=${code} rubric-src="/test/components/fixtures/broken.json"></ktech-pass-assessment>`,
        );
        await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the error is shown');
        const alert = text($(el, '[role="alert"] p'));
        expect(alert).to.contain('broken.json');
        expect(script.test(alert), alert).to.equal(true);
        for (const phrase of ENGLISH) expect(alert, phrase).not.to.contain(phrase);
      });
    });
  }
});

describe('which language a lang attribute asks for', () => {
  const cases: [string, string | undefined][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-hans', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    // Traditional Chinese has no file yet: English with the usual notice.
    ['zh-TW', undefined],
    ['zh-HK', undefined],
    ['zh-MO', undefined],
    ['zh-Hant', undefined],
    ['zh-Hant-TW', undefined],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    [' VI-vn ', 'vi'],
    ['ja', undefined],
    ['zhx', undefined],
    ['constructor', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`"${tag}" → ${expected ?? 'none (English with a notice)'}`, () => expect(matchLanguage(tag)).to.equal(expected));
  }

  it('renders lang="zh-CN" in Simplified Chinese and lang="vi-VN" in Vietnamese', async () => {
    const chinese = await mount(html`<ktech-pass-assessment lang="zh-CN"></ktech-pass-assessment>`);
    expect(text(nextButton(chinese))).to.equal('下一步');
    expect($(chinese, '[part~="base"]').getAttribute('lang')).to.equal('zh-Hans');
    const vietnamese = await mount(html`<ktech-pass-assessment lang="vi-VN"></ktech-pass-assessment>`);
    expect(text(nextButton(vietnamese))).to.equal('Tiếp tục');
  });

  it('lang="zh-TW" shows English with a notice and fires assessment-error', async () => {
    const errors = collect(document, 'assessment-error');
    try {
      const el = await mount(html`<ktech-pass-assessment lang="zh-TW"></ktech-pass-assessment>`);
      await waitUntil(() => errors.events.length > 0, 'assessment-error for lang="zh-TW"');
      expect(text(nextButton(el))).to.equal('Next');
      expect(text($(el, '[role="alert"]'))).to.contain('zh-TW');
    } finally {
      errors.stop();
    }
  });
});

describe('numbers and money in each language', () => {
  it('zh-Hans: amounts as 150,000,000韩元 with the GNI multiple, and the typed amount kept', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="zh-Hans"></ktech-pass-assessment>`);
    await reachQuestion(el, 'salary');
    await typeNumber(el, 'salary', '160,000,000');
    expect(text($(el, '#value-salary'))).to.equal('160,000,000韩元 = 人均国民总收入（2025年）的3倍');
    await reachQuestion(el, 'experience', { ...SME_APPLICANT, salary: 160_000_000 });
    await typeNumber(el, 'experience', '7.5');
    expect(text($(el, '#value-experience'))).to.equal('7.5年');
    expect(el.answers).to.include({ salary: 160000000, experience: 7.5 });
  });

  it('vi: amounts as 150.000.000 won, decimals with a comma, and both accepted as typed', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="vi"></ktech-pass-assessment>`);
    await reachQuestion(el, 'salary');
    await typeNumber(el, 'salary', '160.000.000');
    expect(text($(el, '#value-salary'))).to.equal('160.000.000 won = 3 lần GNI bình quân đầu người (2025)');
    await typeNumber(el, 'salary', '180.000.000 won');
    expect(text($(el, '#value-salary'))).to.equal('180.000.000 won = 3,4 lần GNI bình quân đầu người (2025)');
    await choose(el, 'employerSize', 'sme');
    await pressNext(el);
    await reachQuestion(el, 'experience', { ...SME_APPLICANT, salary: 180_000_000 });
    await typeNumber(el, 'experience', '7,5');
    expect(text($(el, '#value-experience'))).to.equal('7,5 năm');
    expect(el.answers).to.include({ salary: 180000000, experience: 7.5 });
  });

  it('vi: a figure the widget writes into a field (7,5 years, 150.000.000 won) reads back as the same answer', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, { ...SME_APPLICANT, experience: 7.5 });
    el.lang = 'vi';
    await settle(el);
    const years = $<HTMLInputElement>(el, '[part~="result"] input[name="experience"]');
    const salary = $<HTMLInputElement>(el, '[part~="result"] input[name="salary"]');
    expect([years.value, salary.value]).to.deep.equal(['7,5', '80.000.000']);
    const scores = collect(el, 'score');
    years.value = '8,5';
    years.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    salary.value = '160.000.000';
    salary.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    scores.stop();
    // Read back as numbers, into the what-if scenario (the answers given stay as they were).
    const scenario = scores.events.at(-1)?.detail;
    expect(scenario?.scenario).to.equal(true);
    expect(scenario?.answers['experience']).to.equal(8.5);
    expect(scenario?.answers['salary']).to.equal(160000000);
    expect(el.answers['experience']).to.equal(7.5);
  });

  it('a salary typed without its unit is offered in the language’s own unit and figures (15000 is 15,000万; 150 is 150 triệu), and the offer is taken as typed', async () => {
    for (const [code, typed, offered] of [
      ['zh-Hans', '15000', '改为150,000,000韩元'],
      ['vi', '150', 'Sửa thành 150.000.000 won'],
    ] as const) {
      const el = await mount(html`<ktech-pass-assessment lang=${code}></ktech-pass-assessment>`);
      await reachQuestion(el, 'salary');
      await typeNumber(el, 'salary', typed);
      await pressNext(el);
      const fix = $<HTMLButtonElement>(el, '.fix');
      expect(text(fix)).to.equal(offered);
      fix.click();
      await settle(el);
      expect(el.answers['salary'], code).to.equal(150000000);
    }
  });
});

describe('Chinese that reads well', () => {
  it('the result sets full-width punctuation between Chinese texts: no ASCII colon, semicolon, comma or bracket after Han', async () => {
    for (const answers of [TOP_TIER_APPLICANT, SME_APPLICANT, APPLICANTS.bachelorSme, NO_OFFER_APPLICANT]) {
      const el = await mount(html`<ktech-pass-assessment lang="zh-Hans"></ktech-pass-assessment>`);
      el.answers = answers;
      await completeThroughUi(el, answers);
      for (const details of $$<HTMLDetailsElement>(el, '.result details')) details.open = true;
      await settle(el);
      const shown = text($(el, '.result'));
      expect(shown, 'the result is in Chinese').to.match(HAN);
      // A Han character (or a closing full-width mark) followed by ASCII punctuation the frame put there.
      expect(shown.match(/[\p{Script=Han}）][:;,(]\s?|[\p{Script=Han}]\s\(/gu) ?? [], shown).to.deep.equal([]);
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
