import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MESSAGES_EN } from '../../src/components/i18n/messages.js';
import { changeabilityOf, routeOutlooks } from '../../src/rubric/advice.js';
import { assess, defaultRubric, type Question } from '../../src/rubric/index.js';
import {
  $,
  $$,
  $maybe,
  APPLICANTS,
  NO_OFFER_APPLICANT,
  SME_APPLICANT,
  TOP_TIER_APPLICANT,
  collect,
  completeThroughUi,
  focused,
  mount,
  numberField,
  pressNext,
  progress,
  radio,
  onPhone,
  settle,
  stepHeading,
  text,
  type ScoreDetail,
  type Widget,
} from './helpers.js';

const questionOf = (id: string) => defaultRubric.questions.find((question) => question.id === id) as Question;
const pathwayLabel = (id: string) => defaultRubric.pathways.find((pathway) => pathway.id === id)?.label.en ?? id;

async function resultFor(answers = SME_APPLICANT): Promise<Widget> {
  const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
  await completeThroughUi(el, answers);
  return el;
}

const button = (el: Widget, label: string) => {
  const found = $$<HTMLButtonElement>(el, '[part~="result"] button').find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`no button "${label}" in the result`);
  return found;
};

/** What-if: changes one answer in the result view as a person does (the control's change event). */
async function whatIf(el: Widget, questionId: string, value: string): Promise<void> {
  const control = $<HTMLSelectElement | HTMLInputElement>(el, `[part~="result"] [name="${questionId}"]`);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

describe('the result view', () => {
  it('replaces the steps, focuses its heading and shows the total against the maximum with the bonus', async () => {
    const el = await resultFor();
    expect($maybe(el, 'form[part~="step"]')).to.equal(null);
    expect($maybe(el, '[part~="progress"]')).to.equal(null);
    // The heading is the verdict, under a kicker that says what this is.
    const heading = $(el, '#result-title');
    expect(text(heading)).to.equal('You may qualify');
    expect(text(heading.previousElementSibling)).to.equal('Your estimated result');
    expect(focused(el)).to.equal(heading);
    const score = text($(el, '[part~="result"] [part~="score"]'));
    // One score, as its parts: base points, the bonus, the total (56 + 10 = 66).
    expect(score).to.contain('56 + 10 SME bonus = 66 of 100');
    expect(score).to.contain('Pass mark: 60');
    // Exposed once: the visible running line repeats it for the eye only, and the status region is silent until a what-if.
    expect(text($(el, '.running'))).to.equal('56 + 10 SME bonus = 66 of 100');
    expect($(el, '.running').getAttribute('aria-hidden')).to.equal('true');
    expect(text($(el, '[role="status"]'))).to.equal('');
  });

  for (const lang of ['en', 'ko']) {
    it(`full marks with the bonus show one score as its parts, base and bonus adding up to the total (${lang})`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      const score = await completeThroughUi(el, { ...TOP_TIER_APPLICANT, employerSize: 'sme' });
      expect(score.total).to.be.above(100);
      // "96 + 10 SME bonus = 106 of 110": the base never above the maximum, the parts adding up, and a
      // total past 100 out of the maximum with the bonus (as the bar is scaled), never "106 of 100".
      const line = text($(el, '[part~="score"] .total'));
      // Korean writes "110점 중 106점" (the maximum before the total): the figures, in any order.
      const figures = (line.match(/\d+/g) ?? []).map(Number);
      expect(figures, line).to.have.members([score.total - score.bonus, score.bonus, score.total, 110]);
      expect(score.total - score.bonus).to.be.at.most(100);
      // The bar's fill stays inside it, the pass-mark tick where 60 falls on the same scale.
      const fill = Number.parseFloat($(el, 'svg .fill').getAttribute('width') ?? '');
      expect(fill).to.be.at.most(100);
      const scale = (100 / fill) * score.total;
      const mark = $(el, 'svg .mark');
      const markCentre =
        Number.parseFloat(mark.getAttribute('x') ?? '') + Number.parseFloat(mark.getAttribute('width') ?? '') / 2;
      expect(markCentre).to.be.closeTo((60 * 100) / scale, 0.01);
    });
  }

  it('draws the score as an SVG bar with a text alternative, no canvas', async () => {
    const el = await resultFor();
    const bar = $(el, '[part~="result"] svg.bar');
    // Hidden from screen readers: the score line beside it says the total, the maximum and the pass mark once.
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(text(bar.closest('[part~="score"]'))).to.match(/\b56\b\D+\b10\b\D+\b66\b\D+\b100\b\D+\b60\b/);
    expect($maybe(el, 'canvas')).to.equal(null);
  });

  it('says the applicant may qualify and through which pathway', async () => {
    const el = await resultFor();
    const result = text($(el, '[part~="result"]'));
    expect(result).to.contain('You may qualify');
    expect(result).to.contain(`Through: ${pathwayLabel('qualitative')}`);
  });

  it('lists the six routes as short checklists, each met or not and "You meet 3 of 6", its status and reasons in plain words one click away', async () => {
    const el = await resultFor();
    const pathways = $$(el, '[part~="pathway"]');
    const routes = defaultRubric.pathways.filter((pathway) => !pathway.alternative);
    const standing = new Map(
      routeOutlooks(defaultRubric, SME_APPLICANT, assess(defaultRubric, SME_APPLICANT)).map((outlook) => [
        outlook.id,
        outlook.standing,
      ]),
    );
    // Routes within reach first; those that need what these answers cannot change grouped after them.
    const status = (id: string) =>
      id === 'qualitative' ? 'Met' : standing.get(id) === 'closed' ? 'Not open to you on these answers' : 'Not met';
    const order = [
      ...routes.filter((route) => standing.get(route.id) !== 'closed'),
      ...routes.filter((route) => standing.get(route.id) === 'closed'),
    ];
    expect(pathways.map((pathway) => text(pathway.querySelector('summary b')))).to.deep.equal(
      order.map((pathway) => `${pathway.label.en} (${status(pathway.id)})`),
    );
    // A route that needs what these answers cannot change says so, never "not met" as if it were near.
    expect(standing.get('topTierStandard')).to.equal('closed');
    // Details collapsed.
    expect(pathways.every((pathway) => !(pathway.querySelector('details') as HTMLDetailsElement).open)).to.equal(true);
    const routeOf = (id: string) => pathways[order.findIndex((pathway) => pathway.id === id)] as HTMLElement;
    const shown = (id: string) => text(routeOf(id));
    for (const route of routes) expect(shown(route.id)).to.contain(`Leads to: ${route.status?.en}`);
    expect(shown('topTierStandard')).to.contain('Leads to: Top-tier residence (F-2-T)');
    // Reasons name the rule and the applicant's own answer, each marked met or missing for screen readers.
    expect(shown('topTierStandard')).to.contain(
      `Missing: ${questionOf('institution').label.en} Yes, in the top 100 (your answer: No)`,
    );
    expect(shown('topTierStandard')).to.contain('KRW 80,000,000');
    expect(shown('topTierStandard')).to.contain(
      `Met: ${questionOf('degree').label.en}: Master's degree or Doctorate (PhD or equivalent) (your answer: Master's degree)`,
    );
    expect(shown('qualitative')).to.contain('Met: Total points: at least 60');
    const standard = routeOf('topTierStandard');
    const [metCount, partCount] = (/You meet (\d+) of (\d+)$/.exec(text(standard.querySelector('summary'))) ?? [])
      .slice(1)
      .map(Number);
    expect(text(standard.querySelector('summary'))).to.equal(
      `${routes[0]?.label.en} (Not open to you on these answers) · You meet ${metCount} of ${partCount}`,
    );
    expect(metCount).to.be.below(partCount as number);
    expect(standard.querySelectorAll('details > ul > li')).to.have.length(partCount as number);
    expect(text(routeOf('qualitative').querySelector('summary'))).to.match(/\(Met\) · You meet (\d+) of \1$/);
    // The official basis, with its source.
    expect(shown('topTierStandard')).to.contain('Official basis: Top-tier guideline, advanced industries, route 가');
    expect(routeOf('topTierStandard').querySelector('a[href="https://www.hikorea.go.kr/"]')).to.exist;
  });

  it('gives the next steps, with their links, for a route that is met and not for one that is not', async () => {
    const el = await resultFor();
    const pathways = $$(el, '[part~="pathway"]');
    const qualitative = pathways.find((pathway) =>
      text(pathway.querySelector('summary b')).startsWith(pathwayLabel('qualitative')),
    );
    const links = [...(qualitative?.querySelectorAll('ol a') ?? [])].map((link) => [
      link.getAttribute('href'),
      text(link),
    ]);
    const next = defaultRubric.pathways.find((pathway) => pathway.id === 'qualitative')?.next ?? [];
    // The steps for someone abroad (inKorea: no): the visa portal, not a change of status in Korea.
    expect(links.map(([href]) => href)).to.deep.equal(['https://www.kotra.or.kr/gtc_kor', 'https://www.visa.go.kr']);
    expect(links).to.deep.equal(
      links.map(([href]) => [
        href,
        next.find((step) => step.url === href && links.some(([, shown]) => shown === step.text.en))?.text.en,
      ]),
    );
    expect(links.map(([, shown]) => shown).join(' ')).not.to.contain('change your status');
    for (const link of qualitative?.querySelectorAll('ol a') ?? []) {
      expect(link.getAttribute('rel')).to.contain('noopener');
    }
    const standard = pathways.find((pathway) =>
      text(pathway.querySelector('summary b')).startsWith(pathwayLabel('topTierStandard')),
    );
    expect(text(standard)).not.to.contain('Next steps');
  });

  it('shows no alternatives while a route is met (D-10-T, the job-seeker tier, never to someone with an offer)', async () => {
    const el = await resultFor({ ...SME_APPLICANT, institution: 'top100' });
    expect(el.result?.pathways['preliminaryTopTier']).to.equal(true);
    expect(text($(el, '[part~="result"]'))).not.to.contain('If not, you may still get');
    expect(text($(el, '[part~="result"]'))).not.to.contain(pathwayLabel('preliminaryTopTier'));
    expect($$(el, '[part~="pathway"]')).to.have.length(6);
  });

  it('with no route met, shows the alternatives: "you may still get" D-10-T, with its next step', async () => {
    // A top-100 master's without a job offer: no route, but the job-seeking visa.
    const el = await resultFor(NO_OFFER_APPLICANT);
    const result = text($(el, '[part~="result"]'));
    expect(el.result?.eligible).to.equal(false);
    expect(result).to.contain('You do not qualify yet on these answers');
    expect(result).to.contain(`You may still get: ${pathwayLabel('preliminaryTopTier')}`);
    expect(result).to.contain('If not, you may still get');
    const pathways = $$(el, '[part~="pathway"]');
    expect(pathways).to.have.length(defaultRubric.pathways.length);
    const byId = (id: string) =>
      pathways.find((pathway) => text(pathway.querySelector('summary b')).startsWith(`${pathwayLabel(id)} (`));
    const promising = text(byId('promisingTopTier'));
    expect(
      [
        `${pathwayLabel('promisingTopTier')} (Not met)`,
        `${pathwayLabel('promisingTopTier')} (Not open to you on these answers)`,
      ].some((status) => promising.startsWith(status)),
      promising,
    ).to.equal(true);
    const preliminary = byId('preliminaryTopTier');
    expect(text(preliminary)).to.contain(`${pathwayLabel('preliminaryTopTier')} (Met)`);
    expect(text(preliminary)).to.contain('Leads to: Preliminary Top-tier job-seeking visa (D-10-T)');
    expect(preliminary?.querySelector('ol a')?.getAttribute('href')).to.equal('https://www.visa.go.kr');
    // The alternative's next step in the card.
    expect($(el, '[part~="score"]').querySelector('a')?.getAttribute('href')).to.equal('https://www.visa.go.kr');
    // Benefits are for those who qualify.
    expect(result).not.to.contain(defaultRubric.benefits[0]?.en);
  });

  it('with nothing met, shows every route and alternative as not met, and no "may still get"', async () => {
    const el = await resultFor(APPLICANTS.bachelorSme);
    const result = text($(el, '[part~="result"]'));
    expect(result).to.contain('You do not qualify yet on these answers');
    expect(result).not.to.contain('You may still get:');
    const statuses = $$(el, '[part~="pathway"]').map((pathway) =>
      text(pathway.querySelector('.status')).replace(/^\((.*)\)$/, '$1'),
    );
    expect(statuses).to.have.length(defaultRubric.pathways.length);
    for (const status of statuses) expect(['Not met', 'Not open to you on these answers']).to.include(status);
    // The nearest route is open: at least one is "not met", not closed.
    expect(statuses).to.include('Not met');
  });

  it('shows points per category and per criterion', async () => {
    const el = await resultFor();
    const score = text($(el, '[part~="result"] [part~="score"]'));
    expect(score).to.contain('Quantitative 30 / 65');
    expect(score).to.contain('Qualitative 26 / 35');
    expect(score).to.contain('SME bonus 10 / 10');
    const criteria = $$(el, '[part~="result"] details').find(
      (details) => text(details.querySelector('summary')) === 'Points per criterion',
    );
    const items = [...(criteria?.querySelectorAll('ul > li') ?? [])].map((item) => text(item));
    const degreeRow = items.find((item) => item.startsWith(questionOf('degree').label.en));
    expect(degreeRow).to.contain('10 / 15');
    const salaryRow = items.find((item) => item.startsWith(questionOf('salary').label.en));
    expect(salaryRow).to.contain('8 / 20');
  });

  it('lists how to gain points, best gains first, as the engine computes them, only from what can change, and nothing once a route is met', async () => {
    const met = await resultFor();
    expect($$(met, '[part~="result"] ol.gain')).to.have.length(0);
    const el = await resultFor(APPLICANTS.bachelorSme);
    const expected = assess(defaultRubric, APPLICANTS.bachelorSme)
      .criteria.filter(
        (criterion) =>
          criterion.next && criterion.next.points > 0 && changeabilityOf(questionOf(criterion.id)) !== 'no',
      )
      .map((criterion) => criterion.next?.points ?? 0)
      .sort((a, b) => b - a);
    expect(expected.length).to.be.above(0);
    const lists = $$(el, '[part~="result"] ol.gain');
    const items = lists.flatMap((list) => [...list.querySelectorAll('li')].map((item) => text(item)));
    expect(items).to.have.length(expected.length);
    // Best first within each list: what the applicant can change, then the facts.
    for (const list of lists) {
      const gains = [...list.querySelectorAll('li')].map((item) => Number(/\+(\d+)$/.exec(text(item))?.[1]));
      expect(gains).to.deep.equal([...gains].sort((a, b) => b - a));
    }
    expect(items.map((item) => Number(/\+(\d+)$/.exec(item)?.[1])).sort((a, b) => b - a)).to.deep.equal(expected);
  });

  it('"How to gain points" lists only what the applicant can change: no fact about them, no switch to an SME', async () => {
    const el = await resultFor(APPLICANTS.bachelorSme);
    const items = $$(el, '[part~="result"] ol.gain li').map((item) => text(item));
    expect(items.length).to.be.above(0);
    const fixed = defaultRubric.questions.filter((question) => changeabilityOf(question) === 'no');
    expect(fixed.map((question) => question.id)).to.include.members(['field', 'degree', 'institution']);
    for (const question of fixed)
      expect(
        items.some((item) => item.startsWith(question.label.en)),
        question.id,
      ).to.equal(false);
    expect(text($(el, '[part~="result"] ol.gain').previousElementSibling)).to.equal('What you can change:');
    // The phd applicant meets the qualitative track: no suggestion at all, and no "switch to an SME".
    const phd = await resultFor(APPLICANTS.phdTop100);
    expect($$(phd, '[part~="result"] ol.gain')).to.have.length(0);
    expect(text($(phd, '[part~="result"]'))).not.to.contain(`${questionOf('employerSize').label.en}: Small`);
  });

  it('a what-if that asks a new question (a doctorate: the university) says that answer is missing, never "-1 points short" or points "to spare"', async () => {
    const el = await resultFor({ ...APPLICANTS.bachelorSme, field: 'ai' });
    await whatIf(el, 'degree', 'doctorate');
    const card = text($(el, '[part~="score"]'));
    expect(card).not.to.match(/(^|\s)-\d/);
    expect(card).not.to.contain('to spare');
    const institution = defaultRubric.questions.find((question) => question.id === 'institution')?.label.en as string;
    expect(card).to.contain(institution);
  });

  it('a score exactly at the pass mark says so, not "only 0 points to spare"', async () => {
    // 60 of 100: the qualitative track met with nothing over the pass mark.
    const answers = { ...APPLICANTS.bachelorSme, field: 'ai', evidence: 'leading', role: 'core-lead' };
    const el = await resultFor(answers);
    expect(el.result?.total, 'the fixture scores the pass mark').to.equal(60);
    const card = text($(el, '[part~="score"]'));
    expect(card).to.contain(MESSAGES_EN.closeToPass('0', 0));
    expect(card).not.to.contain('0 points to spare');
  });

  it('lists the F-2-T benefits when eligible, and not when not', async () => {
    const eligible = await resultFor();
    const benefits = defaultRubric.benefits.map((benefit) => benefit.en);
    const shown = text($(eligible, '[part~="result"]'));
    for (const benefit of benefits) expect(shown).to.contain(benefit);
    // Through the qualitative track alone, whose F-2-T step is assumed, the benefits say so; through an official route, not.
    expect(shown).to.contain(MESSAGES_EN.benefitsAssumed);
    const official = text($(await resultFor(TOP_TIER_APPLICANT), '[part~="result"]'));
    for (const benefit of benefits) expect(official).to.contain(benefit);
    expect(official).not.to.contain(MESSAGES_EN.benefitsAssumed);

    const notEligible = await resultFor(APPLICANTS.bachelorSme);
    const notShown = text($(notEligible, '[part~="result"]'));
    expect(notShown).to.contain('You do not qualify yet on these answers');
    for (const benefit of benefits) expect(notShown).not.to.contain(benefit);
  });

  it('gives the assumptions and sources in a details element, and the disclaimer', async () => {
    const el = await resultFor();
    const details = $$<HTMLDetailsElement>(el, '[part~="result"] > details').at(-1) as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).to.equal('Assumptions and sources');
    const body = text(details);
    expect(body).to.contain(defaultRubric.passMark.assumption?.en);
    for (const source of defaultRubric.sources) expect(body).to.contain(source.title.en);
    expect(body).to.contain('GNI per capita (2025): KRW 52,416,000, applied from 2026-04-01 to 2027-03-31.');
    expect(body).to.contain(
      `${defaultRubric.id} · ${defaultRubric.version} · ${defaultRubric.effectiveDate} – ${defaultRubric.reviewDate}`,
    );
    expect(text($(el, '[part~="result"]'))).to.contain(defaultRubric.disclaimer.en);
  });

  it('says calmly, on every view, when the rubric is past its review date, and the score event says so too', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    expect($maybe(el, '.notice'), 'the built-in rubric is not out of date in this run').to.equal(null);
    const old = structuredClone(defaultRubric);
    old.id = 'reviewed-long-ago';
    old.effectiveDate = '2020-01-01';
    old.reviewDate = '2021-03-31';
    el.rubric = old;
    await settle(el);
    const notice = $(el, '.notice');
    expect(text(notice)).to.equal(
      'These rules were due for review on 2021-03-31: some figures may be out of date until this site updates them.',
    );
    // A notice, not an alarm.
    expect(notice.getAttribute('role')).to.equal(null);
    expect(notice.closest('[role="alert"]')).to.equal(null);
    const score = await completeThroughUi(el, SME_APPLICANT);
    expect(score.outdated).to.equal(true);
    expect(score.reviewDate).to.equal('2021-03-31');
    expect($maybe(el, '.notice')).to.exist;
    el.lang = 'ko';
    await settle(el);
    expect(text($(el, '.notice'))).to.contain('검토 기한(2021-03-31)');
  });

  it('the page setting answers during a what-if ends it, and the host hears the real result (no stale what-if total)', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    await whatIf(el, 'salary', '120,000,000');
    const scores = collect(el, 'score');
    el.answers = { ...el.answers, experience: 9 };
    await settle(el);
    scores.stop();
    expect(scores.events).to.have.length(1);
    const real = scores.events[0]?.detail;
    expect(real?.scenario).to.equal(false);
    expect(real?.answers['experience']).to.equal(9);
    expect(real?.total).to.equal(el.result?.total);
    expect(real?.total).to.equal(assess(defaultRubric, { ...SME_APPLICANT, experience: 9 }).total);
    expect($maybe(el, '.scenario')).to.equal(null);
  });

  it('what-if is a scenario: it fires a flagged score and shows "What if", while answers, result, form value and stored answers keep the answers given', async () => {
    localStorage.clear();
    const form = await fixture<HTMLFormElement>(
      html`<form><ktech-pass-assessment lang="en" name="assessment" persist id="wi"></ktech-pass-assessment></form>`,
    );
    const el = form.querySelector('ktech-pass-assessment') as Widget;
    await settle(el);
    await completeThroughUi(el, SME_APPLICANT);
    const stored = () => JSON.stringify(Object.fromEntries(Object.entries(localStorage)));
    const storedBefore = stored();
    const formValue = () => JSON.parse(String(new FormData(form).get('assessment'))) as ScoreDetail;
    const scores = collect(el, 'score');
    try {
      // The applicant opens "Points per criterion" to try a what-if.
      $<HTMLElement>(el, '[part~="result"] [name="salary"]').closest('details')?.querySelector('summary')?.click();
      await whatIf(el, 'salary', '209,664,000');
      expect(scores.events).to.have.length(1);
      const scenario = scores.events[0]?.detail;
      expect(scenario?.scenario).to.equal(true);
      expect(scenario?.total).to.equal(assess(defaultRubric, { ...SME_APPLICANT, salary: 209664000 }).total);
      expect(scenario?.answers['salary']).to.equal(209664000);
      // What the applicant gave is untouched everywhere a host reads it.
      expect(el.answers).to.deep.equal(SME_APPLICANT);
      expect(el.result?.total).to.equal(66);
      expect(el.result?.scenario).to.equal(false);
      expect(formValue().total).to.equal(66);
      expect(formValue().answers['salary']).to.equal(SME_APPLICANT['salary']);
      expect(formValue().scenario).to.equal(false);
      expect(stored()).to.equal(storedBefore);
      // The UI says it is a what-if, next to the way back.
      expect(text($(el, '.scenario'))).to.contain('What if: +12 compared with your answers (66)');
      // Announced once, with its verdict: the status region, not the running line (hidden from screen readers here).
      expect(text($(el, '[role="status"]'))).to.equal('What if: you may qualify, 68 + 10 SME bonus = 78 of 100');

      button(el, 'Back to my result').click();
      await settle(el);
      expect(scores.events).to.have.length(2);
      expect(scores.events[1]?.detail.scenario).to.equal(false);
      expect(scores.events[1]?.detail.total).to.equal(66);
      expect($maybe(el, '.scenario')).to.equal(null);
      expect(text($(el, '[role="status"]'))).to.equal('');
      expect(($(el, '[part~="result"] [name="salary"]') as HTMLInputElement).value).to.equal('80,000,000');
      // The panel the applicant opened to try it stays open, to try another.
      expect(($(el, '[part~="result"] [name="salary"]').closest('details') as HTMLDetailsElement).open).to.equal(true);
    } finally {
      scores.stop();
      localStorage.clear();
    }
  });

  it('what-if in Korean: flagged as 가정, with the way back', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="ko"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    await whatIf(el, 'evidence', 'leading');
    expect(text($(el, '.scenario'))).to.contain('가정');
    expect(text($(el, '.scenario button'))).to.equal('내 결과로 돌아가기');
    expect(el.answers).to.deep.equal(SME_APPLICANT);
  });

  it('what-if in Chinese: the announcement says so with a full-width colon', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="zh-Hans"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    await whatIf(el, 'evidence', 'leading');
    expect(text($(el, '[role="status"]'))).to.match(/^假设情景：\S/);
  });

  it('changing a what-if back to the answer given ends the scenario', async () => {
    const el = await resultFor();
    await whatIf(el, 'evidence', 'leading');
    expect($maybe(el, '.scenario')).to.exist;
    await whatIf(el, 'evidence', SME_APPLICANT['evidence'] as string);
    expect($maybe(el, '.scenario')).to.equal(null);
  });

  it('what-if on a number: 4× GNI alone meets no Top-tier route, with a top-100 degree it does; a lower salary shows a minus delta', async () => {
    const el = await resultFor();
    const scores = collect(el, 'score');
    const highIncome = () =>
      text(
        $$(el, '[part~="pathway"]').find((route) =>
          text(route.querySelector('summary b')).startsWith(`${pathwayLabel('topTierHighIncome')} (`),
        ),
      );
    try {
      await whatIf(el, 'salary', '209,664,000');
      const raised = scores.events.at(-1)?.detail;
      expect(raised?.total).to.equal(78);
      expect(raised?.pathways['topTierHighIncome']).to.equal(false);
      expect(text($(el, '[part~="result"]'))).to.contain('+12 compared with your answers (66)');
      // Without a top degree or a top career, which these answers cannot change, the route is not open.
      expect(highIncome()).to.contain(`${pathwayLabel('topTierHighIncome')} (Not open to you on these answers)`);

      await whatIf(el, 'institution', 'top100');
      expect(scores.events.at(-1)?.detail.pathways['topTierHighIncome']).to.equal(true);
      expect(highIncome()).to.contain(`${pathwayLabel('topTierHighIncome')} (Met)`);

      await whatIf(el, 'institution', 'other');
      await whatIf(el, 'salary', '40000000');
      expect(scores.events.at(-1)?.detail.total).to.equal(58);
      expect(text($(el, '[part~="result"]'))).to.contain('−8 compared with your answers (66)');
    } finally {
      scores.stop();
    }
  });

  it('what-if offers a select per choice question and a field per number question, named by question id', async () => {
    const el = await resultFor();
    for (const question of defaultRubric.questions) {
      // The research years are not asked after a master's; SME_APPLICANT has no answer to show.
      if (question.id === 'postdocResearch') continue;
      const control = $maybe(el, `[part~="result"] [name="${question.id}"]`);
      const given = SME_APPLICANT[question.id];
      if (question.type === 'multi') {
        // Choose-all-that-apply: a checkbox per option, the ones given ticked.
        const boxes = $$<HTMLInputElement>(el, `[part~="result"] input[type="checkbox"][name="${question.id}"]`);
        expect(
          boxes.map((box) => box.value),
          question.id,
        ).to.deep.equal(question.options.map((option) => option.id));
        expect(
          boxes.filter((box) => box.checked).map((box) => box.value),
          question.id,
        ).to.deep.equal(given);
        continue;
      }
      expect(control?.localName, question.id).to.equal(question.type === 'choice' ? 'select' : 'input');
      // Numbers are shown as a person writes them (80,000,000).
      expect((control as HTMLSelectElement | HTMLInputElement | null)?.value, question.id).to.equal(
        typeof given === 'number' ? given.toLocaleString('en') : given,
      );
    }
  });

  it('"Change answers" goes back to step 1 with every answer kept and focus on the step heading', async () => {
    const el = await resultFor();
    button(el, 'Change answers').click();
    await settle(el);
    expect(progress(el)).to.match(/^Step 1 of \d+$/);
    expect(focused(el)).to.equal(stepHeading(el));
    expect(radio(el, 'jobOffer', 'yes').checked).to.equal(true);
    expect(radio(el, 'inKorea', 'no').checked).to.equal(true);
    await pressNext(el);
    expect(numberField(el, 'salary').value).to.equal('80,000,000');
    expect(el.answers).to.deep.equal(SME_APPLICANT);
  });

  it('"Print" opens the browser print dialog', async () => {
    const el = await resultFor(TOP_TIER_APPLICANT);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      button(el, 'Print').click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });

  it('printed, every disclosure shows its content (routes, assumptions, sources), however the reader left them', async () => {
    const el = await resultFor(TOP_TIER_APPLICANT);
    const closed = $$<HTMLDetailsElement>(el, '.result details:not([open])');
    expect(closed.length).to.be.above(3);
    const contentShown = () =>
      closed.map((details) => (details.querySelector(':scope > :not(summary)') as HTMLElement).checkVisibility());
    expect(contentShown()).to.deep.equal(closed.map(() => false));
    await emulateMedia({ media: 'print' });
    try {
      // Not the what-if panel: it does not print at all.
      expect(contentShown()).to.deep.equal(closed.map((details) => !details.classList.contains('no-print')));
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(closed.every((details) => !details.open)).to.equal(true);
  });

  it('a what-if printed says it is one: its banner prints, without the button', async () => {
    const el = await resultFor(SME_APPLICANT);
    await whatIf(el, 'salary', '160,000,000');
    const banner = $(el, '.scenario');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(banner).display).not.to.equal('none');
      expect(text(banner)).to.match(/^What if: \+\d+ compared with your answers \(66\)/);
      expect(getComputedStyle(button(el, 'Back to my result')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const lang of ['en', 'ko']) {
    it(`a what-if field given something that is not an answer shows the steps' error and keeps the text (${lang})`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await completeThroughUi(el, SME_APPLICANT);
      const scores = collect(el, 'score');
      const field = $<HTMLInputElement>(el, '[part~="result"] input[name="salary"]');
      await whatIf(el, 'salary', 'abc');
      expect(field.value).to.equal('abc');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const error = $(el, `#${field.getAttribute('aria-describedby')}`);
      expect(text(error)).to.match(
        lang === 'en' ? /^Error: Enter “.+” in won, for example 150,000,000/ : /^오류: .+원 단위로 입력해 주세요/,
      );
      // Money rules as in the steps: a number without its unit (150 million; 15000만) is asked about, not scored.
      await whatIf(el, 'salary', lang === 'en' ? '150' : '15000');
      expect(text(error)).to.contain(
        lang === 'en' ? 'Did you mean KRW 150,000,000 a year (150 million)?' : '연 150,000,000원(15,000만)',
      );
      expect(scores.events).to.have.length(0);
      expect(el.result?.total).to.equal(66);
      // The steps' one-click fix: a what-if of KRW 150,000,000.
      $<HTMLButtonElement>(el, '[part~="result"] .fix').click();
      await settle(el);
      expect(scores.events.at(-1)?.detail.answers['salary']).to.equal(150000000);
      expect(scores.events.at(-1)?.detail.scenario).to.equal(true);
      expect(field.value).to.equal('150,000,000');
      expect($maybe(el, '[part~="result"] .fix')).to.equal(null);
      await whatIf(el, 'salary', '1억 5천만');
      expect($maybe(el, `[part~="result"] .field-error`)).to.equal(null);
      expect(scores.events.at(-1)?.detail.answers['salary']).to.equal(150000000);
      scores.stop();
    });
  }

  it('a what-if field by keyboard (type, then Tab): a wrong text is pointed out, 7,5 years is 7.5, and a number typed another way is read as in the steps', async () => {
    const el = await resultFor();
    const scores = collect(el, 'score');
    $(el, '[part~="result"] details.no-print summary').click();
    /** Selects the field's text, types over it and leaves with Tab, as a person does. */
    const typeAndTab = async (questionId: string, typed: string) => {
      const field = $<HTMLInputElement>(el, `[part~="result"] input[name="${questionId}"]`);
      field.focus();
      field.select();
      await sendKeys({ type: typed });
      await sendKeys({ press: 'Tab' });
      await settle(el);
      return field;
    };
    try {
      const years = await typeAndTab('experience', 'abc');
      expect([years.value, years.getAttribute('aria-invalid')]).to.deep.equal(['abc', 'true']);
      expect(text($(el, `#${years.getAttribute('aria-describedby')}`))).to.match(/^Error: .*Years of work/);
      expect(scores.events).to.have.length(0);
      await typeAndTab('experience', '7,5');
      expect([years.value, years.getAttribute('aria-invalid')]).to.deep.equal(['7.5', 'false']);
      expect(scores.events.at(-1)?.detail.answers['experience']).to.equal(7.5);
      // Typed another way, a number is read as the steps read it.
      await typeAndTab('salary', '₩150000000');
      expect(scores.events.at(-1)?.detail.answers['salary']).to.equal(150000000);
    } finally {
      scores.stop();
    }
  });

  it('on a phone, the total stays in view (sticky) while a what-if field has focus', async () => {
    await onPhone(async () => {
      const el = await resultFor();
      const running = $(el, '.running');
      expect(getComputedStyle(running).position).not.to.equal('sticky');
      // The what-if fields are one click away (Points per criterion).
      const field = $<HTMLInputElement>(el, '[part~="result"] input[name="salary"]');
      (field.closest('details') as HTMLDetailsElement).open = true;
      field.focus();
      expect(getComputedStyle(running).position).to.equal('sticky');
    });
  });

  it('on a phone, the total is on screen beside a what-if field far down the result while it has focus', async () => {
    await onPhone(async () => {
      const el = await resultFor();
      // The last what-if field, screens below the top of the widget.
      const fields = $$<HTMLElement>(el, '[part~="result"] .what-if :is(input, select)');
      const field = fields.at(-1) as HTMLElement;
      (field.closest('details') as HTMLDetailsElement).open = true;
      field.scrollIntoView({ block: 'center' });
      field.focus();
      const total = $(el, '.running').getBoundingClientRect();
      expect(total.height, 'the total is shown').to.be.greaterThan(10);
      expect(total.top, 'the total is not above the screen').to.be.at.least(0);
      expect(total.bottom, 'the total is not below the screen').to.be.at.most(window.innerHeight);
      expect(field.getBoundingClientRect().top, 'the total does not cover the field').to.be.at.least(total.bottom);
    });
  });

  it('on a phone, a what-if field reached by Shift+Tab from below is never under the total that sticks (WCAG 2.4.11)', async () => {
    await onPhone(async () => {
      const el = await resultFor();
      const fields = $$<HTMLElement>(el, '[part~="result"] .what-if :is(input, select)');
      (fields[0]?.closest('details') as HTMLDetailsElement).open = true;
      // Focus on a field far down, then back up field by field: each one the browser scrolls to sits at the top.
      const last = fields.at(-1) as HTMLElement;
      last.scrollIntoView({ block: 'end' });
      last.focus();
      for (let step = 0; step < fields.length - 1; step++) {
        // Shift held around Tab: the Chromium launcher presses one key at a time.
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        const field = el.shadowRoot?.activeElement as HTMLElement;
        if (!field.matches('.what-if :is(input, select)')) continue;
        const total = $(el, '.meta').getBoundingClientRect();
        const box = field.getBoundingClientRect();
        expect(box.top, `${field.getAttribute('name')} is not under the total`).to.be.at.least(total.bottom - 1);
      }
    });
  });

  it('keeps focus on the result after Restore removes its own button', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    const degree = $<HTMLSelectElement>(el, '[part~="result"] select[name="degree"]');
    degree.value = 'doctorate';
    degree.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    const restore = $$<HTMLButtonElement>(el, '[part~="result"] button').find(
      (button) => text(button) === 'Back to my result',
    );
    restore?.click();
    await settle(el);
    expect(el.result?.total).to.equal(66);
    expect(focused(el)).to.equal($(el, '#result-title'));
  });

  it('does not suggest changing an answer the host fixed', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en" employer-size="large"></ktech-pass-assessment>`);
    await completeThroughUi(el, SME_APPLICANT);
    expect(text($(el, '[part~="result"] ol'))).not.to.contain('Size of the hiring firm');
  });
});

