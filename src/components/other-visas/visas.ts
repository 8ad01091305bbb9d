// Which visa rubrics the section shows: the built-in ones (E-7-1, D-10-1, F-2-7 with their translations), a host's own, and the host's choice among them.
import { frozen } from '../../rubric/frozen.js';
import { translateRubric, type RubricTranslation } from '../../rubric/translation.js';
import type { Rubric } from '../../rubric/types.js';
import d101 from '../../rubric/visas/d-10-1.json' with { type: 'json' };
import d101ko from '../../rubric/visas/d-10-1.ko.json' with { type: 'json' };
import d101vi from '../../rubric/visas/d-10-1.vi.json' with { type: 'json' };
import d101zh from '../../rubric/visas/d-10-1.zh-Hans.json' with { type: 'json' };
import e71 from '../../rubric/visas/e-7-1.json' with { type: 'json' };
import e71ko from '../../rubric/visas/e-7-1.ko.json' with { type: 'json' };
import e71vi from '../../rubric/visas/e-7-1.vi.json' with { type: 'json' };
import e71zh from '../../rubric/visas/e-7-1.zh-Hans.json' with { type: 'json' };
import f27 from '../../rubric/visas/f-2-7.json' with { type: 'json' };
import f27ko from '../../rubric/visas/f-2-7.ko.json' with { type: 'json' };
import f27vi from '../../rubric/visas/f-2-7.vi.json' with { type: 'json' };
import f27zh from '../../rubric/visas/f-2-7.zh-Hans.json' with { type: 'json' };

/**
 * The built-in visa rubrics, in the order shown: the job visa first (most
 * applicants of a careers page have an offer), then job seeking, then
 * residence. Validated by the test suite, not on every page view, like the
 * built-in rubric.
 */
export const BUILT_IN: readonly Rubric[] = [e71, d101, f27].map((json) => frozen(json as Rubric));

const TRANSLATIONS = [e71ko, e71vi, e71zh, d101ko, d101vi, d101zh, f27ko, f27vi, f27zh] as RubricTranslation[];

const translated = new Map<string, Rubric>();

/** A rubric in `lang` (its translation added, once), or as it is when there is none. */
export function inLanguage(rubric: Rubric, lang: string): Rubric {
  const translation = TRANSLATIONS.find((entry) => entry.rubric === rubric.id && entry.language === lang);
  if (!translation) return rubric;
  const key = `${rubric.id}@${rubric.version} ${lang}`;
  let done = translated.get(key);
  if (!done) translated.set(key, (done = frozen(translateRubric(rubric, translation))));
  return done;
}

/** A rubric id without its trailing year: `e-7-1-2026` is also `e-7-1`, so a host's choice outlives the yearly edition. */
const shortId = (id: string) => id.replace(/-\d{4}$/, '');

/**
 * The visas to show. `choice` is the `other-visas` attribute: empty or
 * absent for every visa; otherwise rubric ids separated by spaces or commas,
 * each with or without its year (`e-7-1 f-2-7`), in the order given. Returns
 * the visas chosen and the names that are no visa here; when no name is a
 * visa here (a typo), every visa, never an empty section.
 */
export function chooseVisas(
  all: readonly Rubric[],
  choice: string | undefined,
): { visas: Rubric[]; unknown: string[] } {
  const names = (choice ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!names.length) return { visas: [...all], unknown: [] };
  const visas: Rubric[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const found = all.find((rubric) => rubric.id.toLowerCase() === name || shortId(rubric.id.toLowerCase()) === name);
    if (!found) unknown.push(name);
    else if (!visas.includes(found)) visas.push(found);
  }
  return { visas: visas.length ? visas : [...all], unknown };
}
