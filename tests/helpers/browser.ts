/** Tests drive the same system Chromium as `npm run pdf`. */
export { CHROMIUM_ARGS, findChromium, launchChromium } from '../../src/headless/chromium.ts';
