import { useSyncExternalStore } from 'react';
import { connectivity } from './connectivity.ts';

/** Whether Saffron can be reached right now. */
export function useOnline(): boolean {
  return useSyncExternalStore(connectivity.subscribe, connectivity.isOnline);
}
