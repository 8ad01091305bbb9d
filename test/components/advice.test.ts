// The advice every applicant gets, driven through the UI as a person answers,
// in English and Korean: the verdict, the nearest route they can actually
// reach, a next step for every outcome, nothing that invites overclaiming, and
// steps that fit a phone.
import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import { defaultRubric, type Answers, type Rubric } from '../../src/rubric/index.js';
import { MESSAGES_EN, type Messages } from '../../src/components/i18n/messages.js';
import ko from '../../src/locales/ko.js';
import applicants from '../applicants.json' with { type: 'json' };
import { $, $$, $maybe, answerStep, collect, mount, pressNext, settle, text, type Widget } from './helpers.js';

/** A node of Chromium's accessibility tree, as the a11ySnapshot command returns it. */
interface AxNode {
  role: string;
  name: string;
  description?: string;
  children?: AxNode[];
}
const snapshotOf = async () => (await a11ySnapshot({})) as unknown as AxNode;
const findNode = (tree: AxNode, match: (node: AxNode) => boolean): AxNode | null =>
  findAccessibilityNode(tree as never, match as never) as unknown as AxNode | null;

interface Language {
  lang: string;
  t: Messages;
  rubric: Rubric;
}
const LANGUAGES: Language[] = [
  { lang: 'en', t: MESSAGES_EN, rubric: defaultRubric },
  { lang: 'ko', t: ko.messages, rubric: ko.translate(defaultRubric) },
];
const label = (language: Language, pathway: string) => {
  const found = language.rubric.pathways.find((entry) => entry.id === pathway)?.label;
  return (found?.[language.lang] ?? found?.en) as string;
};
const questionLabel = (language: Language, id: string) => {
  const found = language.rubric.questions.find((entry) => entry.id === id)?.label;
  return (found?.[language.lang] ?? found?.en) as string;
};

const PHONE = { width: 360, height: 640 };

/** Answers every step through the UI, recording the widget's height and the questions each step showed. */
async function answerAll(el: Widget, answers: Answers): Promise<{ heights: number[]; shown: string[] }> {
  const heights: number[] = [];
  const shown: string[] = [];
  for (let step = 0; step < 12 && !$maybe(el, '[part~="result"]'); step++) {
    await answerStep(el, answers);
    heights.push(el.getBoundingClientRect().height);
    shown.push(...$$<HTMLInputElement>(el, 'form[part~="step"] input[name]').map((input) => input.name));
    await pressNext(el);
  }
  expect($maybe(el, '[part~="result"]'), 'the result is reached').to.exist;
  return { heights, shown };
}

async function resultOf(language: Language, answers: Answers) {
  await setViewport(PHONE);
  const el = await mount(html`<ktech-pass-assessment lang=${language.lang}></ktech-pass-assessment>`);
  const { heights, shown } = await answerAll(el, answers);
  const card = $(el, '[part~="score"]');
  return { el, heights, shown, card, heading: text($(el, '#result-title')), cardText: text(card) };
}

after(async () => setViewport({ width: 1024, height: 768 }));

