import { join } from 'node:path';
import { freePort, waitForHttp } from '@saffron/service/testing';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import {
  e2e,
  e2eAvailable,
  newProfile,
  openBrowser,
  resetDatabase,
  screenshot,
} from './browser.ts';
import { ADMIN, expectSignedIn } from './journeys.ts';
import { ROOT, start, stopService, VITE } from './stack.ts';

describe.runIf(e2eAvailable())('first run of a production install in the browser', () => {
  it('asks for the setup token from the api log before it makes the first admin', async () => {
    await resetDatabase();
    const [api, web] = [String(await freePort()), String(await freePort())];
    const webUrl = `http://localhost:${web}`;
    const production = start('api-production', ['apps/api/src/main.ts'], {
      NODE_ENV: 'production',
      DATABASE_URL: e2e().databaseUrl,
      PUBLIC_URL: webUrl,
      API_PORT: api,
      LOG_FORMAT: 'json',
    });
    const env = { ...e2e().ports, API_PORT: api, WEB_PORT: web };
    const preview = start(
      'web-production',
      [VITE, 'preview', '--strictPort', '--port', web],
      env,
      join(ROOT, 'apps/web'),
    );
    try {
      await waitForHttp(`http://127.0.0.1:${api}/readyz`);
      await waitForHttp(`http://127.0.0.1:${web}/`);
      const { context, page } = await openBrowser(await newProfile(), 'phone', webUrl, {
        colorScheme: 'dark',
      });
      await page.goto('/');
      await page.waitForURL('**/setup');
      const token = page.getByLabel('Setup token');
      await token.waitFor();
      await expectAccessible(page, 'setup with token (phone, dark)');
      await page.getByLabel('Username').fill(ADMIN.username);
      await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
      await page.getByLabel('Repeat the password').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Create administrator' }).click();
      expect(await page.getByRole('alert').first().innerText()).toContain('setup token');
      await expect.poll(() => token.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'setup-token-phone-dark');

      const printed = /setup token: ([\w-]+)/.exec(production.output())?.[1];
      expect(printed, 'the api printed a setup token').toBeDefined();
      await token.fill(printed!);
      await page.getByRole('button', { name: 'Create administrator' }).click();
      await expectSignedIn(page);
      await context.close();
    } finally {
      await Promise.all([production, preview].map(stopService));
    }
  });
});
