import type { SaffronClient } from '@saffron/client';
import { useEffect, useState } from 'react';
import { followLiveChanges } from './live-changes.ts';
import type { GroceryStore } from './store.ts';

export type Connection = 'offline' | 'connecting' | 'live';

/** Follows the list's live changes whenever the device is online; flushes again on reconnect. */
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
    return followLiveChanges(store, client, { onLive: setLive, onSignedOut });
  }, [online, store, client, onSignedOut]);

  return !online ? 'offline' : live ? 'live' : 'connecting';
}
