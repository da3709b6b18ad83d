import { beforeAll, describe, expect, it } from 'vitest';
import {
  e2eAvailable,
  newProfile,
  openBrowser,
  resetDatabase,
  screenshot,
  type ViewportName,
} from './browser.ts';
import { ADMIN, createFirstAdmin, expectSignedIn, signIn, signOut } from './journeys.ts';

describe.runIf(e2eAvailable())('accounts in the browser', () => {
  beforeAll(resetDatabase);

  it('creates the first admin, signs out and in, and keeps the session across a reload and a browser restart', async () => {
    const profile = await newProfile();
    let { context, page } = await openBrowser(profile, 'desktop');
    await createFirstAdmin(page);

    await signOut(page);
    await screenshot(page, 'login-desktop');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('do not match an account');

    await signIn(page);
    await page.reload();
    await expectSignedIn(page);

    await context.close();
    ({ context, page } = await openBrowser(profile, 'desktop'));
    await page.goto('/account');
    await page.getByText('This device').waitFor();
    await screenshot(page, 'account-desktop');
    await context.close();
  });

  it('offers setup only once: a second visit to /setup goes to sign-in', async () => {
    const { context, page } = await openBrowser(await newProfile(), 'phone');
    await page.goto('/setup');
    await page.waitForURL('**/login**');
    await screenshot(page, 'login-phone');
    await context.close();
  });

  it('signs every other device out from the account page, and keeps this one', async () => {
    const signedInDevice = async (viewport: ViewportName) => {
      const device = await openBrowser(await newProfile(), viewport);
      await device.page.goto('/login');
      await signIn(device.page);
      return device;
    };
    const here = await signedInDevice('desktop');
    const others = await Promise.all([signedInDevice('phone'), signedInDevice('phone')]);

    await here.page.goto('/account');
    await here.page.getByRole('button', { name: 'Sign out all other devices' }).click();
    await expect
      .poll(() => here.page.getByRole('button', { name: 'Sign out device' }).count())
      .toBe(0);
    expect(await here.page.getByText('This device').count()).toBe(1);

    for (const other of others) {
      await other.page.reload();
      await other.page.waitForURL('**/login**');
    }
    await here.page.goto('/');
    await expectSignedIn(here.page);
    await Promise.all([here, ...others].map((device) => device.context.close()));
  });
});
