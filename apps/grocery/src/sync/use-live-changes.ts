import { httpStatusOf, type SaffronClient } from '@saffron/client';
import { useEffect, useState } from 'react';
import type { GroceryStore } from './store.ts';

export type Connection = 'offline' | 'connecting' | 'live';

/**
 * Keeps the list current: sends what is pending, catches up, then follows live changes from
 * other devices. Resumes from the last version seen after a drop, and flushes again on reconnect.
 */
export function useLiveChanges(
  store: GroceryStore,
  client: SaffronClient,
  onSignedOut: () => void,
): Connection {
  const [online, setOnline] = useState(() => navigator.onLine);
  const [live, setLive] = useState(false);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  useEffect(() => {
    if (!online) return;
    let subscription: { unsubscribe: () => void } | undefined;
    let cancelled = false;
    const retry = setInterval(() => void store.flush().catch(() => {}), 15_000);
    void store
      .flush()
      .catch(() => {})
      .then(() => {
        if (cancelled) return;
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
      cancelled = true;
      clearInterval(retry);
      subscription?.unsubscribe();
      setLive(false);
    };
  }, [online, store, client, onSignedOut]);

  return !online ? 'offline' : live ? 'live' : 'connecting';
}
