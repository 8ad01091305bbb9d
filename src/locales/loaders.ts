import { retryQuery } from '../components/loading/on-demand.js';
import type { Locale } from './locale.js';

/** A language's file, loaded on demand; `query` is what its address gets after failed loads (on-demand.ts). */
type Loader = (query: string) => Promise<{ default: Locale }>;

// The plain import first, so that every build sees the file. The CDN build
// names each `ktech-pass-assessment.<code>.js`, next to the main file.
const LOADERS = new Map<string, Loader>([
  ['ko', (query) => (query ? import(`./ko.js${query}`) : import('./ko.js'))],
  ['zh-Hans', (query) => (query ? import(`./zh-Hans.js${query}`) : import('./zh-Hans.js'))],
  ['vi', (query) => (query ? import(`./vi.js${query}`) : import('./vi.js'))],
]);

/** Loads a language's file (a fresh address per `failures`), or undefined for English, which is built in. */
export const loaderOf = (code: string): ((failures: number) => Promise<Locale>) | undefined => {
  const load = LOADERS.get(code);
  return load && ((failures) => load(retryQuery(failures)).then(({ default: locale }) => locale));
};
