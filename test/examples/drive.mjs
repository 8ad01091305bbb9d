// Drives an example app's <ktech-pass-assessment> in Chromium the way a
// keyboard user does: Tab into it from the field before it, arrow keys to pick
// an option, typing for numbers, Enter for Next. Only the element's public
// surface is read: its open shadow root, properties and the app's own page.

const TAG = 'ktech-pass-assessment';

/** The focused element, looking through shadow roots: what a keyboard user is on. */
export const focusedControl = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    const inWidget = active.getRootNode() !== document;
    return {
      inWidget,
      tag: active.localName,
      type: active.getAttribute('type') ?? '',
      name: active.getAttribute('name') ?? '',
      value: 'value' in active ? String(active.value) : '',
      checked: Boolean(active.checked),
      id: active.id,
      text: (active.textContent ?? '').trim(),
      options:
        active.type === 'radio'
          ? [...active.getRootNode().querySelectorAll(`input[type=radio][name="${active.name}"]`)].map(
              (radio) => radio.value,
            )
          : [],
    };
  });

export const settle = (page) =>
  page.evaluate(async (tag) => {
    const element = document.querySelector(tag);
    for (let i = 0; i < 3; i++) await element?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }, TAG);

/** A text (spaces collapsed) or a computed style of the node at `selector` in the widget's shadow root; null when there is none. */
export const shadowValue = (page, selector, property) =>
  page.evaluate(
    (tag, selector, property) => {
      const node = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
      if (!node) return null;
      return property === 'text' ? node.textContent.replace(/\s+/g, ' ').trim() : getComputedStyle(node)[property];
    },
    TAG,
    selector,
    property,
  );

/**
 * Waits until shadowValue(page, selector, property) equals `expected` (a
 * string) or matches it (a RegExp), and fails with what it is otherwise. What
 * a click in the app changes may show a moment later: a language file comes on
 * demand, and a framework may set the property in its next frame.
 */
export async function waitForShadowValue(page, selector, property, expected, message, timeout = 5_000) {
  const wanted = expected instanceof RegExp ? { source: expected.source, flags: expected.flags } : { text: expected };
  try {
    await page.waitForFunction(
      (tag, selector, property, wanted) => {
        const node = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
        if (!node) return false;
        const value =
          property === 'text' ? node.textContent.replace(/\s+/g, ' ').trim() : getComputedStyle(node)[property];
        return 'text' in wanted ? value === wanted.text : new RegExp(wanted.source, wanted.flags).test(value);
      },
      { timeout },
      TAG,
      selector,
      property,
      wanted,
    );
  } catch {
    const actual = await shadowValue(page, selector, property);
    throw new Error(
      `${message}: after ${timeout} ms, ${selector} ${property} is ${JSON.stringify(actual)}, not ${expected instanceof RegExp ? expected : JSON.stringify(expected)}`,
    );
  }
}

export const showsResult = (page) =>
  page.evaluate((tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[part~="result"]')), TAG);

export const widgetAnswers = (page) => page.evaluate((tag) => document.querySelector(tag)?.answers, TAG);

/** The value of one of the widget's fields (a number question's text box). */
export const fieldValue = (page, name) =>
  page.evaluate(
    (tag, name) => document.querySelector(tag)?.shadowRoot?.querySelector(`input[name="${name}"]`)?.value ?? null,
    TAG,
    name,
  );

/** Selects the whole text of the focused field, then types. */
export async function replaceText(page, text) {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/**
 * Completes the assessment by keyboard only, starting from the app's field
 * before the widget (`fromSelector`; null: the top of the page). Radios by arrow keys, checkboxes
 * (an array answer: the option ids to tick) by Space, numbers typed with group separators, as people
 * write them ("75,000,000"). Returns the keys pressed, for failures.
 */
export async function completeByKeyboard(page, answers, fromSelector = '#applicant') {
  // Without a field before it, from the top of the page.
  if (fromSelector) await page.focus(fromSelector);
  else await page.evaluate(() => document.activeElement?.blur());
  const keys = [];
  const press = async (key) => {
    keys.push(key);
    await page.keyboard.press(key);
    await settle(page);
  };
  await press('Tab');
  for (let step = 0; step < 200 && !(await showsResult(page)); step++) {
    const control = await focusedControl(page);
    if (!control?.inWidget)
      throw new Error(`focus left the widget (${JSON.stringify(control)}) after ${keys.join(' ')}`);
    const wanted = answers[control.name];
    if (control.type === 'radio' && wanted !== undefined && !(control.value === wanted && control.checked)) {
      const from = control.options.indexOf(control.value);
      const to = control.options.indexOf(String(wanted));
      if (to < 0) throw new Error(`${control.name} has no option ${wanted}`);
      if (from === to) await press('Space');
      // Arrow keys move within the group and check the option they land on.
      for (let i = 0; i < (to - from + control.options.length) % control.options.length; i++) await press('ArrowDown');
    } else if (
      control.type === 'checkbox' &&
      Array.isArray(wanted) &&
      control.checked !== wanted.includes(control.value)
    ) {
      // Space ticks or clears the box; Tab then moves on to the next one.
      await press('Space');
    } else if (control.tag === 'input' && control.type === 'text' && typeof wanted === 'number') {
      const typed = wanted.toLocaleString('en-US');
      if (control.value !== typed) {
        await replaceText(page, typed);
        keys.push(`"${typed}"`);
        await settle(page);
      }
    } else if (control.tag === 'button' && control.type === 'submit') {
      await press('Enter');
      continue;
    }
    await press('Tab');
  }
  if (!(await showsResult(page))) throw new Error(`the result was not reached: ${keys.join(' ')}`);
  return keys;
}

/** Focuses a widget field by keyboard from the app's field before the widget: Tab until it is reached. */
export async function tabTo(page, name, fromSelector = '#applicant') {
  await page.focus(fromSelector);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const control = await focusedControl(page);
    if (control?.inWidget && control.name === name) return;
  }
  throw new Error(`Tab never reached the field ${name}`);
}
