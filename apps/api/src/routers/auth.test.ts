import { useTestDb } from '@saffron/db/testing';
import { describe, expect, it } from 'vitest';
import { createAccount, PASSWORD } from '../testing/accounts.ts';
import { createTestCaller, createTestDeps, fakeBrowser, TEST_CONFIG } from '../testing/context.ts';
import { fieldErrorsOf } from '../testing/errors.ts';

describe('auth router', () => {
  const t = useTestDb();

  it('sets up the first admin once, signed in, and then never again', async () => {
    const deps = createTestDeps(t.db);
    const browser = fakeBrowser();
    const caller = createTestCaller(deps, browser.request());
    expect((await caller.system.info()).setupRequired).toBe(true);
    const { user } = await caller.auth.setupAdmin({ username: 'Admin', password: PASSWORD });
    expect(user).toMatchObject({ username: 'admin', role: 'admin', apps: ['recipes', 'grocery'] });
    expect(browser.jar.token).toBeDefined();
    expect(await createTestCaller(deps, browser.request()).auth.me()).toMatchObject({
      id: user.id,
    });
    await expect(
      createTestCaller(deps, fakeBrowser().request()).auth.setupAdmin({
        username: 'eve',
        password: PASSWORD,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await caller.system.info()).setupRequired).toBe(false);
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'alice');
    const caller = createTestCaller(deps, fakeBrowser().request());
    const wrong = caller.auth.login({ username: 'alice', password: 'not the password' });
    const unknown = caller.auth.login({ username: 'nobody', password: 'not the password' });
    // Both at once: awaiting one first would leave the other's rejection unhandled for a while.
    const sameAnswer = { code: 'UNAUTHORIZED', message: 'Invalid username or password' };
    await Promise.all([
      expect(wrong).rejects.toMatchObject(sameAnswer),
      expect(unknown).rejects.toMatchObject(sameAnswer),
    ]);
  });

  it('signs in with a cookie, or with a bearer token on request, and signs out', async () => {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'alice');
    const browser = fakeBrowser();
    const result = await createTestCaller(deps, browser.request()).auth.login({
      username: ' Alice ',
      password: PASSWORD,
    });
    expect(result.token).toBeUndefined();
    expect(browser.jar.token).toMatch(/^[\w-]{43}$/);

    const script = fakeBrowser();
    const bearer = await createTestCaller(deps, script.request()).auth.login({
      username: 'alice',
      password: PASSWORD,
      returnToken: true,
    });
    expect(bearer.token).toMatch(/^[\w-]{43}$/);
    expect(script.jar.token).toBeUndefined();

    const signedIn = createTestCaller(deps, browser.request());
    await signedIn.auth.logout();
    expect(browser.jar.token).toBeUndefined();
    const stale = { ...fakeBrowser().request(), sessionToken: bearer.token };
    expect(await createTestCaller(deps, stale).auth.me()).toMatchObject({ username: 'alice' });
  });

  it('changes the password, signing out every other session', async () => {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'alice');
    const laptop = fakeBrowser();
    const phone = fakeBrowser();
    for (const device of [laptop, phone]) {
      await createTestCaller(deps, device.request()).auth.login({
        username: 'alice',
        password: PASSWORD,
      });
    }
    const onLaptop = () => createTestCaller(deps, laptop.request());
    expect(
      await fieldErrorsOf(
        onLaptop().auth.changePassword({
          currentPassword: 'wrong',
          newPassword: 'a brand new passphrase',
        }),
      ),
    ).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: { currentPassword: ['The current password is not correct'] },
    });
    await onLaptop().auth.changePassword({
      currentPassword: PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    await expect(createTestCaller(deps, phone.request()).auth.me()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(await onLaptop().auth.me()).toMatchObject({ username: 'alice' });
    const fresh = createTestCaller(deps, fakeBrowser().request());
    await expect(fresh.auth.login({ username: 'alice', password: PASSWORD })).rejects.toMatchObject(
      { code: 'UNAUTHORIZED' },
    );
    await fresh.auth.login({ username: 'alice', password: 'a brand new passphrase' });
  });

  it("lists the user's sessions and revokes one; another user's session id is 404", async () => {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'alice');
    await createAccount(t.db, deps, 'bob');
    const laptop = fakeBrowser();
    const phone = fakeBrowser();
    const bobs = fakeBrowser();
    await createTestCaller(deps, laptop.request()).auth.login({
      username: 'alice',
      password: PASSWORD,
    });
    await createTestCaller(deps, phone.request()).auth.login({
      username: 'alice',
      password: PASSWORD,
    });
    await createTestCaller(deps, bobs.request()).auth.login({
      username: 'bob',
      password: PASSWORD,
    });

    const sessions = await createTestCaller(deps, laptop.request()).auth.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => !s.current)!;
    const bobSession = (await createTestCaller(deps, bobs.request()).auth.sessions())[0]!;

    await expect(
      createTestCaller(deps, laptop.request()).auth.revokeSession({ id: bobSession.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await createTestCaller(deps, bobs.request()).auth.me()).toMatchObject({
      username: 'bob',
    });
    await createTestCaller(deps, laptop.request()).auth.revokeSession({ id: other.id });
    await expect(createTestCaller(deps, phone.request()).auth.me()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('signs out every other device in one call, keeping this one and other users', async () => {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'alice');
    await createAccount(t.db, deps, 'bob');
    const [laptop, phone, tablet, bobs] = [
      fakeBrowser(),
      fakeBrowser(),
      fakeBrowser(),
      fakeBrowser(),
    ];
    for (const [device, username] of [
      [laptop, 'alice'],
      [phone, 'alice'],
      [tablet, 'alice'],
      [bobs, 'bob'],
    ] as const)
      await createTestCaller(deps, device.request()).auth.login({ username, password: PASSWORD });

    await createTestCaller(deps, laptop.request()).auth.revokeOtherSessions();
    for (const device of [phone, tablet])
      await expect(createTestCaller(deps, device.request()).auth.me()).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    expect(await createTestCaller(deps, laptop.request()).auth.sessions()).toHaveLength(1);
    expect(await createTestCaller(deps, bobs.request()).auth.me()).toMatchObject({
      username: 'bob',
    });
  });

  it('allows sign-up only when enabled', async () => {
    const closed = createTestCaller(createTestDeps(t.db), fakeBrowser().request());
    await expect(
      closed.auth.signup({ username: 'newbie', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const deps = createTestDeps(t.db, { config: { ...TEST_CONFIG, allowSignup: true } });
    const { user } = await createTestCaller(deps, fakeBrowser().request()).auth.signup({
      username: 'newbie',
      password: PASSWORD,
    });
    expect(user.role).toBe('user');
    expect(
      await fieldErrorsOf(
        createTestCaller(deps, fakeBrowser().request()).auth.signup({
          username: 'newbie',
          password: PASSWORD,
        }),
      ),
    ).toEqual({ code: 'CONFLICT', fieldErrors: { username: ['That username is taken'] } });
  });

  it('rejects malformed input with field errors', async () => {
    const caller = createTestCaller(createTestDeps(t.db), fakeBrowser().request());
    expect(
      await fieldErrorsOf(caller.auth.setupAdmin({ username: 'x', password: 'short' })),
    ).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: {
        username: ['Username must be at least 3 characters'],
        password: ['Password must be at least 12 characters'],
      },
    });
  });
});
