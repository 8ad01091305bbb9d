import { own } from '../../rubric/own.js';
import { TYPED_MAX_LENGTH } from '../i18n/localize.js';

function syncFields(root, answers) {
  for (const box of root.querySelectorAll("form [type=radio],form [type=checkbox]")) {
    const answer = own(answers, box.name);
    box.checked = Array.isArray(answer) ? answer.includes(box.value) : answer === box.value;
  }
  for (const field of root.querySelectorAll("input[type=text]")) field.maxLength = TYPED_MAX_LENGTH;
}

export { syncFields };
