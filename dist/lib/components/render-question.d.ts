import { type TemplateResult } from 'lit';
import type { AnswerValue, NumberQuestion, Question, Rubric } from '../rubric/types.js';
import type { Messages } from './messages.js';
/** What rendering a question needs from the element. */
export interface QuestionContext {
    rubric: Rubric;
    lang: string;
    t: Messages;
    answer: AnswerValue | undefined;
    /** What the person typed into a number field, kept even when it is not a number yet. */
    typed: string | undefined;
    error: string | undefined;
    /** An option chosen (a radio), or ticked or cleared (`ticked`, a checkbox of a multi-choice question). */
    onChoice: (question: Question, option: string, ticked?: boolean) => void;
    onNumber: (question: Question, typed: string) => void;
    /** The person left the field (its change event). */
    onNumberDone: (question: Question, typed: string) => void;
}
/** The value of a number answer in words: "KRW 160,000,000 = 3.2× GNI per capita (2024)". */
export declare function describeNumber(question: NumberQuestion, value: number, lang: string, t: Messages, rubric: Rubric): string;
/** A question as a form control: a radio or checkbox group in a fieldset, or a labelled text field for numbers. */
export declare const renderQuestion: (question: Question, context: QuestionContext) => TemplateResult;
