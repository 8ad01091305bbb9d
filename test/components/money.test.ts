// A salary typed the ways people write it: every format reads as
// the right number, a slip like "150" is questioned with a one-click fix
// instead of being scored, and an absurd amount is refused.
import { expect, html } from '@open-wc/testing';
import { likelyMeant, meantFor, parseMoney } from '../../src/components/i18n/money.js';
import {
  $,
  $maybe,
  focused,
  mount,
  numberField,
  pressNext,
  settle,
  text,
  typeNumber,
  reachQuestion,
} from './helpers.js';

const AMOUNTS: Array<[typed: string, won: number]> = [
  ['150000000', 150_000_000],
  ['150,000,000', 150_000_000],
  ['150.000.000', 150_000_000],
  ['150 000 000', 150_000_000],
  ["150'000'000", 150_000_000],
  ['１５０，０００，０００', 150_000_000],
  ['１５０００００００', 150_000_000],
  ['150,000,000원', 150_000_000],
  ['150,000,000 원', 150_000_000],
  ['₩150,000,000', 150_000_000],
  ['￦150,000,000', 150_000_000],
  ['KRW 150000000', 150_000_000],
  ['krw 150,000,000', 150_000_000],
  ['1억 5천만', 150_000_000],
  ['1억5천만원', 150_000_000],
  ['1.5억', 150_000_000],
  ['15000만', 150_000_000],
  ['1억 5000만 원', 150_000_000],
  ['2억', 200_000_000],
  ['5천만', 50_000_000],
  ['3억 2,000만', 320_000_000],
  ['157,248,000', 157_248_000],
  // Chinese, Vietnamese and English units.
  ['1.5亿', 150_000_000],
  ['15000万', 150_000_000],
  ['1亿5千万韩元', 150_000_000],
  ['1亿5千', 150_000_000],
  ['150 triệu', 150_000_000],
  ['1,5 tỷ', 1_500_000_000],
  ['1 tỷ 500 triệu', 1_500_000_000],
  ['150 Triệu won', 150_000_000],
  ['150 million', 150_000_000],
  ['150m', 150_000_000],
  ['150,000k', 150_000_000],
];

