// The built-in rubric ships in English; each language file brings its texts
// as a translation keyed by ids. These laws keep every language complete and
// every translation on its own rubric.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Locale } from '../../src/locales/locale.js';
import {
  defaultRubric,
  extractTranslation,
  parseRubric,
  translateRubric,
  type Rubric,
} from '../../src/rubric/index.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const codes = readdirSync(new URL('../../src/locales/', import.meta.url))
  .filter((file) => file.endsWith('.rubric.json'))
  .map((file) => file.slice(0, -'.rubric.json'.length));
const locales = await Promise.all(
  codes.map(
    async (code) => [code, ((await import(`../../src/locales/${code}.ts`)) as { default: Locale }).default] as const,
  ),
);

describe('rubric translations', () => {
  it('the built-in rubric is English only: other languages come with their files', () => {
    assert.deepEqual(defaultRubric.languages, ['en']);
    assert.ok(codes.length >= 1, 'at least one language file');
  });

  for (const [code, locale] of locales) {
    describe(`${code}`, () => {
      it('translates the built-in rubric (same id) into its own language', () => {
        assert.equal(locale.rubric.rubric, defaultRubric.id);
        assert.equal(locale.rubric.language, code);
      });

      it('is complete: the translated rubric passes parseRubric, which requires every text in every language it claims', () => {
        const translated = translateRubric(defaultRubric, locale.rubric);
        assert.deepEqual(translated.languages, ['en', code]);
        assert.doesNotThrow(() => parseRubric(translated));
      });

      it('has no text for anything the rubric does not have (a renamed id would leave it behind)', () => {
        const translated = translateRubric(defaultRubric, locale.rubric);
        assert.deepEqual(extractTranslation(translated, code), locale.rubric);
      });

      it('is written in composed Unicode (NFC), so every font draws accents and marks in place', () => {
        const texts = JSON.stringify(locale.rubric) + JSON.stringify(Object.values(locale.messages).map(String));
        assert.equal(texts, texts.normalize('NFC'));
      });

      it('changes texts only: scores, ids and conditions stay as they are', () => {
        const translated = translateRubric(defaultRubric, locale.rubric);
        const strip = (rubric: Rubric) =>
          JSON.stringify(rubric, (key, value: unknown) => (key === code || key === 'languages' ? undefined : value));
        assert.equal(strip(translated), strip(defaultRubric));
      });
    });
  }

  it('applies to its own rubric only', () => {
    const other = { ...clone(defaultRubric), id: 'another-rubric' } as Rubric;
    const [, locale] = locales[0] as (typeof locales)[number];
    assert.equal(translateRubric(other, locale.rubric), other);
  });

  it('finds texts by id, so a reordered rubric keeps its translation', () => {
    const [code, locale] = locales[0] as (typeof locales)[number];
    const reordered = clone(defaultRubric);
    reordered.questions.reverse();
    for (const question of reordered.questions) if (question.type !== 'number') question.options.reverse();
    const translated = translateRubric(reordered, locale.rubric);
    for (const question of translated.questions) {
      const original = translateRubric(defaultRubric, locale.rubric).questions.find(
        (candidate) => candidate.id === question.id,
      );
      assert.equal(question.label[code], original?.label[code], question.id);
    }
  });

  it('ids named like Object.prototype members find nothing they should not', () => {
    const rubric = clone(defaultRubric);
    (rubric.questions[0] as { id: string }).id = 'constructor';
    const translated = translateRubric(rubric, { rubric: rubric.id, language: 'xx', texts: { questions: {} } });
    assert.equal(translated.questions[0]?.label['xx'], undefined);
  });

  it('leaves the rubric it translates untouched', () => {
    const before = JSON.stringify(defaultRubric);
    for (const [, locale] of locales) translateRubric(defaultRubric, locale.rubric);
    assert.equal(JSON.stringify(defaultRubric), before);
  });
});

describe('the words the manuals use, in each language', () => {
  const texts = (code: string): string => {
    const found = locales.find(([candidate]) => candidate === code);
    assert.ok(found, `no ${code} language file`);
    return JSON.stringify(found[1].rubric.texts);
  };
  const optionText = (code: string, question: string, option: string): string => {
    const found = locales.find(([candidate]) => candidate === code);
    const translated = translateRubric(defaultRubric, (found as (typeof locales)[number])[1].rubric);
    const entry = translated.questions.find((candidate) => candidate.id === question);
    return entry && entry.type !== 'number'
      ? (entry.options.find((candidate) => candidate.id === option)?.label[code] ?? '')
      : '';
  };

  it('writes visa codes with plain hyphens in every language, so that a copied "F-2-T" finds the visa', () => {
    for (const [code] of locales) assert.ok(!texts(code).includes('\u2011'), code);
  });

  it('Korean: 유망톱티어 and 예비톱티어 without spaces, and "K-Tech Pass" as the manual writes it', () => {
    const ko = texts('ko');
    assert.ok(ko.includes('유망톱티어') && ko.includes('예비톱티어'));
    assert.doesNotMatch(ko, /유망 톱티어|예비 톱티어|케이테크/);
    assert.ok(ko.includes('K-Tech Pass'));
  });

  it('Chinese: 책임급 is 责任研究员; advanced mobility is 先进移动出行 or 未来出行, never 尖端出行', () => {
    const zh = texts('zh-Hans');
    assert.ok(zh.includes('责任研究员'));
    assert.match(optionText('zh-Hans', 'field', 'advanced-mobility'), /先进移动出行|未来出行/);
    assert.ok(!zh.includes('尖端出行'));
  });

  it('Vietnamese: defence is "Công nghiệp quốc phòng"', () => {
    assert.match(optionText('vi', 'field', 'defense'), /Công nghiệp quốc phòng/);
  });

  it('Vietnamese: the SME bonus, a heading on its own, is in lower case inside the score line', () => {
    const found = locales.find(([candidate]) => candidate === 'vi') as (typeof locales)[number];
    const label = translateRubric(defaultRubric, found[1].rubric).categories.find((category) => category.bonus)?.label[
      'vi'
    ] as string;
    assert.match(label, /^Điểm cộng/, 'the heading starts with a capital');
    const line = found[1].messages.scoreParts('41', '10', label, '51', '100');
    assert.equal(line, `41 + 10 ${label.charAt(0).toLowerCase()}${label.slice(1)} = 51/100 điểm`);
    // Two bonuses: each in lower case; an abbreviation keeps its capitals.
    assert.equal(found[1].messages.scoreParts('1', '2', 'Điểm A; SME X', '3', '4'), '1 + 2 điểm A; SME X = 3/4 điểm');
  });

  it('Chinese: a press report is 媒体报道 everywhere; F-2-T through the route is stated as our assumption, not asked', () => {
    const found = locales.find(([candidate]) => candidate === 'zh-Hans') as (typeof locales)[number];
    const all = `${texts('zh-Hans')}${JSON.stringify(found[1].messages, (_, value) => (typeof value === 'function' ? String(value) : value))}`;
    assert.ok(!all.includes('新闻报道'));
    assert.ok(found[1].messages.benefitsAssumed.includes('媒体报道'));
    assert.match(found[1].messages.benefitsAssumed, /由此可获得F-2-T是本工具的假设/);
    assert.doesNotMatch(found[1].messages.benefitsAssumed, /能否/);
  });
});
