import type * as z from 'zod/mini';
import type { choiceOption, choiceQuestion, localizedText, numberQuestion, rubricSchema } from './schema.js';

/**
 * A condition tree in the rubric data: pathways and conditional questions are
 * written with it, so a new rule is a change to JSON, not to code.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  /** A choice question is answered with one of these option ids. */
  | { question: string; in: string[] }
  /** A number question is answered with at least `atLeast` (times a parameter's value when `times` is set). */
  | { question: string; atLeast: number; times?: string | undefined }
  /** A score (`total` or a category id) is at least a number or the pass mark. */
  | { score: string; atLeast: number | 'passMark' };

/** A rubric that passed `parseRubric`. */
export type Rubric = z.infer<typeof rubricSchema>;
export type LocalizedText = z.infer<typeof localizedText>;
export type ChoiceQuestion = z.infer<typeof choiceQuestion>;
export type ChoiceOption = z.infer<typeof choiceOption>;
export type NumberQuestion = z.infer<typeof numberQuestion>;
export type Question = ChoiceQuestion | NumberQuestion;

/** An answer: a choice question's option id or a number question's finite, non-negative number. */
export type AnswerValue = string | number;
/** Answers keyed by question id; a missing key is an unanswered question. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** The nearest better answer to a criterion and the points it would add to the total. */
export interface NextAnswer {
  /** The option id, or the smallest number that reaches the next band. */
  answer: AnswerValue;
  /** Points the total gains with that answer (all else unchanged). */
  points: number;
}

export interface CriterionScore {
  /** The question id. */
  id: string;
  category: string;
  points: number;
  max: number;
  /** Whether the question is asked at all with these answers (see `when`). */
  asked: boolean;
  next: NextAnswer | null;
}

/** Everything the engine says about one set of answers. An estimate, never an official decision. */
export interface Assessment {
  rubricId: string;
  rubricVersion: string;
  /** Base points plus bonus points. */
  total: number;
  /** The base maximum (without bonus). */
  max: number;
  passMark: number;
  /** Points in the `quantitative` category (0 if the rubric has none). */
  quantitative: number;
  /** Points in the `qualitative` category (0 if the rubric has none). */
  qualitative: number;
  /** Points in bonus categories. */
  bonus: number;
  /** Points per category id. */
  categories: Record<string, number>;
  criteria: CriterionScore[];
  /** Whether each pathway holds, by pathway id (`legacy`, `qualitative`, `governmentScholar` in the default rubric). */
  pathways: Record<string, boolean>;
  /** True when any pathway holds. */
  eligible: boolean;
  /** True when every question that is asked has an answer. */
  complete: boolean;
  /** Ids of asked questions without an answer, in rubric order. */
  missing: string[];
}

/** One problem found in a rubric or in answers, with where it is. */
export interface AssessmentIssue {
  /** Where: a JSON path in the rubric (`questions.2.options.0.id`) or a question id. */
  path: string;
  message: string;
}
