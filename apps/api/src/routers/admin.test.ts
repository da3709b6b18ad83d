import { useTestDb } from '@saffron/db/testing';
import { describe, expect, it } from 'vitest';
import { PASSWORD, signInNewAccount } from '../testing/accounts.ts';
import { createTestCaller, fakeBrowser } from '../testing/context.ts';
import { appProcedure, createCallerFactory, createTRPCRouter } from '../trpc/init.ts';
import { createContextInner } from '../trpc/context.ts';

describe('admin router and access rules', () => {
  const t = useTestDb();

  const signedIn = (username: string, options?: Parameters<typeof signInNewAccount>[2]) =>
    signInNewAccount(t.db, username, options);

  it('lets admins create, list and update users', async () => {
    const admin = await signedIn('root', { role: 'admin' });
    const created = await admin
      .caller()
      .admin.users.create({ username: 'Bob', password: PASSWORD, apps: ['grocery'] });
    expect(created).toMatchObject({
      username: 'bob',
      role: 'user',
      apps: ['grocery'],
      disabled: false,
    });
    await expect(
      admin.caller().admin.users.create({ username: 'bob', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const updated = await admin
      .caller()
      .admin.users.update({ id: created.id, role: 'admin', apps: ['recipes', 'grocery'] });
    expect(updated).toMatchObject({ role: 'admin', apps: ['recipes', 'grocery'] });
    expect((await admin.caller().admin.users.list()).map((u) => u.username)).toEqual([
      'bob',
      'root',
    ]);
    await expect(
      admin
        .caller()
        .admin.users.update({ id: '00000000-0000-4000-8000-000000000000', disabled: true }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses non-admins (403) and anonymous callers (401)', async () => {
    const user = await signedIn('alice');
    await expect(user.caller().admin.users.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      user.caller().admin.users.create({ username: 'x1y', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createTestCaller(user.deps).admin.users.list()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it("stops a disabled user's sessions at once, and a password reset does too", async () => {
    const admin = await signedIn('root', { role: 'admin' });
    const alice = await signedIn('alice');
    await admin.caller().admin.users.update({ id: alice.user.id, disabled: true });
    await expect(alice.caller().auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const again = createTestCaller(alice.deps, fakeBrowser().request());
    await expect(again.auth.login({ username: 'alice', password: PASSWORD })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );

    await admin.caller().admin.users.update({ id: alice.user.id, disabled: false });
    const back = fakeBrowser();
    await createTestCaller(alice.deps, back.request()).auth.login({
      username: 'alice',
      password: PASSWORD,
    });
    await admin.caller().admin.users.update({ id: alice.user.id, password: 'reset by the admin' });
    await expect(createTestCaller(alice.deps, back.request()).auth.me()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('never leaves Saffron without an active admin', async () => {
    const admin = await signedIn('root', { role: 'admin' });
    await expect(
      admin.caller().admin.users.update({ id: admin.user.id, role: 'user' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      admin.caller().admin.users.update({ id: admin.user.id, disabled: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('checks app access per user (403 without it)', async () => {
    const probe = createTRPCRouter({ grocery: appProcedure('grocery').query(() => 'in') });
    const callProbe = (who: Awaited<ReturnType<typeof signedIn>>) =>
      createCallerFactory(probe)(createContextInner(who.deps, who.browser.request())).grocery();
    const shopper = await signedIn('shopper', { apps: ['grocery'] });
    const cook = await signedIn('cook', { apps: ['recipes'] });
    expect(await callProbe(shopper)).toBe('in');
    await expect(callProbe(cook)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your account has no access to the grocery app',
    });
  });
});
