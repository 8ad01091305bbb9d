// Where a Chromium lives on this machine. Shared by the test runner, the
// end-to-end suite and the benchmarks so they all drive the same browser.
import { existsSync } from 'node:fs';

export const KNOWN_CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @returns {string | undefined} CHROME_PATH if set and present, else the first known path that exists. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return KNOWN_CHROME_PATHS.find((path) => existsSync(path));
}

// Running as root (CI, the dev machines) needs --no-sandbox; the rest keep a
// closed network quiet: without them Chromium keeps calling Google's hosts.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
