// What the end-to-end suite records in every page it opens, from before any
// page script runs: policy violations, the widget's events and errors. The
// recorder is installed through the DevTools protocol (suite.ts's open), so it
// is neither a request nor subject to the page's policy.
import type { AnswerDetail, AssessmentErrorDetail, ScoreDetail } from '../../src/index.js';
import { frameOf, type Target } from './widget.js';

/** What the events recorded in the page carry (their details, through JSON). */
export interface EventDetails {
  score: ScoreDetail;
  answer: AnswerDetail;
  'assessment-error': AssessmentErrorDetail;
}
export type EventType = keyof EventDetails;
export interface RecordedEvent<T extends EventType = EventType> {
  type: T;
  /** The id of the element that fired it. */
  target: string;
  detail: EventDetails[T];
}
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
/** What installRecorder keeps in the page. */
export interface Recording {
  violations: Violation[];
  events: RecordedEvent[];
  errors: string[];
}

declare global {
  interface Window {
    __e2e: Recording;
  }
}

/**
 * Runs in the page: CSP violations, the widget's events (anywhere in the
 * document: they bubble and are composed), errors.
 */
export function installRecorder() {
  const record: Recording = (window.__e2e = { violations: [], events: [], errors: [] });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
  for (const type of ['score', 'answer', 'assessment-error'] as const) {
    document.addEventListener(type, (event) => {
      const { detail: sent } = event as CustomEvent<unknown>;
      let detail;
      try {
        detail = JSON.parse(JSON.stringify(sent ?? null));
      } catch {
        detail = String(sent);
      }
      record.events.push({ type, target: (event.target as Element | null)?.id ?? '', detail });
    });
  }
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
}

/** What the recorder saw. */
export const recorded = (target: Target): Promise<Recording> => frameOf(target).evaluate(() => window.__e2e);

/** Events of one type recorded so far (optionally from one element id). */
export async function events<T extends EventType>(
  target: Target,
  type: T,
  id?: string,
): Promise<Array<RecordedEvent<T>>> {
  const record = await recorded(target);
  return record.events.filter(
    (event): event is RecordedEvent<T> => event.type === type && (id === undefined || event.target === id),
  );
}
