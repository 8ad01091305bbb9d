// Drives <ktech-pass-assessment> in a page of the end-to-end suite through its
// public surface only, as a person or a host page would: the open shadow
// root's DOM, attributes, properties. Every function takes the page, or a
// frame of it, and the widget's selector.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import type { Rubric, ScoreDetail } from '../../src/index.js';
import workedExamples from '../worked-examples.json' with { type: 'json' };

export const TAG = 'ktech-pass-assessment';

/** An answer set as test/worked-examples.json holds it: an option id, a number, or the option ids ticked. */
export type Answers = Record<string, string | number | readonly string[]>;

/** The worked example of the README (test/worked-examples.json): 66 points, eligible. */
export const WORKED: Answers = workedExamples.sme;
export const WORKED_TOTAL = 66;

/**
 * The element as a page script sees it: its public properties. `answers` and
 * `rubric` are typed for reading; the tests that set wrong values on purpose
 * cast.
 */
export interface Widget extends HTMLElement {
  answers: Record<string, string | number | readonly string[] | undefined>;
  rubric: Rubric | null;
  result: ScoreDetail | null;
  updateComplete: Promise<boolean>;
}

/** A page or a frame: where page functions run. */
export type Target = Page | Frame;
export const frameOf = (target: Target): Frame => ('mainFrame' in target ? target.mainFrame() : target);

