// The answers only the other visas ask, kept with `persist` under their own key: two tabs of the
// page follow each other's changes (a real `storage` event, as the browser sends it to the other
// tab), so neither loses what the other gave; what is stored there and cannot be used is reported
// like the main answers' stored problems, the valid rest kept; reset() clears them in every tab;
// the `storage` listener goes with the element.
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, $maybe, collect, completeThroughUi, mount, settle, text, type Widget } from './helpers.js';
import { answerVisaStep, sectionLoaded, UNDERPAID } from './other-visas-helpers.js';

/** The key both tabs store the other visas' answers under (`persist-key="visas"`). */
const KEY = 'ktech-pass-assessment[visas]:other-visas@1';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;

/**
 * What the browser does in the other tabs when one tab writes to localStorage: both widgets share
 * this page, so each hears it (the one that wrote has nothing to follow).
 */
function otherTabsHear(key: string): void {
  dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }));
}

/** Two widgets storing under one key, as two tabs of one page do, each on the result with the section open. */
async function twoTabs(): Promise<[Widget, Widget]> {
  const box = await fixture<HTMLElement>(html`<div>
    <ktech-pass-assessment lang="en" id="tab-a" persist persist-key="visas"></ktech-pass-assessment>
    <ktech-pass-assessment lang="en" id="tab-b" persist persist-key="visas"></ktech-pass-assessment>
  </div>`);
  const [a, b] = [...box.querySelectorAll<Widget>('ktech-pass-assessment')] as [Widget, Widget];
  for (const el of [a, b]) {
    await settle(el);
    await completeThroughUi(el, UNDERPAID);
    await sectionLoaded(el);
  }
  return [a, b];
}

/** Answers one question of the section's step, as a person does, without pressing its button. */
async function give(el: Widget, id: string, value: string | number): Promise<void> {
  await answerVisaStep(el, { [id]: value }, false);
  otherTabsHear(KEY);
  await settle(el);
}

const ageField = (el: Widget) => $<HTMLInputElement>(el, '.visa-step input[name="age"]');
const levelShown = (el: Widget) =>
  $$<HTMLInputElement>(el, '.visa-step input[name="koreanLevel"]').find((input) => input.checked)?.value;

