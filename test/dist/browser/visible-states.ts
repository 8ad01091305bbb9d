// Every state a person can see, and how they get there from a freshly loaded
// page, for visible-text.test.ts: it renders each one from the built file
// and from the sources, in every language, and compares what is read.
//
// To add a state, add an entry to STATES (markup for the page, then the
// steps a person takes; call `see` for each screen worth comparing on the
// way, the last screen is always compared). Every language of the registry
// (src/locales/languages.json) is compared. Drive the widget only through its public contract (input names
// are question ids, radio values option ids, `part` names, public
// properties), so the states stay valid as the element's code changes.
import { LANGUAGES as REGISTRY } from '../../../src/locales/languages.js';
import { answerStep, nextStep, SME_APPLICANT, typeInto, until } from './drive.js';

/** The languages every state is compared in: the page's `<html lang>`. */
export const LANGUAGES = REGISTRY.map((language) => language.code);

export type Widget = HTMLElement & { rubric: unknown; updateComplete: Promise<unknown> };

export interface Visit {
  widget: Widget;
  root: ShadowRoot;
  /** Records the screen as it is now, under `label`, for comparison. */
  see: (label: string) => Promise<void>;
  /** Waits until the widget has rendered the last change. */
  settle: () => Promise<void>;
}

export interface State {
  name: string;
  /** The page's body (default: one `<ktech-pass-assessment>`); the widget is its first `ktech-pass-assessment`. */
  body?: string;
  /** What a person does once the widget has rendered, from a fresh page. */
  reach: (visit: Visit) => Promise<void>;
}

const query = <T extends Element>(visit: Visit, selector: string): T => {
  const found = visit.root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the widget`);
  return found;
};

async function click(visit: Visit, selector: string): Promise<void> {
  query<HTMLElement>(visit, selector).click();
  await visit.settle();
}

async function next(visit: Visit): Promise<void> {
  await nextStep(visit.widget);
  await visit.settle();
}

/** Answers the example applicant's questions of the step shown and goes on. */
async function answerAndGoOn(visit: Visit): Promise<void> {
  await answerStep(visit.widget, SME_APPLICANT);
  await visit.settle();
  await next(visit);
}

/** From the first step to the result, the way a person answers. */
async function toResult(visit: Visit): Promise<void> {
  for (let step = 0; step < 20 && !visit.root.querySelector('[part~="result"]'); step++) await answerAndGoOn(visit);
  await until(() => visit.root.querySelector('[part~="result"]'), 'the result');
}

/** Picks another answer in the result's what-if list, as a person does with a select. */
async function whatIf(visit: Visit, question: string, option: string): Promise<void> {
  const select = query<HTMLSelectElement>(visit, `[part~="result"] select[name="${question}"]`);
  select.value = option;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await visit.settle();
}

export const STATES: State[] = [
  { name: 'the first step', reach: async () => {} },
  {
    name: 'Next with nothing answered: the error summary and every field error',
    reach: next,
  },
  {
    name: 'letters typed into a number field, then Next',
    reach: async (visit) => {
      // The first step that asks a number, reached as a person does.
      for (let step = 0; step < 20 && !visit.root.querySelector('form[part~="step"] input[type="text"]'); step++)
        await answerAndGoOn(visit);
      typeInto(query<HTMLInputElement>(visit, 'form[part~="step"] input[type="text"]'), 'abc');
      await visit.settle();
      await next(visit);
    },
  },
  {
    name: 'the first step answered (numbers described in words), each later step in turn',
    reach: async (visit) => {
      await answerStep(visit.widget, SME_APPLICANT);
      await visit.settle();
      await visit.see('first step answered');
      for (let step = 2; !visit.root.querySelector('[part~="result"]'); step++) {
        await next(visit);
        if (visit.root.querySelector('[part~="result"]')) break;
        await visit.see(`step ${step}`);
        await answerStep(visit.widget, SME_APPLICANT);
        await visit.settle();
        await visit.see(`step ${step} answered`);
      }
    },
  },
  { name: 'the result', reach: toResult },
  {
    name: 'the result with assumptions and sources open',
    reach: async (visit) => {
      await toResult(visit);
      await click(visit, '[part~="result"] details > summary');
    },
  },
  {
    name: 'a what-if on the result (the "What if" banner with its delta), then Back to my result',
    reach: async (visit) => {
      await toResult(visit);
      await whatIf(visit, 'degree', 'doctorate');
      await visit.see('after the change');
      await click(visit, '[part~="result"] .scenario button');
    },
  },
  {
    name: 'Change answers from the result, back on the first step',
    reach: async (visit) => {
      await toResult(visit);
      await click(visit, '[part~="result"] .nav button');
    },
  },
  {
    name: 'the host presets employer-size="sme": the note instead of the question, and on the result',
    body: '<ktech-pass-assessment employer-size="sme"></ktech-pass-assessment>',
    reach: async (visit) => {
      for (let step = 0; step < 20 && !visit.root.querySelector('[part~="result"]'); step++) {
        await visit.see(`step ${step + 1}`);
        await answerAndGoOn(visit);
      }
    },
  },
  {
    name: 'a host rubric that is not valid: the error instead of the form',
    reach: async (visit) => {
      visit.widget.rubric = { id: 'not-a-rubric' };
      await until(() => visit.root.querySelector('[role="alert"]'), 'the error');
      await visit.settle();
    },
  },
  {
    name: 'a rubric-src that is not there: the error and Retry',
    body: '<ktech-pass-assessment rubric-src="/test/dist/browser/no-such-rubric.json"></ktech-pass-assessment>',
    reach: async (visit) => {
      await until(() => visit.root.querySelector('[role="alert"] button'), 'the error with Retry');
      await visit.settle();
    },
  },
  {
    name: 'an invalid employer-size attribute: a notice above the form',
    body: '<ktech-pass-assessment employer-size="huge"></ktech-pass-assessment>',
    reach: async (visit) => {
      await until(() => visit.root.querySelector('[role="alert"]'), 'the notice');
      await visit.settle();
    },
  },
];
