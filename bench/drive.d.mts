import type { Page } from 'puppeteer-core';

/** Answers every unanswered control on the step shown by real input; `each` runs after every action. */
export function answerStep(page: Page, host: string, each?: (kind: string) => Promise<unknown>): Promise<number>;
/** Clicks the step's submit button; false when there is none. */
export function submit(page: Page, host: string): Promise<boolean>;
/** Whether the result view is shown. */
export function onResult(page: Page, host: string): Promise<boolean>;
/** Answers and submits step after step until the result shows. */
export function reachResult(page: Page, host: string, settle: () => Promise<unknown>, steps?: number): Promise<boolean>;
