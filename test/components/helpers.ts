// Drives <ktech-pass-assessment> the way a person does: through the inputs,
// buttons and text in its open shadow root, located by the public contract
// (input names are question ids, radio values option ids, `part` names).
import { setViewport } from '@web/test-runner-commands';
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/cdn.js';
import type { KtechPassAssessment } from '../../src/cdn.js';
import type { Answers } from '../../src/rubric/index.js';
import applicants from '../applicants.json' with { type: 'json' };
import workedExamples from '../worked-examples.json' with { type: 'json' };

export type Widget = KtechPassAssessment;
export type ScoreDetail = HTMLElementEventMap['score']['detail'];
export type AnswerDetail = HTMLElementEventMap['answer']['detail'];
export type ErrorDetail = HTMLElementEventMap['assessment-error']['detail'];

/** The two worked examples every suite shares (test/worked-examples.json): 96 with Top-tier route 가 and the qualitative track; 30 + 26 + 10 = 66. */
export const TOP_TIER_APPLICANT: Answers = workedExamples.topTier;
export const SME_APPLICANT: Answers = workedExamples.sme;
/** The applicants the advice must get right (test/applicants.json), as people answer. */
export const APPLICANTS: Record<Exclude<keyof typeof applicants, '$comment'>, Answers> = applicants;
/** A master's graduate of a top-100 university with no job offer yet: no main route, D-10-T met. */
export const NO_OFFER_APPLICANT: Answers = applicants.mastersNoOffer;

export async function mount(template: TemplateResult): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await settle(el);
  return el;
}

export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`${el.localName} has no open shadow root`);
  return root;
}

