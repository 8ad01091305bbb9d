// Controls for TypesCheck.svelte (Svelte markup takes no @ts-expect-error):
// wrong uses of <ktech-pass-assessment> that must stay type errors, or the
// typings resolved to `any`.
import type { SvelteHTMLElements } from 'svelte/elements';

type Props = SvelteHTMLElements['ktech-pass-assessment'];

export const controls: Props[] = [
  // @ts-expect-error employer-size is an option id, a string
  { 'employer-size': 42 },
  // @ts-expect-error answers are keyed by question id, not a list
  { answers: ['doctorate'] },
  // @ts-expect-error the theme is light, dark or auto
  { theme: 'purple' },
  // @ts-expect-error the score detail has no such field
  { onscore: (event) => event.detail.notAField },
];