describe("the other visas' stored answers", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('two tabs of the page', () => {
    it("each follows the other's answers, and a reload keeps what both gave", async () => {
      const [a, b] = await twoTabs();
      await give(a, 'age', 30);
      expect(stored()).to.deep.equal({ age: 30 });
      await settle(b);
      expect(ageField(b).value, 'the age shows in the other tab').to.equal('30');
      await give(b, 'koreanLevel', 'level-5');
      expect(stored(), 'the age typed in the other tab is kept').to.deep.equal({ age: 30, koreanLevel: 'level-5' });
      await settle(a);
      expect(levelShown(a), 'the level shows in the other tab').to.equal('level-5');
      for (const el of [a, b]) expect(el.result?.otherAnswers).to.deep.equal({ age: 30, koreanLevel: 'level-5' });

      // The latest change of an answer wins, whichever tab made it.
      await give(b, 'age', 31);
      await settle(a);
      await give(a, 'koreanLevel', 'level-4');
      await settle(b);
      for (const el of [a, b]) expect(el.result?.otherAnswers).to.deep.equal({ age: 31, koreanLevel: 'level-4' });

      a.remove();
      b.remove();
      const again = await mount(
        html`<ktech-pass-assessment lang="en" persist persist-key="visas"></ktech-pass-assessment>`,
      );
      await completeThroughUi(again, UNDERPAID);
      await sectionLoaded(again);
      expect(again.result?.otherAnswers).to.deep.equal({ age: 31, koreanLevel: 'level-4' });
    });

    it('a reset() in one tab clears them in the other; a change there is checked like any stored answer', async () => {
      const [a, b] = await twoTabs();
      await give(a, 'age', 30);
      await give(b, 'koreanLevel', 'level-5');
      const errors = collect(b, 'assessment-error');
      localStorage.setItem(KEY, JSON.stringify({ age: -1, koreanLevel: 'level-5' }));
      otherTabsHear(KEY);
      await settle(b);
      expect(b.result?.otherAnswers, 'the valid rest followed').to.deep.equal({ koreanLevel: 'level-5' });
      expect(errors.events.flatMap((event) => event.detail.issues.map((issue) => issue.path))).to.deep.equal([
        'storage.age',
      ]);
      errors.stop();

      a.reset();
      expect(localStorage.getItem(KEY), 'reset() removes them').to.equal(null);
      otherTabsHear(KEY);
      await settle(b);
      expect(b.result?.otherAnswers ?? {}).to.deep.equal({});
      expect(stored(), 'and nothing is written back').to.equal(null);
    });

    it("another widget's key, or storage without persist, changes nothing", async () => {
      const [a, b] = await twoTabs();
      await give(a, 'age', 30);
      localStorage.setItem('ktech-pass-assessment[elsewhere]:other-visas@1', '{"age":40}');
      otherTabsHear('ktech-pass-assessment[elsewhere]:other-visas@1');
      await settle(b);
      expect(b.result?.otherAnswers).to.deep.equal({ age: 30 });
      b.persist = false;
      await settle(b);
      localStorage.setItem(KEY, '{"age":40}');
      otherTabsHear(KEY);
      await settle(b);
      expect(b.result?.otherAnswers).to.deep.equal({ age: 30 });
    });
  });

  describe('what is stored and cannot be used', () => {
    const restored = async (value: string) => {
      localStorage.setItem(KEY, value);
      const el = await mount(
        html`<ktech-pass-assessment lang="en" persist persist-key="visas"></ktech-pass-assessment>`,
      );
      const errors = collect(el, 'assessment-error');
      await completeThroughUi(el, UNDERPAID);
      await sectionLoaded(el);
      errors.stop();
      return { el, events: errors.events.filter((event) => event.detail.issues[0]?.path.startsWith('storage')) };
    };

    it('text that is not JSON: an assessment-error and a notice, as for the main answers', async () => {
      const { el, events } = await restored('{');
      expect(events.map((event) => event.detail)).to.deep.equal([
        {
          message: 'Some answers could not be used and were left out.',
          issues: [{ path: 'storage', message: 'answers must be an object keyed by question id' }],
        },
      ]);
      expect(text($(el, '.problem'))).to.include('Some answers could not be used and were left out.');
      expect(el.result?.otherAnswers).to.deep.equal({});
    });

    it('an invalid answer and a key no visa asks are each named, and the valid rest is kept', async () => {
      const { el, events } = await restored('{"age":"x","nope":1,"koreanLevel":"level-5"}');
      expect(events).to.have.length(1);
      expect(events[0]?.detail.message).to.equal('Some answers could not be used and were left out.');
      expect(events[0]?.detail.issues).to.deep.equal([
        { path: 'storage.age', message: '"x" is not a number; expected a finite number' },
        { path: 'storage.nope', message: '"nope" is not a question of rubric other-visas' },
      ]);
      expect(text($(el, '.problem'))).to.include('storage.nope');
      expect(el.result?.otherAnswers).to.deep.equal({ koreanLevel: 'level-5' });
    });
  });

  it('the storage listener is removed with the element and back when it is attached again', async () => {
    const listening = new Set<unknown>();
    const { addEventListener: add, removeEventListener: remove } = window;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'storage') listening.add(args[1]);
      return add.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      if (args[0] === 'storage') listening.delete(args[1]);
      return remove.apply(this, args);
    } as Window['removeEventListener'];
    try {
      const el = await mount(
        html`<ktech-pass-assessment lang="en" persist persist-key="visas"></ktech-pass-assessment>`,
      );
      await completeThroughUi(el, UNDERPAID);
      await sectionLoaded(el);
      expect(listening.size, 'the main answers and the other visas each listen').to.equal(2);
      const parent = el.parentElement as HTMLElement;
      el.remove();
      expect(listening.size).to.equal(0);
      localStorage.setItem(KEY, '{"age":40}');
      otherTabsHear(KEY);
      parent.append(el);
      await settle(el);
      expect(listening.size).to.equal(2);
      localStorage.setItem(KEY, '{"age":41}');
      otherTabsHear(KEY);
      await settle(el);
      expect(el.result?.otherAnswers).to.deep.equal({ age: 41 });
      expect($maybe(el, '.problem')).to.equal(null);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });
});
