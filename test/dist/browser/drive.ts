// Drives a <ktech-pass-assessment> from whatever build defined it (no import of
// the sources), through its public contract: input names are question ids,
// radio values option ids, and `part` names mark the step and the result.
import workedExamples from '../../worked-examples.json' with { type: 'json' };

/** An answer set as test/worked-examples.json holds it: an option id, a number, or the option ids ticked. */
type Answers = Record<string, string | number | readonly string[]>;

/** The second worked example every suite shares (test/worked-examples.json): 30 + 26 + 10 = 66, eligible through the qualitative track only. */
export const SME_APPLICANT: Answers = workedExamples.sme;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Waits until `probe` returns something truthy, or fails after `ms` with `what`. */
export async function until<T>(probe: () => T | null | undefined | false, what: string, ms = 5000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await frame();
  }
}

function root(widget: Element): ShadowRoot {
  if (!widget.shadowRoot) throw new Error('the widget has no open shadow root (not defined?)');
  return widget.shadowRoot;
}

/**
 * Answers the questions of the step shown, as a person would: clicks radios,
 * ticks or clears checkboxes (an array answer), types numbers into empty fields.
 */
export async function answerStep(widget: Element, answers: Answers = SME_APPLICANT): Promise<void> {
  // Until nothing changes: a question asked only once another is answered appears a render later.
  for (let round = 0; round < 10; round++) {
    let acted = false;
    for (const input of root(widget).querySelectorAll<HTMLInputElement>('form[part~="step"] input[name]')) {
      const value = answers[input.name];
      if (value === undefined) continue;
      const wanted = Array.isArray(value) ? value.includes(input.value) : input.value === value;
      if (input.type === 'radio' && wanted && !input.checked) {
        input.click();
        acted = true;
      }
      // Ticking an exclusive option clears the others: the next round puts right what it changed.
      if (input.type === 'checkbox' && input.checked !== wanted) {
        input.click();
        acted = true;
      }
      if (input.type === 'text' && input.value === '') {
        typeInto(input, String(value));
        acted = true;
      }
    }
    await frame();
    if (!acted) return;
  }
}

/** Types `text` into a field the way a keyboard does: the value changes, then an input event. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Clicks the step's submit button (Next, or See the result) and waits a frame. */
export async function nextStep(widget: Element): Promise<void> {
  root(widget).querySelector<HTMLButtonElement>('form[part~="step"] button[type="submit"]')?.click();
  await frame();
}

/** Answers every step through the UI as a person would and resolves with the `score` event's detail. */
export async function completeAssessment(
  widget: Element,
  answers: Answers = SME_APPLICANT,
): Promise<Record<string, unknown>> {
  const scored = new Promise<Record<string, unknown>>((resolve) =>
    widget.addEventListener('score', (event) => resolve((event as CustomEvent<Record<string, unknown>>).detail), {
      once: true,
    }),
  );
  await until(() => root(widget).querySelector('form[part~="step"]'), 'the first step');
  for (let step = 0; step < 20 && !root(widget).querySelector('[part~="result"]'); step++) {
    await answerStep(widget, answers);
    await nextStep(widget);
  }
  await until(() => root(widget).querySelector('[part~="result"]'), 'the result view');
  return scored;
}
