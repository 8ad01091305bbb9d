import type { Page } from 'puppeteer-core';

/** Answers every unanswered control on the step shown by real input; `act` performs (and may time) each action. */
export function answerStep(page: Page, host: string | null, act?: (kind: string, action: () => Promise<unknown>) => Promise<unknown>): Promise<number>;
/** Clicks the step's submit button; false when there is none. */
export function submit(page: Page, host: string): Promise<boolean>;
/** Whether the result view is shown. */
export function onResult(page: Page, host: string): Promise<boolean>;
/** Answers and submits step after step until the result shows. */
export function reachResult(page: Page, host: string, settle: () => Promise<unknown>, steps?: number): Promise<boolean>;
