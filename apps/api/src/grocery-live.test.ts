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
  type SseEvent,
} from '@saffron/service/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAccount, PASSWORD } from './testing/accounts.ts';
import { createTestDeps } from './testing/context.ts';

const MAIN = join(import.meta.dirname, 'main.ts');

const has =
  (name: string, checked = false) =>
  (changes: TGroceryChanges) =>
    changes.items.some((item) => item.name === name && item.checked === checked);

/** What the stream got by the time the server ended it, or "still open" after `ms`. */
function endedWithin(stream: { ended: Promise<SseEvent[]> }, ms: number) {
  const open = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms));
  return Promise.race([stream.ended, open]);
}

describe.runIf(redisAvailable())(
  'live grocery changes across api instances (Redis pub/sub)',
  () => {
    const t = useTestDb();
    const processes: RunningProcess[] = [];
    afterAll(() => processes.forEach((api) => api.child.kill('SIGTERM')));

    async function startApi(env: Record<string, string> = {}): Promise<string> {
      const port = await freePort();
      processes.push(
        startNode(
          MAIN,
          childEnv({
            DATABASE_URL: t.url,
            REDIS_URL: testServices.redisUrl!,
            API_PORT: String(port),
            ...env,
          }),
        ),
      );
      await waitForHttp(`http://127.0.0.1:${port}/readyz`);
      return `http://127.0.0.1:${port}`;
    }

    /** A token for `username` (signed in through `base`) and what a client does with it. */
    async function signIn(base: string, username: string, password = PASSWORD) {
      const login = await fetch(`${base}/api/v1/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { username, password, returnToken: true } }),
      });
      const { token } = ((await login.json()) as { result: { data: { json: { token: string } } } })
        .result.data.json;
      const auth = { authorization: `Bearer ${token}` };
      return {
        mutate: (at: string, path: string, input?: unknown) =>
          fetch(`${at}/api/v1/${path}`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({ json: input }),
          }),
        subscribe: (at: string, lastEventId: string | null) =>
          openSse(
            `${at}/api/v1/grocery.onChange?input=${encodeURIComponent(JSON.stringify({ json: { lastEventId } }))}`,
            auth,
          ),
      };
    }

    it('reaches clients on both instances, and a reconnecting client catches up on what it missed', async () => {
      await createAccount(t.db, createTestDeps(t.db), 'shopper', { apps: ['grocery'] });
      const [a, b] = await Promise.all([startApi(), startApi()]);
      const { mutate, subscribe } = await signIn(a, 'shopper');

      const onA = await subscribe(a, null);
      let onB = await subscribe(b, null);

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

    it('ends a stream when its session ends on another instance, before any later change reaches it', async () => {
      await createAccount(t.db, createTestDeps(t.db), 'victim', { apps: ['grocery'] });
      const [a, b] = await Promise.all([startApi(), startApi()]);
      const stolen = await signIn(a, 'victim');
      const owner = await signIn(b, 'victim');
      const stream = await stolen.subscribe(a, null);
      await stream.next(() => true); // the list as it is: the stream is live

      const changed = await owner.mutate(b, 'auth.changePassword', {
        currentPassword: PASSWORD,
        newPassword: 'a brand new passphrase',
      });
      expect(changed.status).toBe(200);
      await owner.mutate(b, 'grocery.addItems', { items: [{ name: 'after the change' }] });

      const events = await endedWithin(stream, 3_000);
      expect(events, 'the stream was ended').not.toBe('still open');
      const received = events as SseEvent[];
      expect(received.map((event) => event.data).join('\n')).not.toContain('after the change');
      expect(received.at(-1)).toMatchObject({ event: 'serialized-error' });
      expect(received.at(-1)!.data).toContain('UNAUTHORIZED');
    });

    /** The events a new account's stream got, on an api with `env`, once the server ended it. */
    async function streamEndedBy(env: Record<string, string>, username: string, ms: number) {
      await createAccount(t.db, createTestDeps(t.db), username, { apps: ['grocery'] });
      const api = await startApi(env);
      const events = await endedWithin(
        await (await signIn(api, username)).subscribe(api, null),
        ms,
      );
      expect(events, 'the stream was ended').not.toBe('still open');
      return events as SseEvent[];
    }

    it('ends a stream when its session expires', async () => {
      const events = await streamEndedBy({ SESSION_IDLE_TIMEOUT: '3s' }, 'sleeper', 6_000);
      expect(events.at(-1)!.data).toContain('UNAUTHORIZED');
    });

    it('ends every stream after SSE_MAX_DURATION, without a final event, so the client reconnects', async () => {
      const events = await streamEndedBy({ SSE_MAX_DURATION: '2s' }, 'walker', 5_000);
      // No `return` event: that would tell the client the stream is over for good.
      expect(events.map((event) => event.event)).not.toContain('return');
    });
  },
);
