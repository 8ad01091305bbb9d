import { type TemplateResult } from 'lit';
import type { AnswerValue, NumberQuestion } from '../../rubric/types.js';
import type { ResultContext } from '../views/result-context.js';
import { type QuestionContext, type Wording } from './field.js';
/** The value of a number answer in words: "KRW 160,000,000 = 3.2× GNI per capita (2024)". */
export declare function describeNumber(question: NumberQuestion, answer: AnswerValue, { lang, t, rubric }: Wording): string;
/** The question in a step: a labelled text field, the answer in words below it, and the fix of a slip of the unit. */
export declare function renderNumber(question: NumberQuestion, context: QuestionContext): TemplateResult;
/** The what-if field on the result, labelled by the criterion's name (`label`, an element id). */
export declare function renderNumberWhatIf(question: NumberQuestion, context: ResultContext, label: string): TemplateResult;