describe('the result summary card', () => {
  const NEAR_MISS = { ...SME_APPLICANT, employerSize: 'large' };
  const NOT_MET = APPLICANTS.bachelorSme;
  const card = (el: Widget) => $(el, '[part~="result"] [part~="score"]');
  const qualitative = (lang: 'en' | 'ko') =>
    defaultRubric.pathways.find((pathway) => pathway.id === 'qualitative')?.label[lang] ?? '';

  it('met: the verdict, the route, the two answers that weigh most, how sure, and the next step with its link', async () => {
    const el = await resultFor();
    const summary = text(card(el));
    expect(summary).to.match(/^Through: /);
    expect(text($(el, '#result-title'))).to.equal('You may qualify');
    expect(summary).to.contain(`Through: ${pathwayLabel('qualitative')}`);
    expect(summary).to.contain(
      `Weighing most: ${questionOf('employerSize').label.en}: Small or medium-sized enterprise (SME) (10 points); ${questionOf('degree').label.en}: Master's degree (10 points)`,
    );
    expect(text(card(el)).match(/\(\d+ points\)/g)).to.have.length(2);
    expect(summary).to.contain(`How sure: ${defaultRubric.passMark.assumption?.en}`);
    const next = defaultRubric.pathways.find((pathway) => pathway.id === 'qualitative')?.next?.[0];
    const link = card(el).querySelector('a');
    expect(link?.getAttribute('href')).to.equal(next?.url);
    expect(text(link)).to.equal(next?.text.en);
    expect(summary).to.contain(`Your next step: ${next?.text.en}`);
    // The card comes first, right under the heading.
    expect($(el, '#result-title').nextElementSibling).to.equal(card(el));
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`near miss: the nearest route and exactly what it lacks (${lang})`, async () => {
      const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
      await completeThroughUi(el, NEAR_MISS);
      expect(el.result?.total).to.equal(56);
      const summary = text(card(el));
      expect(summary).to.contain(
        lang === 'en'
          ? `Nearest route: ${qualitative('en')}. What is missing:`
          : `가장 가까운 경로: ${qualitative('ko')}`,
      );
      expect($$(el, '[part~="score"] .gaps > li').map((item) => text(item))).to.deep.equal([
        lang === 'en'
          ? '4 points short of the pass mark (up to you)'
          : '합격 기준까지 4점 부족 (직접 준비해 충족 가능)',
      ]);
      // No route's next step for a route not met; where else to look instead (the scope line and its links).
      expect(text(card(el))).not.to.contain(lang === 'en' ? 'Your next step' : '다음 단계');
      expect(
        $$(el, '[part~="score"] a').every((link) => link.closest('.scope')),
        'only the scope links',
      ).to.equal(true);
      expect($$(el, '[part~="score"] .scope a').length).to.be.above(0);
    });
  }

  it('not met: the nearest open route (the qualitative track) with its one or two changeable gaps, and where else to look', async () => {
    const el = await resultFor(NOT_MET);
    expect(text($(el, '#result-title'))).to.equal('You do not qualify yet on these answers');
    expect(text(card(el))).to.contain(`Nearest route: ${qualitative('en')}`);
    const gaps = $$(el, '[part~="score"] .gaps > li').map((item) => text(item));
    expect(gaps.length).to.be.within(1, 2);
    expect(gaps.join(' ')).to.match(/points short of the pass mark/);
    // The scope line and its links to the other visas.
    expect($(el, '[part~="score"] .scope')).to.exist;
    expect($$(el, '[part~="score"] .scope a').length).to.be.above(0);
  });

  it('flags an answer that meets a threshold by a hair: a salary 0.03% above 3× GNI', async () => {
    const el = await resultFor({ ...TOP_TIER_APPLICANT, salary: 157300000 });
    expect(el.result?.pathways['topTierStandard']).to.equal(true);
    expect(text(card(el))).to.contain(
      `How sure: ${questionOf('salary').label.en} meets 3× GNI per capita with less than 1% to spare`,
    );
    el.lang = 'ko';
    await settle(el);
    expect(text(card(el))).to.contain('기준(1인당 국민총소득의 3배)을 1% 미만의 차이로 충족합니다');
    const clear = await resultFor(TOP_TIER_APPLICANT);
    expect(text(card(clear))).not.to.contain('to spare');
  });

  it('a salary exactly at 3× GNI is a close call, worded for a threshold met, not cleared', async () => {
    const el = await resultFor({ ...TOP_TIER_APPLICANT, salary: 157_248_000 });
    expect(el.result?.pathways['topTierStandard']).to.equal(true);
    expect(text(card(el))).to.contain('meets 3× GNI per capita with less than 1% to spare');
    expect(text(card(el))).not.to.match(/\b0(\.0+)?%/);
  });

  it('a close call on years names the unit: "meets 8 years"', async () => {
    const el = await resultFor({ ...TOP_TIER_APPLICANT, experience: 8 });
    expect(el.result?.pathways['topTierStandard']).to.equal(true);
    expect(text(card(el))).to.contain(`${questionOf('experience').label.en} meets 8 years with less than 1% to spare`);
  });

  it('no close call where nothing depends on it: thresholds of routes not met are not listed', async () => {
    // A bachelor's degree fails Top-tier route 가; the qualitative track, met, reads no salary or years.
    const el = await resultFor({ ...TOP_TIER_APPLICANT, degree: 'bachelors', salary: 157_248_000, experience: 8 });
    expect(el.result?.pathways['topTierStandard']).to.equal(false);
    expect(el.result?.pathways['qualitative']).to.equal(true);
    const howSure = (widget: Widget) => text($$(widget, '.card p').find((p) => text(p).startsWith('How sure')));
    for (const id of ['salary', 'experience']) expect(howSure(el)).not.to.contain(questionOf(id).label.en);
    // Nothing met at all: nothing to reverse.
    const none = await resultFor({
      ...TOP_TIER_APPLICANT,
      jobOffer: 'not-yet',
      degree: 'bachelors',
      salary: 157_248_000,
      experience: 8,
    });
    expect(none.result?.eligible).to.equal(false);
    for (const id of ['salary', 'experience']) expect(howSure(none)).not.to.contain(questionOf(id).label.en);
    expect(howSure(none)).to.contain('How sure:');
  });

  it('at 360 px the whole result fits in three viewport heights with every disclosure closed (met, near miss, not met; en and ko)', async () => {
    await onPhone(async () => {
      for (const lang of ['en', 'ko']) {
        for (const answers of [SME_APPLICANT, NEAR_MISS, NOT_MET, TOP_TIER_APPLICANT]) {
          const el = await mount(html`<ktech-pass-assessment lang=${lang}></ktech-pass-assessment>`);
          await completeThroughUi(el, answers);
          expect($$<HTMLDetailsElement>(el, 'details').some((details) => details.open)).to.equal(false);
          expect(el.getBoundingClientRect().height, `${lang} ${JSON.stringify(answers)}`).to.be.at.most(
            3 * window.innerHeight,
          );
          el.remove();
        }
      }
    });
  });
});

