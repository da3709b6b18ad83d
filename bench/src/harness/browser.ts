import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '@saffron/e2e/chromium';
import { freePort, startProcess, trpcMutation, waitForHttp } from '@saffron/service/testing';
import { chromium } from 'playwright-core';
import { benchEnv } from '../env.ts';
import { DEMO_PASSWORD } from './bench-data.ts';

export const PHONE = { width: 390, height: 844 };

export function launchBrowser() {
  return chromium.launch({ executablePath: benchEnv.chromiumPath, args: CHROMIUM_ARGS });
}

/** Chromium with its DevTools port open, for tools that drive it themselves (Lighthouse). */
export async function launchDebuggableChromium() {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'saffron-bench-chromium-'));
  const browser = startProcess(
    benchEnv.chromiumPath,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`],
    { stdio: 'ignore' },
  );
  await waitForHttp(`http://127.0.0.1:${port}/json/version`);
  return {
    port,
    stop: async () => {
      await browser.stop();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A seeded cook's session cookie ("name=value"), signed in as the browser would be. */
export async function sessionCookie(siteUrl: string, username: string): Promise<string> {
  const response = await trpcMutation(
    siteUrl,
    'auth.login',
    { username, password: DEMO_PASSWORD },
    { origin: siteUrl },
  );
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!response.ok || !cookie)
    throw new Error(`Could not sign in as ${username}: ${response.status}`);
  return cookie;
}
