// Types for chrome-path.mjs, so TypeScript tests can import it.
export declare const KNOWN_CHROME_PATHS: string[];
export declare function findChrome(): string | undefined;
export declare const CHROME_ARGS: string[];
