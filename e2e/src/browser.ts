import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@saffron/db';
import { truncateAll } from '@saffron/db/testing';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject, onTestFailed, onTestFinished } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';
import './context.ts';
import { ARTIFACTS } from './stack.ts';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

export function e2e() {
  const context = inject('e2e');
  if (!context) throw new Error('The e2e stack is not running');
  return context;
}

export const e2eAvailable = () => inject('e2e') !== null;

/**
 * A browser profile on disk, so a test can close the browser and open it again with the
 * same cookies, as a person restarting their browser would.
 */
export async function newProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'saffron-chromium-'));
}

export async function openBrowser(
  profile: string,
  viewport: ViewportName,
  baseURL: string = e2e().baseUrl,
  { colorScheme = 'light' }: { colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: e2e().chromiumPath,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORTS[viewport],
    baseURL,
    colorScheme,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // An exception in the page fails the test, even when the screen looked right.
  const pageErrors: string[] = [];
  context.on('weberror', (error) => pageErrors.push(error.error().stack ?? String(error.error())));
  onTestFinished(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));
  // What the browser showed when a test failed is the first thing anyone will want to see.
  onTestFailed(async () => {
    for (const [i, open] of context.pages().entries()) {
      await screenshot(open, `FAILED-${viewport}-${i}`).catch(() => {});
    }
  });
  return { context, page };
}

/** Saved under e2e/test-artifacts/screenshots, one per main screen and viewport. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(ARTIFACTS, 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Each journey starts from a fresh install: no accounts, no recipes. */
export async function resetDatabase(): Promise<void> {
  const handle = await createDb({ databaseUrl: e2e().databaseUrl });
  try {
    await truncateAll(handle.db);
  } finally {
    await handle.close();
  }
}
