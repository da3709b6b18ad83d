import { freePort, waitForHttp } from '@saffron/service/testing';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { e2e, e2eAvailable, newProfile, openBrowser, resetDatabase } from './browser.ts';
import { ROOT, start, stopService, VITE } from './stack.ts';

describe.runIf(e2eAvailable())('the development servers (pnpm dev)', () => {
  it('serve both apps from source, React in strict mode, without errors', async () => {
    await resetDatabase();
    const [web, grocery] = [String(await freePort()), String(await freePort())];
    const env = { ...e2e().ports, WEB_PORT: web, GROCERY_PORT: grocery };
    const servers = [
      start('web-dev', [VITE, '--strictPort', '--port', web], env, join(ROOT, 'apps/web')),
      start(
        'grocery-dev',
        [VITE, '--strictPort', '--port', grocery],
        env,
        join(ROOT, 'apps/grocery'),
      ),
    ];
    try {
      await waitForHttp(`http://127.0.0.1:${web}/`);
      await waitForHttp(`http://127.0.0.1:${grocery}/grocery/`);
      const { context, page } = await openBrowser(
        await newProfile(),
        'desktop',
        `http://localhost:${web}`,
      );
      await page.goto('/');
      await page.getByRole('heading', { name: 'Welcome to Saffron' }).waitFor();
      // The grocery app on the web app's origin, through the dev proxy, as nginx serves it.
      await page.goto('/grocery/');
      await page.getByLabel('Saffron username').waitFor();
      await context.close();
    } finally {
      await Promise.all(servers.map(stopService));
    }
  });
});
