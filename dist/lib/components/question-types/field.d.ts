import { nothing } from 'lit';
import type { AnswerValue, ChoiceQuestion, MultiQuestion, Question, Rubric } from '../../rubric/types.js';
import type { Messages } from '../i18n/messages.js';
/** What an answer in words needs: the rubric (a salary's multiple of its scale) and the language. */
export interface Wording {
    rubric: Rubric;
    lang: string;
    t: Messages;
}
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
/** The question's help and, while its answer cannot be counted, why. */
export declare const helpAndError: (question: Question, context: QuestionContext) => import("lit-html").TemplateResult<1>;
/** The ids of the help and error lines (and `extra`) that describe the control. */
export declare const describedBy: (question: Question, context: QuestionContext, extra?: string) => string | typeof nothing;
/** Options short enough to sit side by side on a phone ("Yes" / "No"): a step a screen shorter. */
export declare const short: (question: ChoiceQuestion | MultiQuestion, lang: string) => boolean;
