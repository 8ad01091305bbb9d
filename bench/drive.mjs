// Answers the widget as a person would, by what the DOM shows rather than by
// question ids, so the bench and the tests survive a new rubric: the first
// radio of each group, the first checkbox of each group, and a number typed
// into each text field (an amount in won where the rubric's question is in
// KRW, else 5). Every action is a real (trusted) input event from the
// browser, as Event Timing needs.

/** @typedef {import('puppeteer-core').Page} Page */

/**
 * The unanswered controls of the step shown, as handles. `host`: the
 * widget's tag (its shadow root's step), or null for the page's own first form.
 */
async function stepControls(page, host) {
  const list = await page.evaluateHandle((host) => {
    const form = host
      ? document.querySelector(host)?.shadowRoot?.querySelector('form[part="step"]')
      : document.querySelector('form');
    if (!form) return [];
    const seen = new Set();
    const out = [];
    for (const input of form.querySelectorAll('input')) {
      const key = `${input.type}:${input.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (input.type === 'radio' || input.type === 'checkbox') {
        // A group already answered keeps its answer.
        const group = [...form.querySelectorAll(`input[name="${input.name}"]`)];
        if (!group.some((other) => other.checked)) out.push(input);
      } else if (input.type === 'text' || input.type === 'number') {
        if (!input.value) out.push(input);
      }
    }
    return out;
  }, host);
  const properties = await list.getProperties();
  await list.dispose();
  return [...properties.values()].map((handle) => handle.asElement()).filter(Boolean);
}

/** What to type into a number field: an amount in won for a question in KRW (the widget's rubric says). */
const typedFor = (page, host, name) =>
  page.evaluate(
    (host, name) => {
      if (!host) return '5';
      const question = document.querySelector(host)?.rubric?.questions.find((q) => q.id === name);
      return question?.unit === 'KRW' ? '150000000' : '5';
    },
    host,
    name,
  );

/**
 * Answers every unanswered control on the step shown, one real input each:
 * `act(kind, action)` performs each action (`radio`, `checkbox`, `keystroke`)
 * and may time it. Returns how many controls it answered. Questions that
 * appear once another is answered are answered on a later pass.
 */
export async function answerStep(page, host, act = (_kind, action) => action()) {
  let answered = 0;
  for (let pass = 0; pass < 3; pass++) {
    const controls = await stepControls(page, host);
    if (!controls.length) break;
    for (const control of controls) {
      const [type, name] = await control.evaluate((input) => [input.type, input.name]);
      if (!(await control.evaluate((input) => input.isConnected))) continue;
      if (type === 'radio' || type === 'checkbox') {
        await act(type, () => control.click());
      } else {
        await control.click();
        for (const key of await typedFor(page, host, name)) await act('keystroke', () => page.keyboard.type(key));
      }
      await control.dispose();
      answered++;
    }
  }
  return answered;
}

/** Clicks the step's submit button (Next, or See my result on the last step); false when there is none. */
export async function submit(page, host) {
  const button = await page.evaluateHandle(
    (host) =>
      document.querySelector(host)?.shadowRoot?.querySelector('form[part="step"] button[type="submit"]') ?? null,
    host,
  );
  const element = button.asElement();
  if (!element) return false;
  await element.click();
  await element.dispose();
  return true;
}

/** Whether the result view is shown. */
export const onResult = (page, host) =>
  page.evaluate((host) => !!document.querySelector(host)?.shadowRoot?.querySelector('[part="result"]'), host);

/**
 * Answers step after step and submits each, until the result shows (true)
 * or `steps` submits went by (false). `settle()` waits after each action.
 */
export async function reachResult(page, host, settle, steps = 12) {
  const act = async (_kind, action) => {
    await action();
    await settle();
  };
  for (let step = 0; step < steps; step++) {
    if (await onResult(page, host)) return true;
    await answerStep(page, host, act);
    if (!(await submit(page, host))) return onResult(page, host);
    await settle();
  }
  return onResult(page, host);
}
