import { useTestDb } from '@saffron/db/testing';
import type { TGroceryChanges } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { createLocalGroceryEvents, type GroceryEvents } from '../grocery/events.ts';
import { createAccount, PASSWORD } from '../testing/accounts.ts';
import { createTestCaller, createTestDeps, fakeBrowser } from '../testing/context.ts';

describe('grocery.onChange: where a new stream starts', () => {
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
});