/** The one element matching `selector` in the widget's shadow root; throws with the selector when absent. */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = shadow(el).querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in the shadow root`);
  return found;
}

export const $maybe = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  shadow(el).querySelector<E>(selector);

export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...shadow(el).querySelectorAll<E>(selector),
];

/** Visible text with whitespace collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Lets every pending update (and the ones they trigger) render. */
export async function settle(el: Widget): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

export const radio = (el: Widget, questionId: string, optionId: string) =>
  $<HTMLInputElement>(el, `input[type="radio"][name="${questionId}"][value="${optionId}"]`);

export const numberField = (el: Widget, questionId: string) =>
  $<HTMLInputElement>(el, `input[type="text"][name="${questionId}"]`);

/** Clicks a radio, as a person does. */
export async function choose(el: Widget, questionId: string, optionId: string): Promise<void> {
  radio(el, questionId, optionId).click();
  await settle(el);
}

export const checkbox = (el: Widget, questionId: string, optionId: string) =>
  $<HTMLInputElement>(el, `input[type="checkbox"][name="${questionId}"][value="${optionId}"]`);

/** Ticks exactly `optionIds` of a "choose all that apply" question, clicking only the boxes whose state differs, as a person does. */
export async function tick(el: Widget, questionId: string, optionIds: readonly string[]): Promise<void> {
  for (const box of $$<HTMLInputElement>(el, `form[part~="step"] input[type="checkbox"][name="${questionId}"]`)) {
    if (box.checked !== optionIds.includes(box.value)) {
      box.click();
      await settle(el);
    }
  }
}

/** Types into a number field: the value a person typed, then the input event the browser fires. */
export async function typeNumber(el: Widget, questionId: string, typed: string): Promise<void> {
  const input = numberField(el, questionId);
  input.value = typed;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: typed }));
  await settle(el);
}

export const stepForm = (el: Widget) => $<HTMLFormElement>(el, 'form[part~="step"]');
export const nextButton = (el: Widget) => $<HTMLButtonElement>(el, 'form[part~="step"] button[type="submit"]');
/** Back: the step's plain (type=button) button beside Next. */
export const backButton = (el: Widget) => {
  const found = $$<HTMLButtonElement>(el, 'form[part~="step"] button[type="button"]').at(-1);
  if (!found) throw new Error('no Back button on this step');
  return found;
};

export async function pressNext(el: Widget): Promise<void> {
  nextButton(el).click();
  await settle(el);
}

export async function pressBack(el: Widget): Promise<void> {
  backButton(el).click();
  await settle(el);
}

export const progress = (el: Widget) => text($(el, '[part~="progress"]'));
/** The running score line ("Estimated score: 30 of 100"): the first status region. */
export const runningScore = (el: Widget) => text($(el, '.running'));
export const stepHeading = (el: Widget) =>
  $(el, 'form[part~="step"] h1, form[part~="step"] h2, form[part~="step"] h3, form[part~="step"] h4');
export const focused = (el: Widget): Element | null => shadow(el).activeElement;

/** The question ids asked on the step shown, in order. */
export function askedQuestions(el: Widget): string[] {
  const names = $$<HTMLInputElement>(el, 'form[part~="step"] input[name]').map((input) => input.name);
  return [...new Set(names)];
}

/** Answers one question shown: clicks a radio, ticks checkboxes (an array), or types a number. */
export async function answerQuestion(el: Widget, id: string, value: NonNullable<Answers[string]>): Promise<void> {
  if (typeof value === 'number') await typeNumber(el, id, value.toLocaleString('en-US'));
  else if (typeof value === 'string') await choose(el, id, value);
  else await tick(el, id, value);
}

/**
 * Answers every question on the step shown that `answers` has a value for,
 * from what the DOM shows; repeats so that a question asked only once another
 * is answered gets answered too.
 */
export async function answerStep(el: Widget, answers: Answers): Promise<void> {
  const done = new Set<string>();
  for (let round = 0; round < 10; round++) {
    const pending = askedQuestions(el).filter((id) => !done.has(id) && answers[id] !== undefined);
    if (!pending.length) return;
    for (const id of pending) {
      const value = answers[id];
      if (value !== undefined) await answerQuestion(el, id, value);
      done.add(id);
    }
  }
}

/** Completes every step through the UI and returns the `score` fired on reaching the result. */
export async function completeThroughUi(el: Widget, answers: Answers): Promise<ScoreDetail> {
  const scores = collect(el, 'score');
  try {
    for (let step = 0; step < 20 && !$maybe(el, '[part~="result"]'); step++) {
      await answerStep(el, answers);
      await pressNext(el);
      const refused = $maybe(el, '#error-summary');
      if (refused && text(refused)) throw new Error(`a step was not accepted: ${text(refused)}`);
    }
    if (!$maybe(el, '[part~="result"]')) throw new Error('the result was not reached');
    const score = scores.events.at(-1);
    if (!score) throw new Error('reaching the result fired no score event');
    return score.detail;
  } finally {
    scores.stop();
  }
}

export type WidgetEvent = 'score' | 'answer' | 'assessment-error' | 'language-change';

/** Records every event of a type reaching `target` until `stop()`. */
export function collect<K extends WidgetEvent>(
  target: EventTarget,
  type: K,
): { events: HTMLElementEventMap[K][]; stop: () => void } {
  const events: HTMLElementEventMap[K][] = [];
  const listener = (event: Event) => events.push(event as HTMLElementEventMap[K]);
  target.addEventListener(type, listener);
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/** The fields of an assessment the element must report exactly as the engine computes them. */
export const scoreSummary = (assessment: Omit<ScoreDetail, 'answers' | 'scenario'>) => ({
  total: assessment.total,
  categories: assessment.categories,
  bonus: assessment.bonus,
  pathways: assessment.pathways,
  alternatives: assessment.alternatives,
  eligible: assessment.eligible,
});

/**
 * Goes forward through the UI, answering each step from `answers`, until the
 * step that asks `questionId` is shown: the way a person reaches a question,
 * whichever step the rubric puts it on.
 */
export async function reachQuestion(el: Widget, questionId: string, answers: Answers = SME_APPLICANT): Promise<void> {
  for (let step = 0; step < 20; step++) {
    if (askedQuestions(el).includes(questionId)) return;
    if ($maybe(el, '[part~="result"]')) break;
    await answerStep(el, answers);
    await pressNext(el);
  }
  throw new Error(`no step asks ${questionId}`);
}

/** Runs `work` on a phone-sized viewport (360 × 640), then gives the desktop one back, whatever happened. */
export async function onPhone(work: () => Promise<void>): Promise<void> {
  await setViewport({ width: 360, height: 640 });
  try {
    await work();
  } finally {
    await setViewport({ width: 1024, height: 768 });
  }
}
