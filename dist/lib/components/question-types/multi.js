import { html } from 'lit';
import { toggleOption } from '../../rubric/answers.js';
import { own } from '../../rubric/own.js';
import { pick } from '../i18n/localize.js';

const parseTicked = (raw) => raw.split(" ").filter(Boolean);
function renderMultiWhatIf(question, context, label) {
  const answer = own(context.answers, question.id);
  const ticked = Array.isArray(answer) ? answer : [];
  const send = (event) => {
    const group = event.target.closest("fieldset");
    const boxes = [...group.querySelectorAll("input")];
    const changed = event.target;
    const next = toggleOption(
      question,
      boxes.filter((box) => box !== changed && box.checked).map((box) => box.value),
      changed.value,
      changed.checked
    ) ?? [];
    for (const box of boxes) box.checked = next.includes(box.value);
    context.onWhatIf(question, { value: next.join(" ") });
  };
  return html`<fieldset class="what-if-multi" aria-labelledby="${label}">${question.options.map(
    (option) => html`<label><input type="checkbox" name="${question.id}" value="${option.id}" .checked="${ticked.includes(option.id)}" @change="${send}"> ${pick(option.label, context.lang)}</label>`
  )}</fieldset>`;
}

export { parseTicked, renderMultiWhatIf };
