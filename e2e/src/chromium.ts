/**
 * Debian's Chromium, headless, with nothing reaching out to Google's services (this
 * machine's network is closed: without these flags every start tries and fails).
 * Shared by the browser tests and the browser benchmarks.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
