// A React 19 app using the wrapper from `ktech-pass-assessment/react`: it runs
// in the page, bundled by esbuild for test/dist/node/react-wrapper.test.ts.
// Typed: tsc checks that the handlers receive the element's CustomEvents with
// typed details.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { KtechPassAssessment, type AnswerDetail, type ScoreDetail } from 'ktech-pass-assessment/react';
import { completeAssessment, until } from './drive.js';

interface Recorded {
  scores: ScoreDetail[];
  answers: AnswerDetail[];
  errors: string[];
}
const recorded: Recorded = { scores: [], answers: [], errors: [] };

function App() {
  const [total, setTotal] = useState<number | null>(null);
  return createElement(
    'main',
    null,
    createElement(KtechPassAssessment, {
      employerSize: 'sme',
      onScore: (event: CustomEvent<ScoreDetail>) => {
        recorded.scores.push(event.detail);
        setTotal(event.detail.total);
      },
      onAnswer: (event) => recorded.answers.push(event.detail),
      onAssessmentError: (event) => recorded.errors.push(event.detail.message),
    }),
    createElement('p', { id: 'total' }, total === null ? 'no score yet' : `React saw ${total}`),
  );
}

const container = document.createElement('div');
document.body.append(container);
createRoot(container).render(createElement(App));

Object.assign(window, {
  reactWrapperTest: async () => {
    const widget = await until(() => document.querySelector('ktech-pass-assessment'), 'React to render the element');
    const detail = await completeAssessment(widget);
    await until(
      () => document.getElementById('total')?.textContent?.startsWith('React saw'),
      'React to re-render with the score',
    );
    return {
      employerSize:
        widget.getAttribute('employer-size') ?? (widget as HTMLElement & { employerSize?: string }).employerSize,
      eventTotal: detail['total'],
      handlerTotals: recorded.scores.map((score) => score.total),
      answerEvents: recorded.answers.length,
      errors: recorded.errors,
      text: document.getElementById('total')?.textContent,
    };
  },
});