describe('salary input', () => {
  describe('parseMoney reads every common way of writing won', () => {
    for (const [typed, won] of AMOUNTS)
      it(`"${typed}" is ${won.toLocaleString('en')}`, () => expect(parseMoney(typed)).to.equal(won));
    for (const typed of [
      '',
      'abc',
      '150 mil',
      'm',
      'million 150',
      '5 triệu 2 tỷ',
      '1억 abc',
      '1,50,000',
      '--5',
      '1e9',
      '억억',
      '5천 5천만',
      '1백천만',
    ]) {
      it(`"${typed}" is not an amount`, () => expect(parseMoney(typed)).to.be.NaN);
    }
  });

  it('an amount of won is whole: a fraction is rounded, so what is shown is what is scored', () => {
    expect(parseMoney('157247999.5')).to.equal(157_248_000);
    expect(parseMoney('157,247,999.4')).to.equal(157_247_999);
    expect(parseMoney('1.57248억')).to.equal(157_248_000);
  });

  describe('"Did you mean" reads a number typed without its unit in a unit of the language shown, and says which', () => {
    for (const [lang, typed, amount, unit] of [
      ['en', '150', 150_000_000, ' million'],
      ['en', '157.5', 157_500_000, ' million'],
      ['en', '150000', 150_000_000, ' thousand'], // thousands of won, as pay tables write it
      ['en', '150,000', 150_000_000, ' thousand'],
      ['en', '15000', 15_000_000, ' thousand'], // 15,000 million would be 15 billion: not a slip
      ['ko', '7500', 75_000_000, '만'], // Korean pay is quoted in 만 won
      ['ko', '15000', 150_000_000, '만'],
      ['zh-Hans', '1500', 15_000_000, '万'],
      ['vi', '150', 150_000_000, ' triệu'],
    ] as const) {
      it(`"${typed}" in ${lang} → ${amount.toLocaleString('en')} (${typed}${unit})`, () =>
        expect(meantFor(typed, lang)).to.deep.equal({ amount, unit }));
    }
    it('a unit that would not make a yearly pay in that language offers nothing: 150 in Korean is no 150만 salary', () => {
      expect(meantFor('150', 'ko')).to.equal(undefined);
      expect(likelyMeant(150, 'zh-Hans')).to.equal(undefined);
    });
    it('an amount that names its unit is read as written, with nothing offered: 12万, 150k, 1.5억', () => {
      for (const [typed, lang] of [
        ['12万', 'zh-Hans'],
        ['150k', 'en'],
        ['0.5억', 'ko'],
        ['15 triệu', 'vi'],
      ] as const)
        expect(meantFor(typed, lang), typed).to.equal(undefined);
    });
    it('an amount above the floor, zero or nonsense gets no guess', () => {
      for (const typed of ['150,000,000', '0', 'abc']) expect(meantFor(typed, 'en')).to.equal(undefined);
    });
  });

  for (const [lang, expected] of [
    [
      'en',
      {
        read: 'KRW 150,000,000',
        slip: '150',
        meant: 'Did you mean KRW 150,000,000 a year (150 million)?',
        fix: 'Use KRW 150,000,000',
        example: '150,000,000 or 1억 5천만',
      },
    ],
    [
      'ko',
      {
        read: '150,000,000원',
        slip: '15000',
        meant: '연 150,000,000원(15,000만)을 입력하려고 하셨나요?',
        fix: '150,000,000원으로 입력',
        example: '150,000,000 또는 1억 5천만',
      },
    ],
  ] as const) {
    describe(lang, () => {
      it('reads Korean units back as a number', async () => {
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        await reachQuestion(el, 'salary');
        await typeNumber(el, 'salary', '1억 5천만');
        expect(el.answers['salary']).to.equal(150_000_000);
        expect(text($(el, '#value-salary'))).to.contain(expected.read);
      });

      it('a number without its unit ("150" in English, "15000" in Korean) is not scored: leaving the field asks "Did you mean…" with a one-click fix', async () => {
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        await reachQuestion(el, 'salary');
        await typeNumber(el, 'salary', expected.slip);
        expect(el.answers['salary']).to.equal(undefined);
        numberField(el, 'salary').dispatchEvent(new Event('change'));
        await settle(el);
        expect(text($(el, '#error-salary'))).to.contain(expected.meant);
        const fix = $<HTMLButtonElement>(el, 'button.fix');
        expect(text(fix)).to.equal(expected.fix);
        fix.click();
        await settle(el);
        expect(el.answers['salary']).to.equal(150_000_000);
        expect(numberField(el, 'salary').value).to.equal('150,000,000');
        expect($maybe(el, '#error-salary')).to.equal(null);
        expect(focused(el)).to.equal(numberField(el, 'salary'));
      });

      it('on Next, the unit slip is in the error summary too', async () => {
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        await reachQuestion(el, 'salary');
        await typeNumber(el, 'salary', expected.slip);
        await pressNext(el);
        expect(text($(el, '#error-summary'))).to.contain(expected.meant);
      });

      it('an absurd amount is refused with a clear message, and text is not a salary', async () => {
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        await reachQuestion(el, 'salary');
        await typeNumber(el, 'salary', '9999999999999');
        expect(el.answers['salary']).to.equal(undefined);
        await pressNext(el);
        expect(text($(el, '#error-salary'))).to.match(/100,000,000,000/);
        await typeNumber(el, 'salary', 'a lot');
        await pressNext(el);
        expect(text($(el, '#error-salary'))).to.contain(expected.example);
      });

      it('years get a years example', async () => {
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        await reachQuestion(el, 'experience');
        await typeNumber(el, 'experience', 'five');
        await pressNext(el);
        expect(text($(el, '#error-experience'))).to.contain('7.5');
        expect(text($(el, '#error-experience'))).not.to.contain('150,000,000');
      });
    });
  }
});

describe('salary input, Korean units said without 만', () => {
  for (const [typed, won] of [
    ['1억 5천', 150_000_000],
    ['2억 9백', 209_000_000],
    ['1억 5000', 150_000_000],
    ['3억', 300_000_000],
    ['1억 5천만', 150_000_000],
    ['1억 5천5', 155_000_000],
    ['5천5', 5_500],
  ] as const) {
    it(`"${typed}" is ${won.toLocaleString('en')}, as it is said`, () => expect(parseMoney(typed)).to.equal(won));
  }
});
