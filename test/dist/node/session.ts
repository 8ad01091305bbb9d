// Chromium driven from Node (scripts/lib/chromium.mjs), for the tests that
// need a whole page: the demo pages and the React wrapper. The pages are
// served by the same static server as `npm start`, from the repository root.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { createStaticServer, listen } from '../../../scripts/lib/static-server.mjs';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface Session {
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server: Server = createStaticServer(repoRoot);
  const base = await listen(server);
  const browser = await launchChromium();
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Records every console error, uncaught exception, failed request and HTTP error status of a page. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
