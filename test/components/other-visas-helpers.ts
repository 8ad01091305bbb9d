// What the other visas' tests share: the applicant whose offer is below the E-7-1 wage floor, what only
// the other visas ask of them, and the section's step driven as a person drives it.
import type { Answers } from '../../src/rubric/index.js';
import otherVisasAnswers from '../other-visas-answers.json' with { type: 'json' };
import { $, $$, $maybe, APPLICANTS, settle, text, type Widget } from './helpers.js';

/** Bachelor's in computer science, 4 years at an ordinary firm, an offer of KRW 55,000,000 from a large firm. */
export const ENGINEER: Answers = { ...APPLICANTS.bachelorSme, employerSize: 'large' };
/** The same engineer offered KRW 30,000,000: below the 2026 E-7-1 wage floor. */
export const UNDERPAID: Answers = { ...ENGINEER, salary: 30_000_000 };
/** What only the other visas ask of the engineer: age 30, abroad, no Korean, a related STEM degree. */
export const ENGINEER_MORE: Answers = otherVisasAnswers.engineer;

export const section = (el: Widget) => $(el, '[part~="other-visas"]');

/** Waits for the section's file and the renders after it; `open`: then opens it, as the applicant does. */
export async function sectionLoaded(el: Widget, open = true): Promise<void> {
  const shown = () => $maybe(el, '.visa-step, .visas, .visa-summary');
  for (let i = 0; i < 100 && !shown(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(el);
  }
  if (!shown()) throw new Error(`the section did not load: ${text(section(el))}`);
  if (open && $maybe(el, '.visa-summary')) {
    $(el, '[part~="other-visas"] button').click();
    await settle(el);
  }
}

/** The question ids the section's step asks, in order. */
export const stepAsks = (el: Widget) => [
  ...new Set($$<HTMLInputElement>(el, '.visa-step input[name]').map((input) => input.name)),
];

/** Answers the section's step as a person does, follow-ups included, then presses its button. */
export async function answerVisaStep(el: Widget, answers: Answers, submit = true): Promise<void> {
  const done = new Set<string>();
  for (let round = 0; round < 5; round++) {
    for (const id of stepAsks(el).filter((name) => !done.has(name))) {
      const value = answers[id];
      if (value === undefined) {
        if (submit) throw new Error(`the step asks ${id}, which this applicant has no answer for`);
        continue;
      }
      done.add(id);
      if (typeof value === 'number') {
        const field = $<HTMLInputElement>(el, `.visa-step input[type="text"][name="${id}"]`);
        field.value = String(value);
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      } else if (typeof value === 'string') {
        $<HTMLInputElement>(el, `.visa-step input[name="${id}"][value="${value}"]`).click();
      } else
        for (const option of value)
          $<HTMLInputElement>(el, `.visa-step input[name="${id}"][value="${option}"]`).click();
      await settle(el);
    }
  }
  if (!submit) return;
  $<HTMLButtonElement>(el, '.visa-step button[type="submit"]').click();
  await settle(el);
  await settle(el);
}
