// The words of "Other visas that may fit" as a fluent reader checks them: the terms of each
// language's glossary (src/locales/GLOSSARY.<code>.md), Chinese without Hangul or spaces between
// Han characters and figures, and the E-7-1 wage floor never named like the legal minimum wage.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { introWords } from '../../src/components/other-visas/intro-words.js';
import { visaWords } from '../../src/components/other-visas/words.js';

const folder = new URL('../../src/rubric/visas/', import.meta.url);
const translation = (name: string): string =>
  JSON.stringify((JSON.parse(readFileSync(new URL(`${name}.json`, folder), 'utf8')) as { texts: unknown }).texts);
const builtIn = (code: string): string =>
  readFileSync(new URL(`../../src/locales/${code}.rubric.json`, import.meta.url), 'utf8');

/** Every sentence of the section in `lang`, its blanks filled as the widget fills them. */
function sentences(lang: string, blanks: readonly string[]): string[] {
  const table = { ...visaWords(lang), ...introWords(lang) } as Record<string, unknown>;
  return Object.values(table).map((value) =>
    typeof value === 'function' ? String((value as (...args: string[]) => string)(...blanks)) : String(value),
  );
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const HAN = '\\u3400-\\u9fff';

describe('the other visas in Chinese', () => {
  const zh = sentences('zh-Hans', ['E-7-1年薪要求', '31,120,000韩元', '1,120,000韩元', '2026-02-01']);
  const visas = ['d-10-1', 'e-7-1', 'f-2-7'].map((name) => translation(`${name}.zh-Hans`));

  it('has no Hangul: a Chinese reader cannot read it', () => {
    for (const text of [...zh, ...visas]) assert.doesNotMatch(text, HANGUL, text.match(HANGUL)?.input?.slice(0, 80));
  });

  it('sets no space between Han characters and figures or codes', () => {
    const spaced = new RegExp(`[${HAN}] [\\dA-Z]|[\\dA-Z] [${HAN}]`);
    for (const text of zh) assert.doesNotMatch(text, spaced, text);
  });

  it('names a threshold whose label has its own brackets in one pair: never （…）（…）', () => {
    const { figure } = visaWords('zh-Hans');
    assert.equal(figure('E-7-1年薪要求', '31,120,000韩元'), 'E-7-1年薪要求（31,120,000韩元）');
    assert.equal(figure('全年最低工资（2026年）', '25,882,560韩元'), '全年最低工资（2026年，25,882,560韩元）');
  });

  it('calls the E-7-1 wage floor 年薪要求, and the minimum wage 法定最低工资 only', () => {
    const e71 = visas[1] as string;
    assert.ok(e71.includes('E-7-1年薪要求'));
    assert.doesNotMatch(e71, /(?<!法定)最低工资/);
    assert.doesNotMatch(e71, /工作经历（|\d年经历|经历要求/, 'years of experience are 工作经验');
  });

  it('names F-2-7 the same everywhere: 积分制居住签证 (居住 is F-2, as for F-2-T)', () => {
    for (const text of [...visas, builtIn('zh-Hans')]) {
      for (const name of text.matchAll(/[^，。：；、“”"（）]*（F-2-7）/g))
        assert.match(name[0], /积分制居住签证（F-2-7）$/, name[0]);
    }
  });
});

describe('the other visas in Vietnamese', () => {
  const vi = sentences('vi', ['Ngưỡng lương E-7-1 (theo năm)', '31.120.000 won', '1.120.000 won', '2026-02-01']);

  it('says "thị thực", as the rest of the widget does, never "visa"', () => {
    for (const text of vi) assert.doesNotMatch(text.replace(/^other-visas:/, ''), /\bvisa\b/i, text);
    assert.equal(introWords('vi').title, 'Các loại thị thực khác có thể phù hợp');
  });

  it('calls the E-7-1 wage floor "ngưỡng lương E-7-1", and the legal minimum wage "lương tối thiểu theo luật" only', () => {
    const e71 = translation('e-7-1.vi');
    assert.match(e71, /Ngưỡng lương E-7-1 \(theo năm\)/);
    for (const found of e71.matchAll(/lương tối thiểu.{0,10}/g)) assert.match(found[0], /lương tối thiểu theo luật/);
    assert.doesNotMatch(builtIn('vi'), /mức lương tối thiểu của E-7/);
  });
});