/** Resolves once the custom element is defined (the module script ran). */
export const whenDefined = (target: Target) =>
  frameOf(target).evaluate(
    (tag) =>
      Promise.race([
        customElements.whenDefined(tag),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was never defined`)), 5000)),
      ]).then(() => true),
    TAG,
  );

/** Polls `fn(...args)` in the page until it returns a truthy value, and returns that value. */
export async function waitFor<Args extends unknown[], Value>(
  target: Target,
  fn: (...args: Args) => Value,
  args: Args | [] = [],
  { timeout = 5000, message = 'condition' } = {},
): Promise<NonNullable<Awaited<Value>>> {
  const start = Date.now();
  // The page's functions take plain values here (no handles): puppeteer's
  // parameter mapping is the identity for them.
  const evaluate = frameOf(target).evaluate.bind(frameOf(target)) as (
    fn: (...args: Args) => Value,
    ...args: unknown[]
  ) => Promise<Awaited<Value>>;
  for (;;) {
    const value = await evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits for the element's pending render. */
export const settle = (target: Target, host = TAG) =>
  frameOf(target).evaluate(async (host) => {
    const element = document.querySelector<Widget>(host);
    for (let i = 0; i < 3; i++) await element?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return true;
  }, host);

/** An element in the host's shadow root (or null). */
export async function inShadow(target: Target, host: string, selector: string): Promise<ElementHandle<Element> | null> {
  const handle = await frameOf(target).evaluateHandle(
    (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector) ?? null,
    host,
    selector,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) await handle.dispose();
  return element;
}

/** Text of the host's shadow root, or of one part of it. */
export const shadowText = (target: Target, host = TAG, selector: string | null = null) =>
  frameOf(target).evaluate(
    (host, selector) => {
      const root = document.querySelector(host)?.shadowRoot;
      const node = selector ? root?.querySelector(selector) : root;
      return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    },
    host,
    selector,
  );

/** The names of the fields in the step shown. */
export const fieldsShown = (target: Target, host = TAG) =>
  frameOf(target).evaluate((host) => {
    const form = document.querySelector(host)?.shadowRoot?.querySelector('form[part="step"]');
    return form
      ? [...new Set([...form.querySelectorAll('input[name]')].map((input) => (input as HTMLInputElement).name))]
      : [];
  }, host);

/** Answers one question as a person would: a click on a radio, a click on each checkbox whose state differs (an array), or typing into a field. */
export async function answer(
  target: Target,
  host: string,
  id: string,
  value: string | number | readonly string[],
): Promise<void> {
  if (Array.isArray(value)) {
    const boxes = await frameOf(target).evaluate(
      (host, id) =>
        [
          ...(document
            .querySelector(host)
            ?.shadowRoot?.querySelectorAll<HTMLInputElement>(
              `form[part="step"] input[type="checkbox"][name="${id}"]`,
            ) ?? []),
        ].map((box) => box.value),
      host,
      id,
    );
    if (!boxes.length) throw new Error(`no checkboxes for question ${id} in ${host}`);
    for (const option of boxes) {
      const box = await inShadow(
        target,
        host,
        `form[part="step"] input[type="checkbox"][name="${id}"][value="${option}"]`,
      );
      if (!box) continue;
      // Read the state now: ticking an exclusive option ("None of these") clears the others.
      const checked = await box.evaluate((input) => (input as HTMLInputElement).checked);
      if (checked !== value.includes(option)) {
        await box.click();
        await settle(target, host);
      }
      await box.dispose();
    }
    await settle(target, host);
    return;
  }
  const radio = await inShadow(target, host, `form[part="step"] input[type="radio"][name="${id}"][value="${value}"]`);
  if (radio) {
    await radio.click();
    await radio.dispose();
  } else {
    const field = await inShadow(target, host, `form[part="step"] input[name="${id}"]`);
    if (!field) throw new Error(`no field for question ${id} in ${host}`);
    await field.click({ count: 3 });
    await ('keyboard' in target ? target.keyboard : target.page().keyboard).press('Backspace');
    await field.type(String(value));
    await field.dispose();
  }
  await settle(target, host);
}

/** Clicks the step's submit button (Next / See my result). */
export async function submitStep(target: Target, host = TAG): Promise<void> {
  const button = await inShadow(target, host, 'form[part="step"] button[type="submit"]');
  if (!button) throw new Error(`no submit button in ${host}`);
  await button.click();
  await button.dispose();
  await settle(target, host);
}

/** Answers the questions of the step shown from `answers`, looking again until no new question appears. */
export async function answerShown(target: Target, host: string, answers: Answers): Promise<void> {
  const done = new Set<string>();
  for (let round = 0; round < 10; round++) {
    const pending = (await fieldsShown(target, host)).filter((id) => !done.has(id) && answers[id] !== undefined);
    if (!pending.length) return;
    for (const id of pending) {
      const value = answers[id];
      if (value !== undefined) await answer(target, host, id, value);
      done.add(id);
    }
  }
}

/** Goes forward step by step, answering from `answers`, until the step that asks `id` is shown. */
export async function reach(target: Target, host: string, id: string, answers: Answers = WORKED): Promise<void> {
  for (let step = 0; step < 20; step++) {
    if ((await fieldsShown(target, host)).includes(id)) return;
    if (await inShadow(target, host, '[part="result"]')) break;
    const before = await shadowText(target, host, 'form[part="step"] h3');
    await answerShown(target, host, answers);
    await submitStep(target, host);
    const summary = await shadowText(target, host, '#error-summary');
    if (summary) throw new Error(`step "${before}" was not accepted: ${summary}`);
  }
  throw new Error(`no step of ${host} asks ${id}`);
}

/**
 * Answers every question shown, step by step, then submits, until the result
 * view appears. Questions not in `answers` are left alone (e.g. preset ones).
 */
export async function complete(target: Target, host = TAG, answers: Answers = WORKED): Promise<void> {
  for (let step = 0; step < 20; step++) {
    if (await inShadow(target, host, '[part="result"]')) return;
    const before = await shadowText(target, host, 'form[part="step"] h3');
    // A question may appear only once another is answered (`askedWhen`): answerShown looks again.
    await answerShown(target, host, answers);
    await submitStep(target, host);
    const summary = await shadowText(target, host, '#error-summary');
    if (summary) throw new Error(`step "${before}" was not accepted: ${summary}`);
  }
  throw new Error(`${host} never showed a result`);
}
