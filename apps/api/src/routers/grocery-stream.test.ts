import { useTestDb } from '@saffron/db/testing';
import type { TGroceryChanges } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { createLocalGroceryEvents, type GroceryEvents } from '../grocery/events.ts';
import { createAccount, PASSWORD } from '../testing/accounts.ts';
import { createTestCaller, createTestDeps, fakeBrowser } from '../testing/context.ts';

describe('grocery.onChange: where a stream starts and when it ends', () => {
  const t = useTestDb();

  it('delivers a change made while the stream was starting (no lastEventId)', async () => {
    const local = createLocalGroceryEvents();
    let whileStarting: () => Promise<unknown> = () => Promise.resolve();
    // Widens the race: the change lands just after the stream registered for events, before
    // it has read the state it starts from.
    const events: GroceryEvents = {
      ...local,
      listen: async (ownerId, signal) => {
        const versions = await local.listen(ownerId, signal);
        await whileStarting();
        return versions;
      },
    };
    const deps = createTestDeps(t.db, { grocery: { events } });
    await createAccount(t.db, deps, 'shopper');
    const browser = fakeBrowser();
    const caller = () => createTestCaller(deps, browser.request());
    await caller().auth.login({ username: 'shopper', password: PASSWORD });
    whileStarting = () => caller().grocery.addItems({ items: [{ name: 'saffron' }] });

    const stop = new AbortController();
    const stream = await createTestCaller(deps, browser.request(), stop.signal).grocery.onChange({
      lastEventId: null,
    });
    const seen: TGroceryChanges[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        // A server-side caller yields tracked() envelopes as they are: [id, data].
        const [, changes] = event as unknown as [string, TGroceryChanges];
        seen.push(changes);
        if (changes.items.some((item) => item.name === 'saffron')) return;
      }
    })();
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('timed out'), 1_500));
    const outcome = await Promise.race([reading.then(() => 'delivered'), timedOut]);
    stop.abort();
    expect(outcome, `saw ${JSON.stringify(seen)}`).toBe('delivered');
  });

  it('ends with 401 when the session signs out elsewhere, or its account is disabled', async () => {
    const deps = createTestDeps(t.db);
    const admin = await createAccount(t.db, deps, 'admin', { role: 'admin' });
    const shopper = await createAccount(t.db, deps, 'shopper');
    const signedIn = async (username: string) => {
      const browser = fakeBrowser();
      await createTestCaller(deps, browser.request()).auth.login({ username, password: PASSWORD });
      return browser;
    };
    const ending = async (browser: ReturnType<typeof fakeBrowser>) => {
      const stream = await createTestCaller(
        deps,
        browser.request(),
        new AbortController().signal,
      ).grocery.onChange({ lastEventId: null });
      return (async () => {
        try {
          for await (const _ of stream);
          return 'ended without error';
        } catch (error) {
          return (error as { code?: string }).code;
        }
      })();
    };
    const within = (outcome: Promise<unknown>) =>
      Promise.race([
        outcome,
        new Promise((resolve) => setTimeout(() => resolve('still open'), 1_500)),
      ]);

    const phone = await signedIn('shopper');
    const laptop = await signedIn('shopper');
    const onPhone = ending(phone);
    await createTestCaller(deps, laptop.request()).auth.revokeOtherSessions();
    expect(await within(onPhone)).toBe('UNAUTHORIZED');

    const onLaptop = ending(laptop);
    const adminBrowser = await signedIn(admin.username);
    await createTestCaller(deps, adminBrowser.request()).admin.users.update({
      id: shopper.id,
      disabled: true,
    });
    expect(await within(onLaptop)).toBe('UNAUTHORIZED');
  });
});
