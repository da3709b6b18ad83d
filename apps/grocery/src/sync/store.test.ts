import type { SaffronClient, TGroceryChanges, TGroceryItem } from '@saffron/client';
import { memoryStorage } from '@saffron/client/testing';
import { describe, expect, it, vi } from 'vitest';
import { GroceryStore } from './store.ts';

const eggs: TGroceryItem = {
  id: 'eggs',
  name: 'eggs',
  quantities: [],
  checked: false,
  sourceRecipeIds: [],
};
const nothingNew: TGroceryChanges = { version: 1, items: [], removedIds: [] };

/** The server's side, with "catching up" held open until the test lets it finish. */
function fakeServer() {
  let finishCatchUp = () => {};
  const grocery = {
    list: { query: vi.fn(() => Promise.resolve({ version: 1, items: [eggs] })) },
    changes: {
      query: vi.fn(
        () =>
          new Promise<TGroceryChanges>((resolve) => (finishCatchUp = () => resolve(nothingNew))),
      ),
    },
    toggle: { mutate: vi.fn(() => Promise.resolve({ ...eggs, checked: true })) },
    removeItem: { mutate: vi.fn(() => Promise.resolve(undefined)) },
  };
  return { grocery, finishCatchUp: () => finishCatchUp() };
}

describe('the device store', () => {
  it('sends a change made while it was catching up after sending the previous one', async () => {
    const server = fakeServer();
    const store = new GroceryStore({
      client: { grocery: server.grocery } as unknown as SaffronClient,
      storage: memoryStorage(),
      key: 'test',
      isOnline: () => true,
      onSignedOut: () => {},
      onRefused: () => {},
    });
    await store.refresh();

    store.remove('coffee');
    await vi.waitFor(() => expect(server.grocery.changes.query).toHaveBeenCalledTimes(1));
    // The removal is sent and the store is catching up when the person ticks the eggs.
    store.toggle('eggs', true);
    server.finishCatchUp();

    await vi.waitFor(() => expect(server.grocery.toggle.mutate).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(server.grocery.changes.query).toHaveBeenCalledTimes(2));
    server.finishCatchUp();
    await store.flush();
    expect(store.pendingCount).toBe(0);
    expect(store.getItems().find((item) => item.id === 'eggs')?.checked).toBe(true);
  });
});
