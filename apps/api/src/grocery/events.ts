import { createLocalPubSub, createRedisPubSub, type PubSub, type Redis } from '@saffron/service';

/**
 * "This user's list changed, it is now at version N", to every open client. Redis pub/sub
 * carries it across api instances; a single process uses in-process events.
 */
export interface GroceryEvents {
  publish: (ownerId: string, version: number) => Promise<void>;
  /** Resolves once listening (so nothing published after it is missed); yields versions until `signal` aborts. */
  listen: (ownerId: string, signal: AbortSignal) => Promise<AsyncIterable<number>>;
  close: () => Promise<void>;
}

const channel = (ownerId: string) => `saffron:grocery:${ownerId}`;

async function* asVersions(messages: AsyncIterable<string>): AsyncIterable<number> {
  for await (const message of messages) yield Number(message);
}

/** Grocery versions on the process's pub/sub (shared with session revocations). */
export function groceryEventsOn(pubsub: PubSub): GroceryEvents {
  return {
    publish: (ownerId, version) => pubsub.publish(channel(ownerId), String(version)),
    listen: async (ownerId, signal) => asVersions(await pubsub.listen(channel(ownerId), signal)),
    close: () => pubsub.close(),
  };
}

export const createLocalGroceryEvents = () => groceryEventsOn(createLocalPubSub());

export const createRedisGroceryEvents = (publisher: Redis) =>
  groceryEventsOn(createRedisPubSub(publisher));
