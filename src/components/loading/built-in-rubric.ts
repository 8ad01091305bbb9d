// The built-in rubric as the widget shows it. In the CDN build the main
// file's copy lacks the texts only the result shows; the result view's file
// brings them (result-texts.ts), and from then on every widget on the page
// shows, and `el.rubric` gives, the whole rubric. Elsewhere it is whole from
// the start.
import { defaultRubric } from '../../rubric/default-rubric.js';
import type { Rubric } from '../../rubric/types.js';

let whole: Rubric = defaultRubric;

/** The result view's file has loaded: `complete` adds the result's texts to the built-in rubric. */
export function completeBuiltIn(complete: (builtIn: Rubric) => Rubric): void {
  whole = complete(defaultRubric);
}

/** `rubric`, or, for the built-in one, it with the result's texts once they have come. */
export const shownRubric = <R extends Rubric | null>(rubric: R): R | Rubric =>
  rubric === defaultRubric ? whole : rubric;

/**
 * A rubric a host sets, ready to validate: a copy of the built-in one read
 * from `el.rubric` before the result's texts came (its id changed or not)
 * gets them from the result view's file, as the copy had them before they
 * moved there. Anything else, or when that file does not come, as it is.
 */
export async function withBuiltInTexts(value: unknown): Promise<unknown> {
  // A copy: routes that are all the built-in rubric's, all without their texts. (The CDN build's
  // built-in rubric lacks them until then; elsewhere nothing lacks them.) A rubric of the host's own
  // is validated as it is, whatever it lacks.
  const untold = (route: unknown): route is { id: unknown } =>
    typeof route === 'object' && route !== null && !('description' in route);
  // The built-in routes without their texts: none where the built-in rubric is whole.
  const builtIn = new Set<unknown>(defaultRubric.pathways.filter(untold).map((route) => route.id));
  const copied = (value as { pathways?: unknown } | null)?.pathways;
  if (!Array.isArray(copied) || !copied.length || !copied.every((route) => untold(route) && builtIn.has(route.id)))
    return value;
  try {
    return (await import('../views/result-view.js')).withResultTextsCopy(value);
  } catch {
    return value;
  }
}
