import { expect, html } from '@open-wc/testing';
import { assess, defaultRubric } from '../../src/rubric/index.js';
import { SME_APPLICANT, TOP_TIER_APPLICANT, completeThroughUi, mount, scoreSummary } from './helpers.js';

describe('completing the worked examples through the UI', () => {
  it('a doctorate from a top-100 university, 12 years at a world-class company and KRW 160,000,000 scores 96 through Top-tier route 가 and the qualitative track', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    const score = await completeThroughUi(el, TOP_TIER_APPLICANT);

    expect(scoreSummary(score)).to.deep.equal(scoreSummary(assess(defaultRubric, TOP_TIER_APPLICANT)));
    expect(score.total).to.equal(96);
    expect(score.pathways['topTierStandard']).to.equal(true);
    expect(score.pathways['qualitative']).to.equal(true);
    expect(score.eligible).to.equal(true);
    expect(score.complete).to.equal(true);
    expect(score.answers).to.deep.equal(TOP_TIER_APPLICANT);
  });

  it("a master's holder whose employer is an SME scores 30 + 26 + 10 = 66 and qualifies through the qualitative track only", async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    const score = await completeThroughUi(el, SME_APPLICANT);

    expect(scoreSummary(score)).to.deep.equal(scoreSummary(assess(defaultRubric, SME_APPLICANT)));
    expect(score.categories).to.deep.equal({ quantitative: 30, qualitative: 26, bonus: 10 });
    expect([score.bonus, score.total]).to.deep.equal([10, 66]);
    expect(Object.keys(score.pathways).filter((id) => score.pathways[id])).to.deep.equal(['qualitative']);
    expect(score.eligible).to.equal(true);
    expect(score.answers).to.deep.equal(SME_APPLICANT);
  });

  it('the same SME applicant scores 66 when the host presets employer-size="sme" instead of asking', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" employer-size="sme"></ktech-pass-assessment>`);
    const { employerSize: _preset, ...asked } = SME_APPLICANT;
    const score = await completeThroughUi(el, asked);

    expect(scoreSummary(score)).to.deep.equal(scoreSummary(assess(defaultRubric, SME_APPLICANT)));
    expect(score.total).to.equal(66);
    expect(score.bonus).to.equal(10);
  });

  it('the score event bubbles out of the shadow root to the host page', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    let seen: Event | undefined;
    const listener = (event: Event) => (seen = event);
    document.addEventListener('score', listener);
    try {
      await completeThroughUi(el, TOP_TIER_APPLICANT);
    } finally {
      document.removeEventListener('score', listener);
    }
    expect(seen, 'score reached document').to.exist;
    expect(seen?.bubbles).to.equal(true);
    expect(seen?.composed).to.equal(true);
  });
});
