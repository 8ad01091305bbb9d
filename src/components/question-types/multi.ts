// A multi-choice question ("choose all that apply"): in a step it is the
// checkbox group of choice.ts; here, its what-if on the result and how that
// control's value reads as an answer.
import { html, type TemplateResult } from 'lit';
import { toggleOption } from '../../rubric/answers.js';
import { own } from '../../rubric/own.js';
import type { MultiQuestion } from '../../rubric/types.js';
import { pick } from '../i18n/localize.js';
import type { ResultContext } from '../views/result-context.js';

/** A multi-choice what-if sends its ticked option ids, space-separated (ids have no spaces). */
export const parseTicked = (raw: string): string[] => raw.split(' ').filter(Boolean);

/**
 * The what-if control on the result: checkboxes, not a multiple select (which
 * phones show poorly), labelled by the criterion's name (`label`, an element
 * id). Each change sends every ticked id.
 */
export function renderMultiWhatIf(question: MultiQuestion, context: ResultContext, label: string): TemplateResult {
  const answer = own(context.answers, question.id);
  const ticked = Array.isArray(answer) ? (answer as readonly string[]) : [];
  const send = (event: Event) => {
    const group = (event.target as HTMLInputElement).closest('fieldset') as HTMLFieldSetElement;
    const boxes = [...group.querySelectorAll<HTMLInputElement>('input')];
    const changed = event.target as HTMLInputElement;
    const next =
      toggleOption(
        question,
        boxes.filter((box) => box !== changed && box.checked).map((box) => box.value),
        changed.value,
        changed.checked,
      ) ?? [];
    for (const box of boxes) box.checked = next.includes(box.value);
    context.onWhatIf(question, { value: next.join(' ') } as HTMLInputElement);
  };
  return html`<fieldset class="what-if-multi" aria-labelledby=${label}>
    ${question.options.map(
      (option) =>
        html`<label><input type="checkbox" name=${question.id} value=${option.id} .checked=${ticked.includes(option.id)} @change=${send} /> ${pick(option.label, context.lang)}</label>`,
    )}
  </fieldset>`;
}
