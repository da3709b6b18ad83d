import { EventEmitter, on } from 'node:events';
import type { Redis } from '@saffron/service';

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

function versionsFrom(
  emitter: EventEmitter,
  name: string,
  signal: AbortSignal,
): AsyncIterable<number> {
  const events = on(emitter, name, { signal });
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const [version] of events) yield version as number;
      } catch (error) {
        if (!signal.aborted) throw error; // aborting is how a client leaves, not a failure
      }
    },
  };
}

export function createLocalGroceryEvents(): GroceryEvents {
  const emitter = new EventEmitter().setMaxListeners(0);
  return {
    publish: (ownerId, version) => {
      emitter.emit(channel(ownerId), version);
      return Promise.resolve();
    },
    listen: (ownerId, signal) => Promise.resolve(versionsFrom(emitter, channel(ownerId), signal)),
    close: () => Promise.resolve(),
  };
}

/** One subscriber connection per process; a channel is subscribed while someone here listens to it. */
export function createRedisGroceryEvents(publisher: Redis): GroceryEvents {
  const subscriber = publisher.duplicate();
  const emitter = new EventEmitter().setMaxListeners(0);
  subscriber.on('message', (name: string, message: string) => emitter.emit(name, Number(message)));
  subscriber.on('error', () => {}); // reported by the publisher's connection; ioredis resubscribes itself
  return {
    publish: async (ownerId, version) => {
      await publisher.publish(channel(ownerId), String(version));
    },
    listen: async (ownerId, signal) => {
      const name = channel(ownerId);
      const versions = versionsFrom(emitter, name, signal);
      if (emitter.listenerCount(name) === 1) await subscriber.subscribe(name);
      signal.addEventListener('abort', () => {
        if (emitter.listenerCount(name) === 0) void subscriber.unsubscribe(name).catch(() => {});
      });
      return versions;
    },
    close: async () => {
      subscriber.disconnect();
      return Promise.resolve();
    },
  };
}
