// Visa codes in prose stay on one line on a 360 px phone (CSS `.code`, the text keeps plain hyphens),
// and the other visas read as a fluent reader writes: Chinese figures set without spaces or Hangul,
// Vietnamese "thị thực" and its E-7-1 wage floor named apart from the minimum wage.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  $,
  $$,
  completeThroughUi,
  mount,
  NO_OFFER_APPLICANT,
  SME_APPLICANT,
  settle,
  text,
  type Widget,
} from './helpers.js';
import { answerVisaStep, ENGINEER, ENGINEER_MORE, section, sectionLoaded, UNDERPAID } from './other-visas-helpers.js';

const PHONE = { width: 360, height: 640 };

before(async () => setViewport(PHONE));
after(async () => setViewport({ width: 1024, height: 768 }));

/** Each code in `node`: its text, and whether it is kept whole on one line. */
function codesIn(node: Element): { code: string; nowrap: boolean; lines: number }[] {
  return [...node.querySelectorAll('.code')].map((code) => ({
    code: text(code),
    nowrap: getComputedStyle(code).whiteSpace === 'nowrap',
    lines: code.getClientRects().length,
  }));
}

async function openAll(el: Widget): Promise<void> {
  for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
  await settle(el);
  await settle(el);
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

for (const lang of ['en', 'ko', 'zh-Hans', 'vi']) {
  describe(`visa codes kept on one line at 360 px (${lang})`, () => {
    it('in a route\'s "Leads to" line: D-10-T in one .code that does not wrap', async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await completeThroughUi(el, NO_OFFER_APPLICANT);
      await openAll(el);
      const leadsTo = $$(el, '[part~="pathway"] details > p > strong').find((line) =>
        line.textContent?.includes('D-10-T'),
      );
      expect(leadsTo, 'a "Leads to" line naming D-10-T').to.exist;
      const codes = codesIn(leadsTo as Element);
      expect(codes.map((code) => code.code)).to.include('D-10-T');
      for (const code of codes) expect(code, code.code).to.include({ nowrap: true, lines: 1 });
    });

    it('in an other-visas next step: E-8, E-9 and E-10 each in one .code that does not wrap', async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await completeThroughUi(el, ENGINEER);
      await sectionLoaded(el);
      await answerVisaStep(el, ENGINEER_MORE);
      await openAll(el);
      const step = $$(el, '.visa ol li').find((item) => item.textContent?.includes('E-10'));
      expect(step, 'the E-7-1 next step naming E-10').to.exist;
      const codes = codesIn(step as Element);
      expect(codes.map((code) => code.code)).to.include.members(['D-3', 'E-8', 'E-9', 'E-10', 'G-1']);
      for (const code of codes) expect(code, code.code).to.include({ nowrap: true, lines: 1 });
      // The copied text is the code as typed: plain hyphens.
      expect(text(step)).not.to.contain('\u2011');
    });
  });
}

describe('the other visas as a fluent reader reads them', () => {
  it('Chinese: the E-7-1 wage floor and its gap, without spaces, double brackets or Hangul', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="zh-Hans"></ktech-pass-assessment>`);
    await completeThroughUi(el, UNDERPAID);
    await sectionLoaded(el);
    await answerVisaStep(el, ENGINEER_MORE);
    await openAll(el);
    const shown = text(section(el));
    expect(shown).to.contain('30,000,000韩元，比E-7-1年薪要求（31,120,000韩元）低1,120,000韩元');
    expect(shown).not.to.match(/）（/);
    expect(shown).not.to.match(HANGUL);
    expect(shown).to.contain('积分制居住签证（F-2-7）');
  });

  it('Vietnamese: "thị thực", the E-7-1 wage floor named apart from the minimum wage, and the SME bonus in lower case in the score', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="vi"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    expect(text($(el, '[part~="score"]'))).to.match(/\d+ \+ 10 điểm cộng doanh nghiệp vừa và nhỏ = \d+\/\d+ điểm/);
    el.remove();

    const underpaid = await mount(html`<ktech-pass-assessment lang="vi"></ktech-pass-assessment>`);
    await completeThroughUi(underpaid, UNDERPAID);
    await sectionLoaded(underpaid);
    await answerVisaStep(underpaid, ENGINEER_MORE);
    await openAll(underpaid);
    const shown = text(section(underpaid));
    expect(shown).to.contain('Các loại thị thực khác có thể phù hợp');
    expect(shown).not.to.match(/\bvisa\b/i);
    expect(shown).to.contain('thấp hơn 1.120.000 won so với ngưỡng lương E-7-1 (theo năm) là 31.120.000 won');
    expect(shown).to.contain('mức lương tối thiểu theo luật');
  });
});
