import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE, sessionCookie } from '../harness/browser.ts';
import { BENCH_COOK, ensureSeeded } from '../harness/bench-data.ts';
import { printTable } from '../harness/report.ts';
import { startWebStack } from '../harness/web-stack.ts';
import { recordFigure } from '../harness/scoreboard.ts';

/** Issue 6: the JavaScript the first screen needs, gzipped, is at most this. */
const BUDGET_BYTES = 170 * 1024;

interface ScriptUse {
  url: string;
  wireBytes: number;
  bytes: number;
}

/**
 * Every script a fresh visit downloads until the screen is ready and the network is idle,
 * with the bytes on the wire (nginx's gzip) and unpacked. No service worker, no cache.
 */
async function firstScreenScripts(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  cookie?: string,
): Promise<ScriptUse[]> {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  if (cookie) {
    const [name = '', value = ''] = cookie.split('=');
    await context.addCookies([{ name, value, url }]);
  }
  const page = await context.newPage();
  const scripts: Promise<ScriptUse>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      (async () => ({
        url: new URL(response.url()).pathname,
        wireBytes: (await response.request().sizes()).responseBodySize,
        bytes: (await response.body()).length,
      }))(),
    );
  });
  try {
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
    return await Promise.all(scripts);
  } finally {
    await context.close();
  }
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** First-screen JavaScript of the production build, as served by nginx, against the budget. */
export async function webBundleBenchmark(): Promise<void> {
  await (await ensureSeeded(1000, 100_000)).close();
  const stack = await startWebStack();
  const browser = await launchBrowser();
  try {
    const screens = {
      'sign-in (signed out)': await firstScreenScripts(browser, `${stack.url}/`, (page) =>
        page.getByRole('heading', { name: 'Sign in' }).waitFor(),
      ),
      'search (signed in)': await firstScreenScripts(
        browser,
        `${stack.url}/`,
        (page) => page.getByRole('list', { name: 'Recipes' }).getByRole('link').first().waitFor(),
        await sessionCookie(stack.url, BENCH_COOK),
      ),
    };
    const rows = Object.entries(screens).map(([screen, scripts]) => {
      const wire = scripts.reduce((sum, script) => sum + script.wireBytes, 0);
      const raw = scripts.reduce((sum, script) => sum + script.bytes, 0);
      return [screen, scripts.length, kib(raw), kib(wire), `${(wire / BUDGET_BYTES).toFixed(2)}x`];
    });
    printTable(
      `First-screen JavaScript (production build behind nginx; budget ${kib(BUDGET_BYTES)} KiB gzip)`,
      ['screen', 'scripts', 'KiB raw', 'KiB gzip', 'of budget'],
      rows,
    );
    for (const [screen, scripts] of Object.entries(screens)) {
      recordFigure({
        figure: `first-screen JS of ${screen}, of the budget`,
        value: scripts.reduce((sum, script) => sum + script.wireBytes, 0) / BUDGET_BYTES,
        target: 1,
        better: 'lower',
      });
      console.log(`  ${screen}: ${scripts.map((script) => script.url).join(', ')}`);
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}
