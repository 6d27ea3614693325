import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The names a system Chromium or Chrome goes by, looked for on PATH in this order. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/**
 * The Chromium to drive, or what was looked for when there is none: `CHROME_PATH` when set (it must
 * exist), else the first of chromium, chromium-browser and google-chrome on `PATH`. A machine hides
 * its browser by leaving it off PATH and pointing CHROME_PATH nowhere, as the tests do.
 */
export function locateChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { missing: `CHROME_PATH points to ${fromEnv}, which does not exist` };
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const found = NAMES.flatMap((name) => folders.map((folder) => join(folder, name))).find((path) => existsSync(path));
  return found ? { path: found } : { missing: `No Chromium found (CHROME_PATH is not set, and none of ${NAMES.join(', ')} is on PATH)` };
}

/** The Chromium to drive (see locateChromium); throws, saying how to install one, when there is none. */
export function findChromium(): string {
  const located = locateChromium();
  if ('missing' in located) {
    throw new Error(`${located.missing}. Install Chromium (Debian/Ubuntu: \`apt-get install -y chromium\`) or set CHROME_PATH to a Chromium or Chrome binary.`);
  }
  return located.path;
}

/** Launch the system Chromium through playwright-core (never a downloaded browser), loaded only now: finding one needs none of it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
