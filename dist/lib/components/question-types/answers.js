import { own } from '../../rubric/own.js';
import { parseTypedNumber } from '../i18n/localize.js';
import { MONEY_FLOOR, MONEY_CEILING } from '../i18n/money.js';
import { parseTicked } from './multi.js';
import { implausibleNumber, parseNumber, numberError } from './number-text.js';
import { forType } from './per-type.js';

const none = () => void 0;
const TYPED_ERROR = {
  choice: none,
  multi: none,
  number: numberError
};
const typedError = (question, typed, t, lang) => forType(TYPED_ERROR, question)(question, typed, t, lang);
const typedNumber = (question, typed) => question.type === "number" ? parseNumber(question, typed) : parseTypedNumber(typed);
const FROM_TEXT = {
  choice: (_question, raw) => raw,
  multi: (_question, raw) => parseTicked(raw),
  number: parseNumber
};
const answerFromText = (question, raw) => forType(FROM_TEXT, question)(question, raw);
function plausibleAnswers(rubric, answers) {
  const kept = { ...answers };
  const problems = [];
  for (const question of rubric.questions) {
    const value = own(answers, question.id);
    const problem = typeof value === "number" && question.type === "number" ? implausibleNumber(question, value) : void 0;
    if (!problem) continue;
    delete kept[question.id];
    problems.push([
      problem,
      {
        path: question.id,
        message: `${value} is not a yearly salary in won (from ${MONEY_FLOOR} to ${MONEY_CEILING})`
      }
    ]);
  }
  return { kept, problems };
}

export { answerFromText, plausibleAnswers, typedError, typedNumber };
