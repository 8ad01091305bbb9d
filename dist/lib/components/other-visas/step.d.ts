import { type TemplateResult } from 'lit';
import type { AnswerValue, Answers, Question, Rubric } from '../../rubric/types.js';
import { type QuestionContext } from '../question-types/index.js';
import type { VisaWords } from './words.js';
/** A question of the step, with the rubric it is read with (its figures, its wording). */
export interface StepQuestion {
    question: Question;
    rubric: Rubric;
}
/**
 * The step's questions, each once (the first rubric's wording), in rubric
 * and step order: asked by some visa with these answers, not assumed, not
 * answered by the steps before (`given`), and either unanswered or answered
 * here (`own`): a question answered once is never asked again elsewhere, and
 * one answered here stays in the step while it is shown.
 */
export declare function stepQuestions(rubrics: readonly Rubric[], answers: Answers, given: ReadonlySet<string>, shown: ReadonlySet<string>): StepQuestion[];
/** What the step needs from the view. */
export interface StepContext extends Pick<QuestionContext, 'lang' | 't' | 'onChoice' | 'onNumber' | 'onNumberDone'> {
    words: VisaWords;
    level: number;
    questions: StepQuestion[];
    answers: Readonly<Record<string, AnswerValue>>;
    typed: Readonly<Record<string, string>>;
    errors: Readonly<Record<string, string>>;
    /** The error summary shows (after the button found errors). */
    summary: boolean;
    onCheck: (event: Event) => void;
}
/** The step: its heading, the error summary after the button, the questions, and the button. */
export declare function renderVisaStep(context: StepContext): TemplateResult;