for (const language of LANGUAGES) {
  const { t } = language;
  describe(`advice for every applicant (${language.lang})`, () => {
    it('a PhD from a top-100 university with 6 years of post-doc work meets the qualitative track; 가 is not met for the salary, a gap an offer can close; nothing is suggested', async () => {
      const { el, heights, heading, cardText } = await resultOf(language, applicants.phdTop100);
      expect(heading).to.equal(t.mayQualify);
      expect(cardText).to.contain(label(language, 'qualitative'));
      // The track met is reported, its visa step assumed: the official E-7-T tier they also meet is
      // named beside it (not D-10-T, the job-seeker tier, to someone with an offer).
      expect(cardText).to.contain(
        `${t.via}${t.colon}${label(language, 'qualitative')}${t.listSeparator}${label(language, 'promisingTopTier')}`,
      );
      expect(cardText).not.to.contain(label(language, 'preliminaryTopTier'));
      const standard = $$(el, '[part~="pathway"]').find((route) =>
        text(route).includes(label(language, 'topTierStandard')),
      ) as HTMLElement;
      expect(text(standard)).to.contain(t.notMet);
      // The salary gap, and how it closes: an offer.
      expect(text(standard.querySelector('.gaps'))).to.contain(t.byOffer);
      expect(text(standard.querySelector('.gaps'))).to.contain(questionLabel(language, 'salary'));
      // Already qualifies: no "How to gain points", so no "switch to an SME".
      expect(text($(el, '[part~="result"]'))).not.to.contain(t.gain);
      for (const height of heights) expect(height).to.be.at.most(2.5 * PHONE.height);
    });

    it('a bachelor with 4 years at an ordinary firm and an SME offer: not met, nearest is the qualitative track by points, with a next step and the other routes linked', async () => {
      const { el, heights, heading, card, cardText } = await resultOf(language, applicants.bachelorSme);
      expect(heading).to.equal(t.notYet);
      expect(cardText).to.contain(`${t.nearest}`);
      expect(cardText).to.contain(label(language, 'qualitative'));
      expect(text(card.querySelector('.gaps'))).to.match(/\d/);
      // Where else to look: the professional, job-seeking and points-based visas, linked.
      const links = [...card.querySelectorAll<HTMLAnchorElement>('.scope a')].map((link) => link.href);
      expect(links.some((href) => href.includes('visa.go.kr'))).to.be.true;
      expect(links.some((href) => href.includes('hikorea.go.kr'))).to.be.true;
      // Each visa code stays on one line (CSS), so "D-10-" never ends a line before "T".
      const codes = [...card.querySelectorAll('.scope .code')].map((code) => text(code));
      expect(codes).to.include.members(['F-2-T', 'E-7-T', 'D-10-T', 'E-7', 'D-10', 'F-2-7']);
      for (const code of card.querySelectorAll('.scope .code'))
        expect(getComputedStyle(code).whiteSpace).to.equal('nowrap');
      // Routes that need a fixed fact they lack are "not open", not "nearest".
      expect(text($(el, '[part~="result"]'))).to.contain(t.notOpen);
      // Facts about them are never offered as changes.
      const gains = text($maybe(el, '.gain'));
      for (const fact of ['degree', 'field', 'role', 'institution', 'employer'])
        expect(gains).not.to.contain(questionLabel(language, fact));
      for (const height of heights) expect(height).to.be.at.most(2.5 * PHONE.height);
    });

    it('a top-100 master with 2 years and KRW 70M in batteries: nearest is the qualitative track, not 4× GNI, and D-10-T is not the headline with an offer', async () => {
      const { cardText, heading } = await resultOf(language, applicants.mastersBatteries);
      expect(heading).to.equal(t.notYet);
      const nearestLine = cardText.slice(cardText.indexOf(t.nearest));
      expect(nearestLine.startsWith(`${t.nearest}${t.colon}${label(language, 'qualitative')}`)).to.be.true;
      expect(cardText).not.to.contain(label(language, 'preliminaryTopTier'));
    });

    it('a top-100 master with no offer is never asked for a salary or a firm; the result leads with D-10-T and how to apply', async () => {
      const { el, card, cardText, shown } = await resultOf(language, applicants.mastersNoOffer);
      expect(shown).not.to.include('salary');
      expect(shown).not.to.include('employerSize');
      expect(shown).not.to.include('role');
      expect(cardText).to.contain(`${t.stillGet}${t.colon}${label(language, 'preliminaryTopTier')}`);
      const step = [...card.querySelectorAll('p')].find((line) => text(line).startsWith(t.nextStep));
      expect(step?.querySelector('a')?.href).to.contain('visa.go.kr');
      // Routes that need an offer say so; no salary gap is computed from a salary never asked.
      expect(cardText).not.to.contain(questionLabel(language, 'salary'));
      // "Needs a job offer" is the remedy itself: not "(a better or another offer)", which is for pay and firm.
      expect(text($(el, '[part~="result"]'))).not.to.contain(t.byOffer);
    });

    it('a Ministry of Health and Welfare scholar with an offer: the scholar route first, with its own next step', async () => {
      const { el, cardText, card } = await resultOf(language, applicants.mohwScholar);
      expect(cardText).to.contain(`${t.via}${t.colon}${label(language, 'governmentScholar')}`);
      // Its visa route is not published: the benefits, most of them F-2-T's, say that they assume it.
      expect(text($(el, '[part~="result"]'))).to.contain(t.benefitsAssumed);
      const step = [...card.querySelectorAll('p')].find((line) => text(line).startsWith(t.nextStep));
      expect(step?.querySelector('a')?.href).to.contain('kotra.or.kr');
    });
  });
}

