import type { Redis } from '@saffron/service';
import { redisAvailable, useTestRedis } from '@saffron/service/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedisGroceryEvents, type GroceryEvents } from './events.ts';

/** The first version that arrives, or undefined after `ms`. */
async function firstWithin(versions: AsyncIterable<number>, ms: number) {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
  const first = (async () => {
    for await (const version of versions) return version;
  })();
  return Promise.race([first, timeout]);
}

describe.runIf(redisAvailable())('grocery events over Redis', () => {
  const t = useTestRedis();
  const abort = new AbortController();
  let events: GroceryEvents | undefined;
  afterEach(async () => {
    abort.abort();
    await events?.close();
  });

  it('a second listener on a channel still being subscribed waits for the subscription', async () => {
    // Widens the race: the subscriber's SUBSCRIBE takes 300 ms to go out, as on a busy link.
    const publisher = Object.create(t.redis) as Redis;
    publisher.duplicate = () => {
      const subscriber = t.redis.duplicate();
      const subscribe = subscriber.subscribe.bind(subscriber) as (name: string) => Promise<unknown>;
      subscriber.subscribe = (async (name: string) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return subscribe(name);
      }) as Redis['subscribe'];
      return subscriber;
    };
    events = createRedisGroceryEvents(publisher);
    void events.listen('owner-1', abort.signal);
    const second = await events.listen('owner-1', abort.signal);
    await events.publish('owner-1', 7);
    expect(await firstWithin(second, 1_500)).toBe(7);
  });
});
