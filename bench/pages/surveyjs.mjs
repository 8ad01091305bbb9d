// The SurveyJS page's own script: renders the default rubric with SurveyJS
// and, because SurveyJS has no notion of a score, shows our engine's running
// score on every change so both pages do the same work per answer.
import { assess, defaultRubric } from '/dist/rubric.js';
import { surveyModel } from '/bench/surveyjs-model.mjs';

const survey = new Survey.Model(surveyModel(defaultRubric));
const score = document.getElementById('score').appendChild(document.createTextNode(''));
survey.onValueChanged.add((sender) => {
  score.data = `Score: ${assess(defaultRubric, sender.data).total} / ${defaultRubric.total}`;
});
survey.render(document.getElementById('survey'));

// For the bench: where the form lives and how to change an answer.
window.benchTarget = {
  root: document.getElementById('survey'),
  /** Clicks an option; resolves once SurveyJS reported the change and the score is written. */
  change(question, option) {
    const changed = new Promise((resolve) => {
      const once = () => {
        survey.onValueChanged.remove(once);
        resolve();
      };
      survey.onValueChanged.add(once);
    });
    this.root.querySelector(`[data-name="${question}"] input[type="radio"][value="${option}"]`).click();
    return changed;
  },
  /** Text that changes when the score does. */
  text: () => score.data,
};
