import { type TemplateResult } from 'lit';
import type { AnswerValue, ChoiceQuestion, MultiQuestion } from '../../rubric/types.js';
import type { ResultContext } from '../views/result-context.js';
import { type QuestionContext, type Wording } from './field.js';
/**
 * One option per radio, or per checkbox for "choose all that apply". Whether
 * each is checked is set after render, against the answers (see the element's
 * updated()): steps reuse the same inputs for other questions.
 */
export declare function renderOptions(question: ChoiceQuestion | MultiQuestion, context: QuestionContext): TemplateResult;
/** An answer of either choice type in words: its options' labels, joined as the language joins a list. */
export declare function describeOptions(question: ChoiceQuestion | MultiQuestion, answer: AnswerValue, { lang, t }: Wording): string;
/** What a host attribute may say for this question, for the words of a value that is not one: its option ids. */
export declare const optionList: (question: ChoiceQuestion | MultiQuestion) => string;
/** The what-if control on the result: a select, labelled by the criterion's name (`label`, an element id). */
export declare function renderChoiceWhatIf(question: ChoiceQuestion, context: ResultContext, label: string): TemplateResult;
