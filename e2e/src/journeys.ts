import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const ADMIN = { username: 'admin', password: 'correct horse battery staple' };

/** First run: the app sends a fresh install to the setup screen. */
export async function createFirstAdmin(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/setup');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Repeat the password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expectSignedIn(page);
}

export async function signIn(page: Page, { username, password } = ADMIN): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedIn(page);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await page.waitForURL('**/login**');
}

export async function expectSignedIn(page: Page, username = ADMIN.username): Promise<void> {
  await page.getByRole('heading', { name: 'Recipes', exact: true }).waitFor();
  expect(await page.getByRole('banner').innerText()).toContain(username);
}
