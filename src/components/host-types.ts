// What a host's templates may write on <ktech-pass-assessment>, for the
// framework typings in types/ (React 19, Preact, Vue, Svelte) and the React
// wrapper. Types only: nothing here reaches the bundle.
import type { Answers } from '../rubric/types.js';
import type { AnswerDetail, AssessmentErrorDetail, ScoreDetail } from './events.js';
import type { KtechPassAssessment } from './ktech-pass-assessment.js';

/**
 * The properties a host sets (what React 19, Vue, Svelte and Angular bind to
 * when the element has the property). `rubric` takes what its setter takes:
 * anything, validated at run time, such as an imported JSON file.
 */
export type KtechPassAssessmentProperties = Partial<Pick<KtechPassAssessment, 'lang' | 'rubricSrc' | 'name' | 'required' | 'persist' | 'persistKey' | 'disabled'>> & {
  /** The hiring firm's size, when the host knows it: an option of the rubric's question for employer-size (sme or large in the built-in rubric). */
  employerSize?: string | undefined;
  /** A rubric object or parsed JSON; validated when set (`assessment-error` if invalid). */
  rubric?: unknown;
  /** Answers to prefill, keyed by question id. */
  answers?: Answers;
};

/** The attributes, as written in markup. */
export interface KtechPassAssessmentAttributes {
  lang?: string;
  'employer-size'?: string;
  'rubric-src'?: string;
  name?: string;
  required?: boolean;
  persist?: boolean;
  'persist-key'?: string;
  disabled?: boolean;
}

/** The element's own events and their types. */
export interface KtechPassAssessmentEventMap {
  score: CustomEvent<ScoreDetail>;
  answer: CustomEvent<AnswerDetail>;
  'assessment-error': CustomEvent<AssessmentErrorDetail>;
}

/**
 * Event handler props named `on` + the event's exact name (`onscore`,
 * `onanswer`, `onassessment-error`): React 19, Preact and Svelte 5 listen to
 * the event named by what follows `on`, case and hyphen included.
 */
export type KtechPassAssessmentEventProps = {
  [K in keyof KtechPassAssessmentEventMap as `on${K}`]?: (event: KtechPassAssessmentEventMap[K]) => void;
};