describe('the summary card with a host rubric', () => {
  it('a salary short of a route names the exact amount: "KRW 5,000,000 below 4× GNI per capita" (en and ko)', async () => {
    const el = await mount(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`);
    // Only the 4× GNI route: everything else of the Top-tier applicant meets it.
    const rubric = structuredClone(defaultRubric) as unknown as { pathways: { id: string }[] };
    rubric.pathways = rubric.pathways.filter((pathway) => pathway.id === 'topTierHighIncome');
    el.rubric = rubric;
    await settle(el);
    const gni = defaultRubric.parameters.find((parameter) => parameter.id === 'gni')?.value ?? 0;
    await completeThroughUi(el, { ...TOP_TIER_APPLICANT, salary: 4 * gni - 5000000 });
    expect(el.result?.eligible).to.equal(false);
    expect($$(el, '[part~="score"] .gaps > li').map((item) => text(item))).to.deep.equal([
      `${questionOf('salary').label.en}: KRW 5,000,000 below 4× GNI per capita (a better or another offer)`,
    ]);
    el.lang = 'ko';
    await settle(el);
    // A host rubric speaks its own languages: the frame is Korean, the rubric texts fall back to English.
    expect(text($(el, '[part~="score"] .gaps > li'))).to.contain('GNI per capita의 4배보다 5,000,000원 부족');
  });
});
