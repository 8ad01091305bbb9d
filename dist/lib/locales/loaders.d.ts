import type { Locale } from './locale.js';
/** Loads a language's file (a fresh address per `failures`), or undefined for English, which is built in. */
export declare const loaderOf: (code: string) => ((failures: number) => Promise<Locale>) | undefined;
