// What templates do not bind: the checked boxes, from the answers, and every text field's length.
import { own } from '../../rubric/own.js';
import type { Answers } from '../../rubric/types.js';
import { TYPED_MAX_LENGTH } from '../i18n/localize.js';

/** Run after every render of `root`, with the answers it shows. */
export function syncFields(root: HTMLElement | DocumentFragment, answers: Answers): void {
  // Radios are checked here, against the answers, not bound in the template:
  // steps reuse the same radios for other questions, and renaming a checked
  // radio into a group unchecks its new neighbours behind a binding's back.
  for (const box of root.querySelectorAll<HTMLInputElement>('form [type=radio],form [type=checkbox]')) {
    const answer = own(answers, box.name);
    box.checked = Array.isArray(answer) ? answer.includes(box.value) : answer === box.value;
  }
  // Every text field (steps and what-ifs) takes at most what its reader reads: a 100,000-character paste is cut at the field.
  for (const field of root.querySelectorAll<HTMLInputElement>('input[type=text]')) field.maxLength = TYPED_MAX_LENGTH;
}
