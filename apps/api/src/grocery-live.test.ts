import { useTestDb } from '@saffron/db/testing';
import type { TGroceryChanges } from '@saffron/shared';
import {
  childEnv,
  openSse,
  freePort,
  redisAvailable,
  startNode,
  testServices,
  waitForHttp,
  type RunningProcess,
} from '@saffron/service/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAccount, PASSWORD } from './testing/accounts.ts';
import { createTestDeps } from './testing/context.ts';

const MAIN = join(import.meta.dirname, 'main.ts');

describe.runIf(redisAvailable())(
  'live grocery changes across api instances (Redis pub/sub)',
  () => {
    const t = useTestDb();
    const processes: RunningProcess[] = [];
    afterAll(() => processes.forEach((api) => api.child.kill('SIGTERM')));

    async function startApi(): Promise<string> {
      const port = await freePort();
      processes.push(
        startNode(
          MAIN,
          childEnv({
            DATABASE_URL: t.url,
            REDIS_URL: testServices.redisUrl!,
            API_PORT: String(port),
          }),
        ),
      );
      await waitForHttp(`http://127.0.0.1:${port}/readyz`);
      return `http://127.0.0.1:${port}`;
    }

    it('reaches clients on both instances, and a reconnecting client catches up on what it missed', async () => {
      await createAccount(t.db, createTestDeps(t.db), 'shopper', { apps: ['grocery'] });
      const [a, b] = await Promise.all([startApi(), startApi()]);
      const login = await fetch(`${a}/api/v1/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          json: { username: 'shopper', password: PASSWORD, returnToken: true },
        }),
      });
      const { token } = ((await login.json()) as { result: { data: { json: { token: string } } } })
        .result.data.json;
      const auth = { authorization: `Bearer ${token}` };
      const mutate = (base: string, path: string, input: unknown) =>
        fetch(`${base}/api/v1/${path}`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ json: input }),
        });
      const subscribe = (base: string, lastEventId: string | null) =>
        openSse(
          `${base}/api/v1/grocery.onChange?input=${encodeURIComponent(JSON.stringify({ json: { lastEventId } }))}`,
          auth,
        );

      const onA = await subscribe(a, null);
      let onB = await subscribe(b, null);
      const has =
        (name: string, checked = false) =>
        (changes: TGroceryChanges) =>
          changes.items.some((item) => item.name === name && item.checked === checked);

      await mutate(a, 'grocery.addItems', { items: [{ name: 'milk', quantity: '1', unit: 'l' }] });
      const [milkOnA, milkOnB] = await Promise.all([onA.next(has('milk')), onB.next(has('milk'))]);
      expect(milkOnA.id).toBe(milkOnB.id);
      const milk = milkOnB.data.items[0]!;

      await mutate(b, 'grocery.toggle', { itemId: milk.id, checked: true });
      const [, toggledOnB] = await Promise.all([
        onA.next(has('milk', true)),
        onB.next(has('milk', true)),
      ]);

      // B drops off, a change happens meanwhile, and B comes back with the last event id it saw.
      onB.close();
      await mutate(a, 'grocery.addItems', { items: [{ name: 'bread' }] });
      await onA.next(has('bread'));
      onB = await subscribe(b, toggledOnB.id!);
      const caughtUp = await onB.next(has('bread'));
      expect(caughtUp.data.items.map((item) => item.name)).toEqual(['bread']);
      onA.close();
      onB.close();
    });
  },
);
