import { EventEmitter, on } from 'node:events';
import type { Redis } from './redis.ts';

/**
 * Messages on named channels, to every listener on every instance: Redis pub/sub with
 * REDIS_URL, in-process events otherwise. Grocery changes and session revocations use it.
 */
export interface PubSub {
  publish: (channel: string, message: string) => Promise<void>;
  /** Resolves once listening (so nothing published after it is missed); yields until `signal` aborts. */
  listen: (channel: string, signal: AbortSignal) => Promise<AsyncIterable<string>>;
  close: () => Promise<void>;
}

function messagesFrom(
  emitter: EventEmitter,
  channel: string,
  signal: AbortSignal,
): AsyncIterable<string> {
  // `on` registers its listener now, synchronously: nothing emitted from here on is lost.
  const events = on(emitter, channel, { signal });
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const [message] of events) yield message as string;
      } catch (error) {
        if (!signal.aborted) throw error; // aborting is how a listener leaves, not a failure
      }
    },
  };
}

export function createLocalPubSub(): PubSub {
  const emitter = new EventEmitter().setMaxListeners(0);
  return {
    publish: (channel, message) => {
      emitter.emit(channel, message);
      return Promise.resolve();
    },
    listen: (channel, signal) => Promise.resolve(messagesFrom(emitter, channel, signal)),
    close: () => Promise.resolve(),
  };
}

/**
 * One subscriber connection per process, opened by the first listener (a process that only
 * publishes never opens it); a channel is subscribed while someone here listens to it.
 */
export function createRedisPubSub(publisher: Redis): PubSub {
  const emitter = new EventEmitter().setMaxListeners(0);
  let connection: Redis | undefined;
  const subscriber = () => {
    if (connection) return connection;
    // Opened now, so its first SUBSCRIBE waits for the connection (and fails if it never comes).
    connection = publisher.duplicate({ enableOfflineQueue: true });
    connection.on('message', (channel: string, message: string) => emitter.emit(channel, message));
    connection.on('error', () => {}); // reported by the publisher's connection; ioredis resubscribes itself
    return connection;
  };
  // Every listener of a channel waits for the one SUBSCRIBE, not only the first: a second
  // listener arriving while it is in flight would otherwise miss what is published meanwhile.
  const subscriptions = new Map<string, Promise<unknown>>();
  return {
    publish: async (channel, message) => {
      await publisher.publish(channel, message);
    },
    listen: async (channel, signal) => {
      const messages = messagesFrom(emitter, channel, signal);
      let subscribed = subscriptions.get(channel);
      if (!subscribed) {
        subscribed = subscriber()
          .subscribe(channel)
          .catch((error: unknown) => {
            subscriptions.delete(channel); // the next listener tries again
            throw error;
          });
        subscriptions.set(channel, subscribed);
      }
      signal.addEventListener('abort', () => {
        if (emitter.listenerCount(channel) > 0) return;
        subscriptions.delete(channel);
        void connection?.unsubscribe(channel).catch(() => {});
      });
      await subscribed;
      return messages;
    },
    close: () => {
      connection?.disconnect();
      return Promise.resolve();
    },
  };
}
