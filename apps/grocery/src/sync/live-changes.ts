import { httpStatusOf, type SaffronClient } from '@saffron/client';
import type { GroceryStore } from './store.ts';

export interface LiveChangesOptions {
  onLive: (live: boolean) => void;
  onSignedOut: () => void;
  /** How often to retry unsent changes, and to catch up while the live feed is down. */
  retryMs?: number;
}

/**
 * Sends what is pending, catches up, then follows live changes from other devices, resuming
 * from the last version seen after a drop. While the feed is live and nothing waits to be sent
 * there is nothing to poll for, so the retry timer stays idle. Returns a function that stops.
 */
export function followLiveChanges(
  store: GroceryStore,
  client: SaffronClient,
  { onLive, onSignedOut, retryMs = 15_000 }: LiveChangesOptions,
): () => void {
  let subscription: { unsubscribe: () => void } | undefined;
  let stopped = false;
  let live = false;
  const setLive = (value: boolean) => {
    live = value;
    onLive(value);
  };
  const retry = setInterval(() => {
    if (store.pendingCount > 0 || !live) void store.flush().catch(() => {});
  }, retryMs);
  void store
    .flush()
    .catch(() => {})
    .then(() => {
      if (stopped) return;
      subscription = client.grocery.onChange.subscribe(
        { lastEventId: store.version === null ? null : String(store.version) },
        {
          onStarted: () => setLive(true),
          onData: (event) => store.applyChanges(event.data),
          onError: (error) => {
            setLive(false);
            if (httpStatusOf(error) === 401) onSignedOut();
          },
        },
      );
    });
  return () => {
    stopped = true;
    clearInterval(retry);
    subscription?.unsubscribe();
    setLive(false);
  };
}
