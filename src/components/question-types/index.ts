// Every question type the engine knows (`Question['type']`: choice, multi,
// number), and for each how it is asked in a step, how an answer reads in
// words, and its what-if control on the result; answers.ts has how typed
// text becomes an answer. One table per job, each typed by the engine's
// union: a type added to the engine fails the type check here until every job
// has it. The types' own code is in choice.ts, multi.ts and number.ts.
import type { TemplateResult } from 'lit';
import type { AnswerValue, Question } from '../../rubric/types.js';
import type { ResultContext } from '../views/result-context.js';
import { describeOptions, optionList, renderChoiceWhatIf, renderOptions } from './choice.js';
import type { QuestionContext, Wording } from './field.js';
import { renderMultiWhatIf } from './multi.js';
import { describeNumber, renderNumber, renderNumberWhatIf } from './number.js';
import { forType, type PerType } from './per-type.js';

export type { QuestionContext } from './field.js';

const RENDER: PerType<[QuestionContext], TemplateResult> = {
  choice: renderOptions,
  multi: renderOptions,
  number: renderNumber,
};

/** A question as a form control: a radio or checkbox group in a fieldset, or a labelled text field for numbers. */
export const renderQuestion = (question: Question, context: QuestionContext): TemplateResult =>
  forType(RENDER, question)(question, context);

const DESCRIBE: PerType<[AnswerValue, Wording], string> = {
  choice: describeOptions,
  multi: describeOptions,
  number: describeNumber,
};

/** An answer in words, in the reader's language. */
export const describeAnswer = (question: Question, answer: AnswerValue | undefined, context: Wording): string =>
  answer === undefined ? context.t.optional : forType(DESCRIBE, question)(question, answer, context);

const WHAT_IF: PerType<[ResultContext, string], TemplateResult> = {
  choice: renderChoiceWhatIf,
  multi: renderMultiWhatIf,
  number: renderNumberWhatIf,
};

/** A question's what-if control on the result, labelled by the element with id `label` (the criterion's name). */
export const renderWhatIf = (question: Question, context: ResultContext, label: string): TemplateResult =>
  forType(WHAT_IF, question)(question, context, label);

const ACCEPTED: PerType<[], string | undefined> = {
  choice: optionList,
  multi: optionList,
  number: () => undefined,
};

/** What a host attribute may say for this question (its option ids), or undefined when it takes no listed values. */
export const acceptedValues = (question: Question): string | undefined => forType(ACCEPTED, question)(question);
