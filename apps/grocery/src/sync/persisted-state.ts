import type { TGroceryItem } from '@saffron/client';
import type { PendingOp } from './ops.ts';

/** What survives a reload, so the list opens in the shop with no signal. */
export interface GroceryState {
  /** The server list version this state reflects (null before the first load). */
  version: number | null;
  /** Server items, in the server's order. */
  items: TGroceryItem[];
  pending: PendingOp[];
}

export const EMPTY_STATE: GroceryState = { version: null, items: [], pending: [] };

export function loadState(storage: Storage, key: string): GroceryState {
  try {
    const raw = storage.getItem(key);
    return raw ? { ...EMPTY_STATE, ...(JSON.parse(raw) as GroceryState) } : EMPTY_STATE;
  } catch {
    return EMPTY_STATE;
  }
}

export function saveState(storage: Storage, key: string, state: GroceryState): void {
  try {
    storage.setItem(key, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the list still works, it just will not survive a reload.
  }
}

/** Server changes folded into the known items: updated in place, new ones appended, removed ones gone. */
export function withChanges(
  state: GroceryState,
  changes: { version: number; items: TGroceryItem[]; removedIds: string[] },
): GroceryState {
  const incoming = new Map(changes.items.map((item) => [item.id, item]));
  const removed = new Set(changes.removedIds);
  const kept = state.items
    .filter((item) => !removed.has(item.id))
    .map((item) => incoming.get(item.id) ?? item);
  const known = new Set(kept.map((item) => item.id));
  const added = changes.items.filter((item) => !known.has(item.id) && !removed.has(item.id));
  return {
    ...state,
    version: Math.max(state.version ?? 0, changes.version),
    items: [...kept, ...added],
  };
}
