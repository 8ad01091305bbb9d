import { renderOptions, optionList, describeOptions, renderChoiceWhatIf } from './choice.js';
import { renderMultiWhatIf } from './multi.js';
import { renderNumber, describeNumber, renderNumberWhatIf } from './number.js';
import { forType } from './per-type.js';

const RENDER = {
  choice: renderOptions,
  multi: renderOptions,
  number: renderNumber
};
const renderQuestion = (question, context) => forType(RENDER, question)(question, context);
const DESCRIBE = {
  choice: describeOptions,
  multi: describeOptions,
  number: describeNumber
};
const describeAnswer = (question, answer, context) => answer === void 0 ? context.t.optional : forType(DESCRIBE, question)(question, answer, context);
const WHAT_IF = {
  choice: renderChoiceWhatIf,
  multi: renderMultiWhatIf,
  number: renderNumberWhatIf
};
const renderWhatIf = (question, context, label) => forType(WHAT_IF, question)(question, context, label);
const ACCEPTED = {
  choice: optionList,
  multi: optionList,
  number: () => void 0
};
const acceptedValues = (question) => forType(ACCEPTED, question)(question);

export { acceptedValues, describeAnswer, renderQuestion, renderWhatIf };
