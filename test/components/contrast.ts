// axe-core's colour-contrast rule alone, for the dark theme: the full rule set
// runs once per language and state in the light theme (accessibility.test.ts);
// the dark palette changes colours only, so contrast is all it can break.
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

/** The contrast violations in `element` (its shadow tree included), as readable lines. */
export async function contrastViolations(element: Element): Promise<string[]> {
  const { violations } = await window.axe.run(element, {
    runOnly: { type: 'rule', values: ['color-contrast'] },
    resultTypes: ['violations'],
  });
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.help}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
  );
}

/** Switches the widget to the dark theme where it is (same view, same answers) and checks every text's contrast. */
export async function expectDarkContrast(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  element.setAttribute('theme', 'dark');
  await element.updateComplete;
  expect(getComputedStyle(element).colorScheme, 'the dark theme is on').to.equal('dark');
  expect(await contrastViolations(element)).to.deep.equal([]);
}
