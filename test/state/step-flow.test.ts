// The step flow, without a page: where Next, Back and the rest take the applicant, and which errors show.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as flow from '../../src/components/state/step-flow.js';

const on = (view: flow.View, fieldErrors: Record<string, string> = {}): flow.Flow => ({
  view,
  fieldErrors,
  summaryStep: -1,
});

describe('step flow', () => {
  it('Next on a step with errors stays there, shows them with the summary and focuses it', () => {
    const move = flow.next(on(1), [0, 1, 2], { salary: 'Answer this' });
    assert.deepEqual(move.flow, { view: 1, fieldErrors: { salary: 'Answer this' }, summaryStep: 1 });
    assert.equal(move.focus, '#error-summary');
    assert.ok(!move.reachedResult);
  });

  it('Next passes over steps that ask nothing now and focuses the new step heading', () => {
    const move = flow.next(on(0, { salary: 'old' }), [0, 2], {});
    assert.deepEqual(move.flow, { view: 2, fieldErrors: {}, summaryStep: -1 });
    assert.equal(move.focus, '#step-title');
  });

  it('Next on the last step that asks anything reaches the result', () => {
    const move = flow.next(on(2), [0, 2], {});
    assert.equal(move.flow.view, 'result');
    assert.equal(move.reachedResult, true);
    assert.equal(move.focus, '#result-title,#result-loading');
  });

  it('Next on the result moves nothing', () => {
    const start = on('result');
    assert.equal(flow.next(start, [0], {}).flow, start);
  });

  it('Back goes to the previous step that asks anything, clearing errors; on the first it stays', () => {
    const move = flow.back(on(3, { a: 'x' }), [0, 1, 3]);
    assert.deepEqual(move.flow, { view: 1, fieldErrors: {}, summaryStep: -1 });
    assert.equal(move.focus, '#step-title');
    const first = on(0);
    assert.equal(flow.back(first, [0, 1]).flow, first);
    assert.equal(flow.back(first, [0, 1]).focus, undefined);
  });

  it('"Change answers" goes back to the first step', () => {
    const move = flow.changeAnswers(on('result'));
    assert.equal(move.flow.view, 0);
    assert.equal(move.focus, '#step-title');
  });

  it('reportValidity shows the step of the first unanswered question with its summary', () => {
    assert.deepEqual(flow.showInvalid(on('result'), 1, { a: 'Answer this' }), {
      view: 1,
      fieldErrors: { a: 'Answer this' },
      summaryStep: 1,
    });
  });

  it('an answer removes only its own error, and leaving a field adds one only when there is one', () => {
    const start = on(0, { a: 'x', b: 'y' });
    assert.deepEqual(flow.answered(start, 'a').fieldErrors, { b: 'y' });
    assert.equal(flow.answered(start, 'c'), start);
    assert.deepEqual(flow.leftField(start, 'c', 'z').fieldErrors, { a: 'x', b: 'y', c: 'z' });
    assert.equal(flow.leftField(start, 'c', undefined), start);
  });

  it('a rubric with fewer steps brings a step past its end back to the first', () => {
    assert.equal(flow.fitSteps(on(4), 3).view, 0);
    assert.equal(flow.fitSteps(on(2), 3).view, 2);
    assert.equal(flow.fitSteps(on('result'), 1).view, 'result');
  });

  it('history gives back a step the rubric has, or the result when complete; anything else is ignored', () => {
    assert.equal(flow.restoreView(on(0), 2, 3).view, 2);
    assert.equal(flow.restoreView(on(0), 3, 3).view, 0);
    assert.equal(flow.restoreView(on(0), -1, 3).view, 0);
    assert.equal(flow.restoreView(on(0), 'result', 3, true).view, 'result');
    assert.equal(flow.restoreView(on(0), 'result', 3, false).view, 0);
    // No rubric yet: any step, and the result, are taken (the rubric's arrival checks them).
    assert.equal(flow.restoreView(on(0), 7).view, 7);
    assert.equal(flow.restoreView(on(0), 'result').view, 'result');
    assert.equal(flow.restoreView(on(0), '2', 3).view, 0);
  });

  it('a result view that failed to load goes back to the last step', () => {
    assert.equal(flow.resultFailed(on('result'), 2).view, 2);
    assert.equal(flow.resultFailed(on('result'), undefined).view, 0);
    assert.equal(flow.resultFailed(on(1), 2).view, 1);
  });

  it('walking Next from the first step visits exactly the steps that ask something, in order, then the result', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 1 }), (asked) => {
        const steps = [...asked].sort((a, b) => a - b);
        let state = on(steps[0] as number);
        const visited: flow.View[] = [state.view];
        for (let i = 0; i < steps.length; i++) {
          state = flow.next(state, steps, {}).flow;
          visited.push(state.view);
        }
        assert.deepEqual(visited, [...steps, 'result']);
      }),
    );
  });

  it('Back after Next returns to the step Next left, whatever the steps', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 2 }), fc.nat(), (asked, pick) => {
        const steps = [...asked].sort((a, b) => a - b);
        const from = steps[pick % (steps.length - 1)] as number;
        const forward = flow.next(on(from), steps, {}).flow;
        assert.equal(flow.back(forward, steps).flow.view, from);
      }),
    );
  });

  it('moves never edit the flow they are given', () => {
    const start = Object.freeze(on(1, Object.freeze({ a: 'x' }) as Record<string, string>));
    flow.next(start, [0, 1, 2], {});
    flow.back(start, [0, 1]);
    flow.answered(start, 'a');
    flow.leftField(start, 'b', 'y');
    flow.withoutErrors(start);
    assert.deepEqual(start, on(1, { a: 'x' }));
  });
});
