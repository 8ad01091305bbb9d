// Types for chromium.mjs, so TypeScript tests can import it.
import type { Browser, LaunchOptions } from 'puppeteer-core';
export declare const KNOWN_CHROMIUM_PATHS: string[];
export declare function findChromium(): string | undefined;
export declare function chromiumPath(): string;
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumLaunchOptions(options?: LaunchOptions): LaunchOptions;
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
