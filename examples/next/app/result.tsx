'use client';
// The applicant's result, heard from the widget's `score` event; a what-if tried on the result, or an unfinished
// assessment, is not shown as a result.
import { useEffect, useState } from 'react';
import type { ScoreDetail } from 'ktech-pass-assessment';

export function Result() {
  const [score, setScore] = useState<ScoreDetail | null>(null);
  useEffect(() => {
    const widget = document.querySelector('ktech-pass-assessment');
    const onScore = (event: CustomEvent<ScoreDetail>) => {
      if (event.detail.scenario) return;
      setScore(event.detail.complete ? event.detail : null);
    };
    widget?.addEventListener('score', onScore);
    return () => widget?.removeEventListener('score', onScore);
  }, []);
  return (
    <p id="score-line" role="status">
      {score ? `Estimated score: ${score.total} (pass mark ${score.passMark}), ${score.eligible ? 'may qualify' : 'does not qualify yet'}` : 'No result yet'}
    </p>
  );
}
