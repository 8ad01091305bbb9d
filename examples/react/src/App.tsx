import { useEffect, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { AnswerDetail, Answers, ScoreDetail } from 'ktech-pass-assessment';
import { KtechPassAssessment } from 'ktech-pass-assessment/react';
import { hostRubric } from './host-rubric.js';
import { PREFILL, controlled, describeScore, describeSubmission, log, raw } from './example.js';

export function App() {
  const [lang, setLang] = useState<'en' | 'ko'>('en');
  const [dark, setDark] = useState(false);
  const [score, setScore] = useState<ScoreDetail | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  // Controlled mode: the app owns the answers and gives them back every render.
  const [answers, setAnswers] = useState<Answers>(PREFILL);
  const [tick, setTick] = useState(0);
  log.renders += 1;
  if (controlled) log.answers = answers;

  useEffect(() => {
    log.rerender = async (times) => {
      // One real render each: flushSync keeps React from batching them into one.
      for (let i = 0; i < times; i++) {
        flushSync(() => setTick((value) => value + 1));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
  }, []);

  const onScore = (event: CustomEvent<ScoreDetail>) => {
    log.score += 1;
    log.lastScore = event.detail;
    setScore(event.detail);
  };
  const onAnswer = (event: CustomEvent<AnswerDetail>) => {
    log.answer += 1;
    const { questionId, value } = event.detail;
    if (controlled) setAnswers((previous) => ({ ...previous, [questionId]: value }));
  };
  const onError = () => {
    log.error += 1;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    log.submitted = describeSubmission(event.currentTarget);
    setSubmitted(log.submitted);
  };

  return (
    <div className={dark ? 'page dark' : 'page'} data-renders={tick}>
      <main>
        <h1>Work with us in Korea</h1>
        <div className="toolbar">
          <button type="button" id="lang-en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
            English
          </button>
          <button type="button" id="lang-ko" aria-pressed={lang === 'ko'} onClick={() => setLang('ko')} lang="ko">
            한국어
          </button>
          <label>
            <input type="checkbox" id="dark" checked={dark} onChange={(event) => setDark(event.target.checked)} /> Dark theme
          </label>
        </div>
        <form id="application" onSubmit={onSubmit}>
          <p>
            <label htmlFor="applicant">Your name</label> <input id="applicant" name="applicant" required autoComplete="name" />
          </p>
          {raw ? (
            // React 19 sets answers and rubric as properties (the element has them)
            // and listens to onscore/onanswer/onassessment-error by their exact names.
            // The inline answers object is new on every render, as hosts write it.
            <ktech-pass-assessment
              employer-size="sme"
              lang={lang}
              name="assessment"
              required
              rubric={hostRubric}
              answers={controlled ? answers : { ...PREFILL }}
              onscore={onScore}
              onanswer={onAnswer}
              onassessment-error={onError}
            />
          ) : (
            <KtechPassAssessment
              employerSize="sme"
              lang={lang}
              name="assessment"
              required
              rubric={hostRubric}
              answers={controlled ? answers : PREFILL}
              onScore={onScore}
              onAnswer={onAnswer}
              onAssessmentError={onError}
            />
          )}
          <button type="submit" id="apply">
            Apply
          </button>
        </form>
        <p id="score" role="status">
          {describeScore(score)}
        </p>
        {submitted ? <p id="submitted">Submitted: {submitted}</p> : null}
      </main>
    </div>
  );
}
