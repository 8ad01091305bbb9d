// The answers store, without a page: one save point, the page's prefill laid
// over what is there, and answers a rubric cannot take set aside, not lost.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswersStore } from '../../src/components/state/answers-store.js';
import { defaultRubric } from '../../src/rubric/index.js';
import type { Rubric } from '../../src/rubric/types.js';

/** A store whose host counts render requests and whose save point counts saves. */
function store() {
  const counts = { renders: 0, saves: 0 };
  const host = {
    addController() {},
    removeController() {},
    requestUpdate: () => void counts.renders++,
    updateComplete: Promise.resolve(true),
  };
  return { counts, answers: new AnswersStore(host, () => void counts.saves++) };
}

/** The built-in rubric without one of its questions: answers to it do not fit. */
const without = (id: string): Rubric => ({
  ...defaultRubric,
  questions: defaultRubric.questions.filter((question) => question.id !== id),
  steps: defaultRubric.steps.map((step) => ({ ...step, questions: step.questions.filter((q) => q !== id) })),
});

describe('answers store', () => {
  it('saves once per answer that changes, and not for the same answer again', () => {
    const { counts, answers } = store();
    assert.equal(answers.answer('inKorea', 'yes'), true);
    assert.equal(answers.answer('inKorea', 'yes'), false);
    assert.equal(answers.answer('inKorea', undefined), true);
    assert.deepEqual(answers.given, {});
    assert.equal(counts.saves, 2);
  });

  it('never edits an answers object in place: each change is a new one', () => {
    const { answers } = store();
    answers.answer('inKorea', 'yes');
    const before = answers.given;
    answers.answer('salary', 60_000_000);
    assert.notEqual(answers.given, before);
    assert.deepEqual(before, { inKorea: 'yes' });
  });

  it("with persist, the page's first prefill is laid over the answers there; later ones replace them", () => {
    const { answers } = store();
    answers.addStored({ inKorea: 'yes' });
    answers.fromHost({ jobOffer: 'yes' }, defaultRubric, true);
    assert.deepEqual(answers.given, { inKorea: 'yes', jobOffer: 'yes' });
    answers.fromHost({ degree: 'masters' }, defaultRubric, true);
    assert.deepEqual(answers.given, { degree: 'masters' });
  });

  it('the same prefill again changes nothing and keeps what is being typed', () => {
    const { answers } = store();
    answers.fromHost({ jobOffer: 'yes' }, defaultRubric, false);
    answers.type('salary', '55,000,0');
    assert.equal(answers.fromHost({ jobOffer: 'yes' }, defaultRubric, false), null);
    assert.deepEqual(answers.typed, { salary: '55,000,0' });
  });

  it('reports a prefill entry the rubric cannot take, keeping the answer it would have replaced', () => {
    const { answers } = store();
    answers.answer('inKorea', 'yes');
    const unkept = answers.fromHost({ inKorea: 'maybe' }, defaultRubric, false);
    assert.deepEqual(
      unkept?.issues.map((issue) => issue.path),
      ['inKorea'],
    );
    assert.equal(answers.given.inKorea, 'yes');
  });

  it('a rubric without a question sets its answer aside, and the answer comes back with a rubric that has it', () => {
    const { answers } = store();
    answers.answer('inKorea', 'yes');
    answers.answer('jobOffer', 'yes');
    const { issues } = answers.fit(without('inKorea'));
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['inKorea'],
    );
    assert.deepEqual(answers.given, { jobOffer: 'yes' });
    // Set aside before: not news again.
    assert.deepEqual(answers.fit(defaultRubric).issues, []);
    assert.deepEqual(answers.given, { jobOffer: 'yes', inKorea: 'yes' });
  });

  it('clear leaves no answer, nothing typed and nothing set aside', () => {
    const { answers } = store();
    answers.answer('inKorea', 'yes');
    answers.fit(without('inKorea'));
    answers.type('salary', '5');
    answers.clear();
    answers.fit(defaultRubric);
    assert.deepEqual(answers.given, {});
    assert.deepEqual(answers.typed, {});
  });
});
