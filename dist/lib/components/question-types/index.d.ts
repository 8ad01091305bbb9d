import type { TemplateResult } from 'lit';
import type { AnswerValue, Question } from '../../rubric/types.js';
import type { ResultContext } from '../views/result-context.js';
import type { QuestionContext, Wording } from './field.js';
export type { QuestionContext } from './field.js';
/** A question as a form control: a radio or checkbox group in a fieldset, or a labelled text field for numbers. */
export declare const renderQuestion: (question: Question, context: QuestionContext) => TemplateResult;
/** An answer in words, in the reader's language. */
export declare const describeAnswer: (question: Question, answer: AnswerValue | undefined, context: Wording) => string;
/** A question's what-if control on the result, labelled by the element with id `label` (the criterion's name). */
export declare const renderWhatIf: (question: Question, context: ResultContext, label: string) => TemplateResult;
/** What a host attribute may say for this question (its option ids), or undefined when it takes no listed values. */
export declare const acceptedValues: (question: Question) => string | undefined;