describe('what a screen reader hears', () => {
  it('the verdict is the heading; the score is exposed once; a what-if that flips the verdict announces the new verdict and score once', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await answerAll(el, applicants.mastersBatteries);
    const snapshot = await snapshotOf();
    expect(findNode(snapshot, (node) => node.role === 'heading' && node.name === MESSAGES_EN.notYet)).to.exist;
    const score = text($(el, '[part~="score"] .total'));
    // Only the card says the score: the bar and the sticky copy are hidden from assistive technology.
    expect(findNode(snapshot, (node) => node.role === 'image')).to.equal(null);
    expect($(el, '.running').getAttribute('aria-hidden')).to.equal('true');
    const status = $(el, '[role="status"]');
    expect(text(status)).to.equal('');
    // What if the firm were an SME: 54 + 10 reaches the pass mark.
    const scores = collect(el, 'score');
    const details = $(el, '[part~="result"] select[name="employerSize"]').closest('details') as HTMLDetailsElement;
    details.open = true;
    const select = $<HTMLSelectElement>(el, '[part~="result"] select[name="employerSize"]');
    select.value = 'sme';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    scores.stop();
    expect(scores.events.at(-1)?.detail.eligible).to.be.true;
    expect(text(status)).to.equal(MESSAGES_EN.whatIfVerdict(true, '54 + 10 SME bonus = 64 of 100'));
    expect(
      $$(el, '[role="status"],[aria-live],[role="alert"]').filter((region) => text(region).includes('64')),
    ).to.have.length(1);
    expect(score).to.equal('Estimated score: 54 of 100');
  });

  it('answering a step announces nothing: no live region changes', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await answerStep(el, applicants.phdTop100);
    expect(
      $$(el, '[role="status"],[aria-live],[role="alert"]')
        .map((region) => text(region))
        .filter(Boolean),
    ).to.deep.equal([]);
  });

  it('an option with help text is named by its label only and described by its help, once', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    for (let step = 0; step < 8 && !$maybe(el, 'input[name="researchDistinction"]'); step++) {
      await answerStep(el, applicants.phdTop100);
      await pressNext(el);
    }
    const snapshot = await snapshotOf();
    const pi = findNode(snapshot, (node) => node.role === 'radio' && String(node.name).startsWith('5 years or more'));
    expect(pi, 'the PI option is a radio named by its label').to.exist;
    expect(String(pi?.name)).not.to.contain('top-100');
    expect(String(pi?.description)).to.contain('top-100');
  });
});

describe('every step fits a phone in every language', () => {
  after(async () => setViewport({ width: 1024, height: 768 }));

  for (const lang of ['en', 'ko', 'zh-Hans', 'vi']) {
    it(`no step of any applicant is taller than 2.5 screens at 360 px (${lang})`, async () => {
      await setViewport(PHONE);
      for (const [name, answers] of Object.entries(applicants)) {
        if (name === '$comment') continue;
        const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
        // The language file arrives before the first step is shown in it.
        for (let wait = 0; wait < 100 && $(el, '[part~="base"]').lang !== lang; wait++) await settle(el);
        expect($(el, '[part~="base"]').lang).to.equal(lang);
        const { heights } = await answerAll(el, answers as Answers);
        for (const [step, height] of heights.entries())
          expect(height, `${name}, step ${step + 1}`).to.be.at.most(2.5 * PHONE.height);
        el.remove();
      }
    });
  }
});
