// A salary typed the ways people write it: every format reads as
// the right number, a slip like "150" is questioned with a one-click fix
// instead of being scored, and an absurd amount is refused.
import { expect, html } from '@open-wc/testing';
import { likelyMeant, parseMoney } from '../../src/components/money.js';
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
    ]) {
      it(`"${typed}" is not an amount`, () => expect(parseMoney(typed)).to.be.NaN);
    }
  });

  it('an amount of won is whole: a fraction is rounded, so what is shown is what is scored', () => {
    expect(parseMoney('157247999.5')).to.equal(157_248_000);
    expect(parseMoney('157,247,999.4')).to.equal(157_247_999);
    expect(parseMoney('1.57248억')).to.equal(157_248_000);
  });

  describe('"Did you mean" guesses the plausible yearly pay, never ten times too much', () => {
    for (const [typed, meant] of [
      ['150', 150_000_000], // millions
      ['157.5', 157_500_000], // millions with a fraction
      ['15000', 150_000_000], // 만
      ['150000', 150_000_000], // thousands of won (천원)
      ['150,000', 150_000_000],
      ['150k', 150_000_000],
      ['1,500', 15_000_000], // 1,500만
    ] as const) {
      it(`"${typed}" → ${meant.toLocaleString('en')}`, () => expect(likelyMeant(parseMoney(typed))).to.equal(meant));
    }
    it('an amount above the floor, zero or nonsense gets no guess', () => {
      for (const typed of ['150,000,000', '0', 'abc']) expect(likelyMeant(parseMoney(typed))).to.equal(undefined);
    });
  });

  for (const [lang, expected] of [
    [
      'en',
      {
        read: 'KRW 150,000,000',
        meant: 'Did you mean KRW 150,000,000 a year?',
        fix: 'Use KRW 150,000,000',
        example: '150,000,000 or 1억 5천만',
      },
    ],
    [
      'ko',
      {
        read: '150,000,000원',
        meant: '연 150,000,000원을 입력하려고 하셨나요?',
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

      it('"150" is not scored: leaving the field asks "Did you mean…" with a one-click fix', async () => {
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        await reachQuestion(el, 'salary');
        await typeNumber(el, 'salary', '150');
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

      it('on Next, "150" is in the error summary too', async () => {
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        await reachQuestion(el, 'salary');
        await typeNumber(el, 'salary', '150');
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
  ] as const) {
    it(`"${typed}" is ${won.toLocaleString('en')}, as it is said`, () => expect(parseMoney(typed)).to.equal(won));
  }
});
