// The answers are one store with one save point: whatever changes them (a
// field, the page's prefill, a rubric switch, a new persist key, another tab
// of the page) goes through it, and none of them loses an answer. Small
// rubrics written out here keep the tests off the built-in rubric's ids.
import { expect, html } from '@open-wc/testing';
import type { Rubric } from '../../src/rubric/index.js';
import { smallRubric } from './fixtures/small-rubric.js';
import { $$, choose, collect, mount, settle, text, typeNumber, type Widget } from './helpers.js';

const RUBRIC = smallRubric('store');
const keyOf = (instance: string, rubric: Rubric = RUBRIC) =>
  `ktech-pass-assessment[${instance}]:${rubric.id}@${rubric.version}`;
const storedAt = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;

async function widget(
  template = html`<ktech-pass-assessment lang="en" persist id="tab"></ktech-pass-assessment>`,
  rubric: Rubric = RUBRIC,
): Promise<Widget> {
  const el = await mount(template);
  el.rubric = rubric;
  await settle(el);
  return el;
}

/** What the browser does in this tab when another tab of the page writes to localStorage. */
function otherTabWrites(key: string, value: unknown): void {
  const newValue = value === null ? null : JSON.stringify(value);
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
}

describe('answers: one store with one save point', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('two tabs of the page', () => {
    it("follows another tab's answers, and a reload keeps what both tabs answered", async () => {
      const el = await widget();
      otherTabWrites(keyOf('tab'), { qChoice: 'yes' });
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'yes' });
      // The choice shows in this tab too.
      expect($$<HTMLInputElement>(el, 'input[type=radio]').find((input) => input.checked)?.value).to.equal('yes');
      await typeNumber(el, 'qSalary', '80,000,000');
      expect(storedAt(keyOf('tab'))).to.deep.equal({ qChoice: 'yes', qSalary: 80_000_000 });
      const reloaded = await widget(html`<ktech-pass-assessment lang="en" persist id="tab"></ktech-pass-assessment>`);
      expect(reloaded.answers).to.deep.equal({ qChoice: 'yes', qSalary: 80_000_000 });
    });

    it('a reset in another tab clears the answers here, and a change there is checked like any stored answer', async () => {
      const el = await widget();
      await choose(el, 'qChoice', 'no');
      const errors = collect(el, 'assessment-error');
      otherTabWrites(keyOf('tab'), { qChoice: 'maybe' });
      await settle(el);
      expect(el.answers).to.deep.equal({});
      expect(errors.events.map((event) => event.detail.issues[0]?.path)).to.include('storage.qChoice');
      await choose(el, 'qChoice', 'yes');
      otherTabWrites(keyOf('tab'), null);
      await settle(el);
      expect(el.answers).to.deep.equal({});
      errors.stop();
    });

    it("another widget's key, or storage without persist, changes nothing", async () => {
      const el = await widget();
      await choose(el, 'qChoice', 'no');
      otherTabWrites(keyOf('elsewhere'), { qChoice: 'yes' });
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'no' });
      el.persist = false;
      await settle(el);
      otherTabWrites(keyOf('tab'), { qChoice: 'yes' });
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'no' });
    });
  });

  describe('a key set after the first render', () => {
    it('persist-key: the answers stored under it are restored, then kept with the next answer', async () => {
      localStorage.setItem(keyOf('late'), JSON.stringify({ qChoice: 'yes' }));
      const el = await widget(html`<ktech-pass-assessment lang="en" persist></ktech-pass-assessment>`);
      expect(el.answers).to.deep.equal({});
      el.persistKey = 'late';
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'yes' });
      await typeNumber(el, 'qSalary', '80,000,000');
      expect(storedAt(keyOf('late'))).to.deep.equal({ qChoice: 'yes', qSalary: 80_000_000 });
    });

    it('id (which re-renders nothing): the next answer first restores what is stored under it, never overwrites it', async () => {
      localStorage.setItem(keyOf('late-id'), JSON.stringify({ qChoice: 'yes' }));
      const el = await widget(html`<ktech-pass-assessment lang="en" persist></ktech-pass-assessment>`);
      el.id = 'late-id';
      await typeNumber(el, 'qSalary', '80,000,000');
      expect(storedAt(keyOf('late-id'))).to.deep.equal({ qChoice: 'yes', qSalary: 80_000_000 });
      expect(el.answers).to.deep.equal({ qChoice: 'yes', qSalary: 80_000_000 });
    });
  });

  describe('rubric A → B → A', () => {
    it('without persist, the answers B set aside come back with A, and only the first switch reports them', async () => {
      const a = smallRubric('rubric-a');
      const b = smallRubric('rubric-b', 'other');
      const el = await widget(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`, a);
      await choose(el, 'qChoice', 'yes');
      await typeNumber(el, 'qSalary', '80,000,000');
      const errors = collect(el, 'assessment-error');
      el.rubric = b;
      await settle(el);
      expect(el.answers).to.deep.equal({});
      expect(errors.events).to.have.length(1);
      expect(text($$(el, '.problem')[0])).to.contain('set aside');
      await choose(el, 'otherChoice', 'no');
      el.rubric = a;
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'yes', qSalary: 80_000_000 });
      // B's own answer is set aside in turn, and comes back with B.
      el.rubric = b;
      await settle(el);
      expect(el.answers).to.deep.equal({ otherChoice: 'no' });
      errors.stop();
    });

    it('where B asks the same question another way, A gets its own answer back, and B its', async () => {
      const a = smallRubric('rubric-a');
      // B asks qSalary as a choice: A's amount does not fit it, and B's choice does not fit A.
      const b = smallRubric('rubric-b');
      const asChoice = b.questions.find((question) => question.id === 'qChoice');
      (b as { questions: unknown[] }).questions = b.questions.map((question) =>
        question.id === 'qSalary' ? { ...asChoice, id: 'qSalary', label: { en: 'Salary band' } } : question,
      );
      const el = await widget(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`, a);
      await choose(el, 'qChoice', 'yes');
      await typeNumber(el, 'qSalary', '80,000,000');
      el.rubric = b;
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'yes' });
      await choose(el, 'qSalary', 'no');
      el.rubric = a;
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'yes', qSalary: 80_000_000 });
      el.rubric = b;
      await settle(el);
      expect(el.answers).to.deep.equal({ qChoice: 'yes', qSalary: 'no' });
    });

    it('reset() forgets what was set aside', async () => {
      const a = smallRubric('rubric-a');
      const el = await widget(html`<ktech-pass-assessment lang="en"></ktech-pass-assessment>`, a);
      await choose(el, 'qChoice', 'yes');
      el.rubric = smallRubric('rubric-b', 'other');
      await settle(el);
      el.reset();
      el.rubric = a;
      await settle(el);
      expect(el.answers).to.deep.equal({});
    });
  });
});
