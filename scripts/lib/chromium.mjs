// The one place that knows how this project runs Chromium: where the binary
// is, the flags it needs on our machines, and the puppeteer-core launch.
// web-test-runner (given the same launch options), the Node tests of the
// build, the end-to-end suite, the package test, the bench and the
// screenshots all drive the same browser the same way.
import { existsSync } from 'node:fs';

export const KNOWN_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @returns {string | undefined} CHROME_PATH if set and present, else the first known path that exists. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return KNOWN_CHROMIUM_PATHS.find((path) => existsSync(path));
}

/** @returns {string} the Chromium to drive; throws, saying how to get one, when there is none. */
export function chromiumPath() {
  const path = findChromium();
  if (!path) {
    throw new Error(
      'No Chromium found: run `npm test` or `npm run bench` (each installs one first) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

// Running as root (CI, the dev machines) needs --no-sandbox; the rest keep a
// closed network quiet: without them Chromium keeps calling Google's hosts.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Headless, this machine's Chromium, our flags: puppeteer-core's launch
 * options, for launchChromium and for web-test-runner's chromeLauncher.
 * @param {import('puppeteer-core').LaunchOptions} [options] more options; their `args` come after ours
 * @returns {import('puppeteer-core').LaunchOptions}
 */
export function chromiumLaunchOptions({ args = [], ...options } = {}) {
  return { executablePath: chromiumPath(), headless: true, ...options, args: [...CHROMIUM_ARGS, ...args] };
}

/**
 * Launches Chromium with puppeteer-core.
 * @param {import('puppeteer-core').LaunchOptions} [options] as for chromiumLaunchOptions
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchChromium(options) {
  // Loaded here, not at the top: ensure-chrome and the test runner's
  // config need only the path, and puppeteer-core takes a while to load.
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch(chromiumLaunchOptions(options));
}
