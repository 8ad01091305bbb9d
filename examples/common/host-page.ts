// The careers page every example app builds, in one place: the answers it
// prefills, the lines it shows, what its form submission says, and what it
// records in `window.ktpExample` for the repository's browser test
// (test/examples/apps.test.mjs) to read and to make the app re-render.
import type { Answers, ScoreDetail } from 'ktech-pass-assessment';

/** Answers the page already knows (from the applicant's profile, say). */
export const PREFILL: Answers = { jobOffer: 'yes', governmentProgramme: 'none', inKorea: 'no', degree: 'masters', institution: 'other' };

export interface ExampleLog {
  score: number;
  answer: number;
  error: number;
  renders: number;
  lastScore: ScoreDetail | null;
  submitted: string | null;
  /** Controlled mode: the answers in the app's state. */
  answers: Answers | null;
  rerender: (times: number) => Promise<void>;
}

declare global {
  interface Window {
    ktpExample: ExampleLog;
  }
}

export const log: ExampleLog = { score: 0, answer: 0, error: 0, renders: 0, lastScore: null, submitted: null, answers: null, rerender: async () => undefined };
// A server rendering the page (the Angular app is prerendered) has no window.
const inBrowser = typeof window !== 'undefined';
if (inBrowser) window.ktpExample = log;

/** `?mode=controlled`: the answers live in the app's state, fed by `answer` events. */
export const controlled = inBrowser && new URLSearchParams(location.search).get('mode') === 'controlled';

export const describeScore = (score: ScoreDetail | null): string =>
  score ? `Estimated score: ${score.total} (pass mark ${score.passMark}), ${score.eligible ? 'may qualify' : 'does not qualify yet'}` : 'No result yet';

/** What the form submitted, read the way a server would read it. */
export function describeSubmission(form: HTMLFormElement): string {
  const data = new FormData(form);
  const assessment = JSON.parse(String(data.get('assessment'))) as ScoreDetail;
  return `${String(data.get('applicant'))}: ${assessment.total} points, ${assessment.eligible ? 'eligible' : 'not eligible'} (${assessment.rubricId})`;
}
