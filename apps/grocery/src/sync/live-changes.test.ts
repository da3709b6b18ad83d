import type { SaffronClient, TGroceryChanges } from '@saffron/client';
import { memoryStorage } from '@saffron/client/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followLiveChanges } from './live-changes.ts';
import { GroceryStore } from './store.ts';

const RETRY_MS = 15_000;
const nothingNew: TGroceryChanges = { version: 1, items: [], removedIds: [] };

interface FeedHandlers {
  onStarted: () => void;
  onError: (error: unknown) => void;
}

/** The server's side: the list, its changes, one mutation, and the live feed's handlers. */
function fakeServer() {
  const feed: { handlers?: FeedHandlers } = {};
  const grocery = {
    list: { query: vi.fn(() => Promise.resolve({ version: 1, items: [] })) },
    changes: { query: vi.fn(() => Promise.resolve(nothingNew)) },
    addItems: { mutate: vi.fn(() => Promise.resolve(nothingNew)) },
    onChange: {
      subscribe: vi.fn((_input: unknown, handlers: FeedHandlers) => {
        feed.handlers = handlers;
        return { unsubscribe: () => {} };
      }),
    },
  };
  return { grocery, feed, client: { grocery } as unknown as SaffronClient };
}

function follow(server: ReturnType<typeof fakeServer>) {
  const store = new GroceryStore({
    client: server.client,
    storage: memoryStorage(),
    key: 'test',
    isOnline: () => true,
    onSignedOut: () => {},
    onRefused: () => {},
  });
  const stop = followLiveChanges(store, server.client, {
    onLive: () => {},
    onSignedOut: () => {},
    retryMs: RETRY_MS,
  });
  return { store, stop };
}

const reads = (server: ReturnType<typeof fakeServer>) =>
  server.grocery.list.query.mock.calls.length + server.grocery.changes.query.mock.calls.length;

describe('following the list live', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not poll while the live feed is up and nothing waits to be sent', async () => {
    const server = fakeServer();
    const { stop } = follow(server);
    await vi.advanceTimersByTimeAsync(1);
    server.feed.handlers!.onStarted();
    const before = reads(server);

    await vi.advanceTimersByTimeAsync(RETRY_MS * 4);
    expect(reads(server)).toBe(before);
    stop();
  });

  it('retries a change that could not be sent, even while live', async () => {
    const server = fakeServer();
    const { store, stop } = follow(server);
    await vi.advanceTimersByTimeAsync(1);
    server.feed.handlers!.onStarted();
    server.grocery.addItems.mutate.mockRejectedValueOnce(new TypeError('fetch failed'));

    store.add({ name: 'milk' });
    await vi.advanceTimersByTimeAsync(1);
    expect(store.pendingCount).toBe(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(server.grocery.addItems.mutate.mock.calls).toHaveLength(2);
    expect(store.pendingCount).toBe(0);
    stop();
  });

  it('catches up by polling while the live feed is down, and stops when asked', async () => {
    const server = fakeServer();
    const { stop } = follow(server);
    await vi.advanceTimersByTimeAsync(1);
    server.feed.handlers!.onError(new TypeError('fetch failed'));
    const before = reads(server);

    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(reads(server)).toBe(before + 2);
    stop();
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(reads(server)).toBe(before + 2);
  });
});
