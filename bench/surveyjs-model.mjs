// Converts a rubric (the engine's JSON format) into a SurveyJS survey model,
// so SurveyJS renders exactly the questions our widget renders: one page per
// rubric step, English texts, SurveyJS's defaults for everything else.

/** A rubric `when` condition as a SurveyJS expression. Questions may only use `in`, `all` and `any`. */
function expression(condition) {
  if ('all' in condition) return condition.all.map((part) => `(${expression(part)})`).join(' and ');
  if ('any' in condition) return condition.any.map((part) => `(${expression(part)})`).join(' or ');
  if ('in' in condition) return `{${condition.question}} anyof [${condition.in.map((id) => `'${id}'`).join(', ')}]`;
  throw new Error(`bench: no SurveyJS expression for condition ${JSON.stringify(condition)}`);
}

function element(question) {
  const common = { name: question.id, title: question.label.en, description: question.help?.en };
  if (question.when) common.visibleIf = expression(question.when);
  if (question.type === 'choice') {
    return {
      ...common,
      type: 'radiogroup',
      choices: question.options.map((option) => ({ value: option.id, text: option.label.en })),
    };
  }
  return { ...common, type: 'text', inputType: 'number', min: 0, max: question.maximum };
}

/** @param {import('../src/rubric/types.js').Rubric} rubric */
export function surveyModel(rubric) {
  const questions = new Map(rubric.questions.map((question) => [question.id, question]));
  return {
    title: rubric.title.en,
    pages: rubric.steps.map((step) => ({
      name: step.id,
      title: step.label.en,
      elements: step.questions.map((id) => element(questions.get(id))),
    })),
  };
}
