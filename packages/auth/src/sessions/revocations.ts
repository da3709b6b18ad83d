import type { PubSub } from '@saffron/service';

/**
 * "Some session of this user ended", to every instance: long-lived streams re-check their own
 * session when they hear it, so a revoked token stops receiving at once, wherever it is open.
 */
export interface SessionRevocations {
  publish: (userId: string) => Promise<void>;
  /** Resolves once listening; yields once per revocation until `signal` aborts. */
  listen: (userId: string, signal: AbortSignal) => Promise<AsyncIterable<unknown>>;
}

const channel = (userId: string) => `saffron:sessions-revoked:${userId}`;

export function sessionRevocationsOn(pubsub: PubSub): SessionRevocations {
  return {
    publish: (userId) => pubsub.publish(channel(userId), ''),
    listen: (userId, signal) => pubsub.listen(channel(userId), signal),
  };
}
