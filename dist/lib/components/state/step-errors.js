import { own } from '../../rubric/own.js';
import { pick } from '../i18n/localize.js';
import { typedError } from '../question-types/answers.js';

function stepErrors(asked, typed, answers, t, lang) {
  const errors = {};
  for (const question of asked) {
    const text = own(typed, question.id);
    const invalid = text === void 0 ? void 0 : typedError(question, text, t, lang);
    if (invalid) errors[question.id] = invalid;
    else if (own(answers, question.id) === void 0) errors[question.id] = t.answerThis(pick(question.label, lang));
  }
  return errors;
}

export { stepErrors };
